// A plain binary file for projection inputs and outputs, so that other programs (the NumPy
// reference in bench/monitor, caches of the demo data) read exactly the same numbers.
//
// Input file, little-endian:
//   "FWPROJ01"                                  8 bytes
//   int32 K, G, L (=4), A (=60), H, base_year, synthetic (0/1), reserved (0)
//   K × 8 bytes Kreis AGS, G × 8 bytes codes    ASCII, zero-padded
//   float64 arrays, each in the layout of ProjectionInput:
//     stock[K·G·L·A], female_share[R], demand0[R], entrants[R], net_migration[R], mortality[A],
//     retirement[G·L·A], entry_profile[L·A], migration_profile[A], growth[G·(H+1)],
//     participation_women[A], participation_all[A]
// Output file: "FWRES001", int32 rows, points (T+1), base_year, reserved; float64
//   supply[rows·points], exits[rows·points], demand[rows·points].
#pragma once

#include <string>

#include "core/result.hpp"
#include "engine/monitor/projection.hpp"

namespace fw::monitor {

// Errors: unavailable "monitor.io_failed" (field = path) if the file cannot be written.
Result<void> write_projection_input(const ProjectionInput& in, const std::string& path);
// Errors: not_found "monitor.file_missing"; invalid_argument "monitor.bad_file" for a wrong
// magic, truncated data or inconsistent sizes; then the errors of ProjectionInput::validate().
Result<ProjectionInput> read_projection_input(const std::string& path);
Result<void> write_projection_output(const ProjectionOutput& out, const std::string& path);

}  // namespace fw::monitor

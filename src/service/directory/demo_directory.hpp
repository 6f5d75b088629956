// Demo data of the directory: the real networks named in the programme's press releases (with
// their real regions and the roles the releases give them) and a few hundred generated
// networks with generated partner organisations, all flagged is_demo so that the UI can mark
// them. Idempotent: does nothing when networks exist already.
#pragma once

#include "core/result.hpp"
#include "store/store.hpp"

namespace fw::service {

struct DemoDirectoryReport {
  int networks = 0, organisations = 0, memberships = 0, practices = 0;
  bool skipped = false;
};

// Network 1 is the Fachkräfteallianz Ostwürttemberg and organisation 1 the IHK Ostwürttemberg,
// which the demo accounts refer to. `generated` networks are added around random Kreise
// (deterministic seed).
Result<DemoDirectoryReport> load_demo_directory(store::Database& db, int generated = 300);

}  // namespace fw::service

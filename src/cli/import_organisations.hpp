// `fachwerk import organisations FILE.csv …`: the CSV import of partner organisations
// (service/directory/organisation_import.hpp) with its options, printed in German.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/store.hpp"

namespace fw::cli {

struct OrganisationImportFlags {
  std::optional<std::int64_t> network;
  bool dry_run = false, skip_invalid = false;
  std::string mapping_file, map;  // --mapping FILE, --map col=field,…
  std::string report_file;        // --report FILE: the rejected rows as CSV
};

// Returns the process exit code: 0 when written (or a clean dry run), 2 when rows were
// rejected and nothing was written, as report() for errors of the whole file.
int run_organisation_import(store::Database& db, const std::string& file, const std::string& text,
                            const OrganisationImportFlags& flags);

}  // namespace fw::cli

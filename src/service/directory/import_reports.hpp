// Problem reports of recent imports through the API, held in memory for an hour so that the
// UI can offer "Fehlerbericht herunterladen" after the dry run. Only the user who ran the
// import (or an admin) may fetch it. Per server process: a restart forgets them, which is
// fine for a download offered right after the upload.
#pragma once

#include <cstdint>
#include <string>

#include "core/result.hpp"
#include "service/actor.hpp"
#include "service/directory/organisation_import.hpp"

namespace fw::service {

// Keeps the report's problems (as CSV in German and English); returns its id.
std::string keep_import_report(const Actor& actor, const OrganisationImportReport& report);
// The CSV for lang; not_found once expired or for someone else's report.
Result<std::string> import_report_csv(const Actor& actor, const std::string& id, std::string_view lang);

}  // namespace fw::service

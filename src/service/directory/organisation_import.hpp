// Organisations from a spreadsheet: `fachwerk import organisations` and
// POST /api/v1/import/organisations share this service.
//
// The file: CSV in UTF-8 (optional BOM), separator `;` or `,` detected from the header line,
// quoted fields. Columns are mapped by header name (German or English aliases, see
// import_columns.hpp) or by an explicit mapping; unknown columns are reported and ignored.
// Each row is matched to a stored organisation by external id, else e-mail, else name + postcode:
// a match is updated (cells left empty keep the stored value), otherwise a new one is created.
// With a network, every row's organisation is also added to it by the membership rules.
//
// Whole-file faults (encoding, separator, missing column, size) are errors naming the place;
// row faults are collected in the report. The run is one transaction: it is rolled back for a
// dry run and when any row was rejected, unless skip_invalid asks to write the good rows.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.hpp"
#include "service/actor.hpp"
#include "store/store.hpp"

namespace fw::service {

using ColumnMapping = std::vector<std::pair<std::string, std::string>>;  // header → field ("" ignores it)

struct OrganisationImportOptions {
  std::string file_name = "import.csv";    // names places in messages: "partner.csv:12:PLZ"
  std::optional<std::int64_t> network_id;  // add each organisation to this network
  bool dry_run = false;
  bool skip_invalid = false;               // write the valid rows, report the rejected ones
  ColumnMapping mapping;                   // wins over the header aliases
};

struct ImportProblem {
  std::size_t line = 0;
  std::string column, value;  // header of the offending column ("" for the whole row)
  Error error;                // field holds the place "file:line[:column]"
};

struct ImportedRow {
  std::size_t line = 0;
  std::string action;  // created | updated | unchanged | rejected
  std::optional<std::int64_t> organisation_id;
  std::string name;
  std::string matched_by;  // external_id | email | name_postcode | "" (new)
  std::string membership;  // "" | invited | active | requested (unchanged) …: status after the row
};

struct OrganisationImportReport {
  std::string file_name;
  char separator = ';';
  ColumnMapping columns;  // every header with its field ("" = not imported)
  std::vector<std::string> unknown_columns;
  std::vector<ImportedRow> rows;
  std::vector<ImportProblem> problems;
  int created = 0, updated = 0, unchanged = 0, rejected = 0;
  bool dry_run = false;
  bool written = false;  // false: nothing was stored (dry run, or rows rejected without skip_invalid)
};

inline constexpr std::size_t kMaxImportBytes = 16u * 1024u * 1024u;

// Admins, and coordinators for their own network (options.network_id required).
Result<void> require_import_right(const Actor& actor, std::optional<std::int64_t> network_id);
Result<OrganisationImportReport> import_organisations(store::Database& db, const Actor& actor, std::string_view text,
                                                      const OrganisationImportOptions& options);

// "Spalte=feld" entries separated by commas or line breaks (--map, --mapping FILE).
Result<ColumnMapping> parse_column_mapping(std::string_view text, const std::string& place);

// The problems as CSV for Excel (BOM, `;`): Zeile;Spalte;Wert;Meldung.
std::string import_problems_csv(const OrganisationImportReport& r, std::string_view lang);
boost::json::object import_report_json(const OrganisationImportReport& r, std::string_view lang);

}  // namespace fw::service

// Importing vacancies: `fachwerk import vacancies FILE --format ba-jobsuche|jobposting|csv`.
//
// A reader turns the file into records (a VacancyInput, or the reason it cannot be one);
// import_vacancies() then upserts every good record by (source, reference) in ONE
// transaction. A record that fails mapping or validation is rejected — reported with its place
// (`file:record 3:arbeitsort.koordinaten`, `file.csv:12:kldb`) and not written — while the
// others are imported. A malformed file (JSON that does not parse, CSV without the required
// columns) is an error and nothing at all is written. docs/dualcareer.md has the field mapping.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "service/actor.hpp"
#include "service/dualcareer/vacancies.hpp"
#include "store/store.hpp"

namespace fw::service {

struct ImportRecord {
  std::string place;                 // "file:record 3" or "file.csv:12", for reasons
  std::optional<VacancyInput> input;  // nullopt: rejected, see error
  Error error;
};

// What every record gets that the file does not say.
struct ImportDefaults {
  std::optional<std::int64_t> network_id;  // --network; members-only visibility then, else public
};

// The readers. `name` is the file name used in places.
Result<std::vector<ImportRecord>> read_ba_jobsuche(std::string_view text, std::string_view name, const ImportDefaults& d);
Result<std::vector<ImportRecord>> read_jobposting(std::string_view text, std::string_view name, const ImportDefaults& d);
Result<std::vector<ImportRecord>> read_vacancy_csv(std::string_view text, std::string_view name, const ImportDefaults& d);

struct ImportReport {
  int created = 0, updated = 0, unchanged = 0, rejected = 0;
  std::vector<Error> reasons;  // one per rejected record; field = place + field
};

struct ImportOptions {
  std::string format;  // ba-jobsuche | jobposting | csv
  ImportDefaults defaults;
  bool dry_run = false;                                   // everything, then roll back
  std::function<void(std::size_t done, std::size_t total)> progress;  // every 1,000 records
};

Result<ImportReport> import_vacancies(store::Database& db, const Actor& actor, std::string_view text,
                                      std::string_view name, const ImportOptions& options);

// Helpers shared by the readers.
// BA's placeholders for "unknown" (KEINE_ANGABE, KEINE_ANGABEN, NICHT_BEKANNT) and "" → nullopt.
std::optional<std::string> clean_text(std::string_view s);
// Drops HTML tags and decodes the common entities (&amp; &lt; &gt; &quot; &#39; &nbsp;).
std::string strip_html(std::string_view s);
// "2026-03-01", "2026-03-01T08:00:00" or "2026-03-01T08:00:00.000+01:00" → "2026-03-01".
std::optional<std::string> date_part(std::string_view s);

}  // namespace fw::service

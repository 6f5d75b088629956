#include "service/dualcareer/vacancy_import.hpp"

#include <map>

#include "core/csv.hpp"
#include "service/dualcareer/import_common.hpp"

namespace fw::service {
namespace {

// ---- CSV: ref;title;employer;kldb;lat;lon;working_time;start_date (+ optional columns) ----

std::optional<double> decimal(std::string s) {
  for (auto& c : s) {
    if (c == ',') c = '.';  // German spreadsheets write 48,84
  }
  try {
    std::size_t used = 0;
    const double v = std::stod(s, &used);
    if (used == s.size()) return v;
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

ImportRecord map_row(const csv::Record& row, const std::map<std::string, std::size_t>& col, const std::string& place,
                     const ImportDefaults& d) {
  ImportRecord rec;
  rec.place = place;
  auto get = [&](const char* name) -> std::string {
    auto it = col.find(name);
    return it == col.end() || it->second >= row.fields.size() ? std::string() : row.fields[it->second];
  };
  auto opt = [&](const char* name) { return clean_text(get(name)); };
  VacancyInput in = defaults_input(d, "csv");
  in.source_ref = opt("ref");
  if (!in.source_ref) return reject(std::move(rec), "import.field_missing", "ref");
  in.title = get("title");
  in.employer_name = get("employer");
  in.kldb = get("kldb");
  const auto lat = decimal(get("lat")), lon = decimal(get("lon"));
  if (!lat) return reject(std::move(rec), "csv.invalid_value", "lat", get("lat"));
  if (!lon) return reject(std::move(rec), "csv.invalid_value", "lon", get("lon"));
  in.locations.push_back({*lat, *lon, get("label")});
  // working_time: "vollzeit", "vollzeit,schicht" or "vollzeit|schicht"; validated later.
  std::string wt = get("working_time");
  std::string part;
  for (char c : wt + ",") {
    if (c == ',' || c == '|') {
      if (auto t = clean_text(part)) in.working_time.push_back(*t);
      part.clear();
    } else if (c != ' ') {
      part += c;
    }
  }
  in.start_date = opt("start_date");
  in.published_on = opt("published_on");
  in.expires_on = opt("expires_on");
  in.contract = opt("contract");
  if (auto v = opt("visibility")) in.visibility = *v;
  if (auto s = opt("status")) in.status = *s;
  if (auto l = opt("level")) {
    const auto n = decimal(*l);
    if (!n) return reject(std::move(rec), "csv.invalid_value", "level", *l);
    in.level = static_cast<int>(*n);
  }
  rec.input = std::move(in);
  return rec;
}

}  // namespace

Result<std::vector<ImportRecord>> read_vacancy_csv(std::string_view text, std::string_view name, const ImportDefaults& d) {
  const auto rows = FW_TRY(csv::parse(text, name));
  if (rows.empty()) return fail(ErrorCode::invalid_argument, "csv.missing_column", std::string(name) + ":1", "ref");
  std::map<std::string, std::size_t> col;
  for (std::size_t i = 0; i < rows[0].fields.size(); ++i) col[rows[0].fields[i]] = i;
  for (const char* required : {"ref", "title", "employer", "kldb", "lat", "lon", "working_time", "start_date"}) {
    if (!col.contains(required)) return fail(ErrorCode::invalid_argument, "csv.missing_column", std::string(name) + ":1", required);
  }
  std::vector<ImportRecord> out;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const std::string place = std::string(name) + ":" + std::to_string(rows[r].line);
    if (rows[r].fields.size() != rows[0].fields.size()) {
      ImportRecord rec;
      rec.place = place;
      out.push_back(reject(std::move(rec), "csv.field_count", "", std::to_string(rows[r].fields.size())));
      continue;
    }
    // Errors of later checks name the column: "file.csv:12:kldb".
    out.push_back(map_row(rows[r], col, place, d));
  }
  return out;
}

std::optional<std::string> clean_text(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return std::nullopt;
  s = s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
  if (s == "KEINE_ANGABE" || s == "KEINE_ANGABEN" || s == "NICHT_BEKANNT") return std::nullopt;
  return std::string(s);
}

std::string strip_html(std::string_view s) {
  if (s.find_first_of("<&") == std::string_view::npos) return std::string(s);
  std::string out;
  bool in_tag = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_tag) {
      in_tag = c != '>';
    } else if (c == '<') {
      in_tag = true;
    } else if (c == '&') {
      static const std::pair<std::string_view, std::string_view> kEntities[] = {
          {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&nbsp;", " "}};
      bool replaced = false;
      for (const auto& [entity, text] : kEntities) {
        if (s.substr(i, entity.size()) == entity) {
          out += text;
          i += entity.size() - 1;
          replaced = true;
          break;
        }
      }
      if (!replaced) out += c;
    } else {
      out += c;
    }
  }
  return clean_text(out).value_or("");
}

std::optional<std::string> date_part(std::string_view s) {
  if (s.size() < 10) return std::nullopt;
  return std::string(s.substr(0, 10));  // validated with the vacancy (field start_date, …)
}

Result<ImportReport> import_vacancies(store::Database& db, const Actor& actor, std::string_view text,
                                      std::string_view name, const ImportOptions& options) {
  std::vector<ImportRecord> records;
  if (options.format == "ba-jobsuche") {
    records = FW_TRY(read_ba_jobsuche(text, name, options.defaults));
  } else if (options.format == "jobposting") {
    records = FW_TRY(read_jobposting(text, name, options.defaults));
  } else if (options.format == "csv") {
    records = FW_TRY(read_vacancy_csv(text, name, options.defaults));
  } else {
    return fail(ErrorCode::invalid_argument, "import.format_unknown", "ba-jobsuche, jobposting, csv", options.format);
  }
  ImportReport report;
  auto written = store::transact(db, [&](store::Connection& c) -> Result<ImportReport> {
    ImportReport rep;
    for (std::size_t i = 0; i < records.size(); ++i) {
      if (options.progress && i % 1000 == 0 && i > 0) options.progress(i, records.size());
      auto& rec = records[i];
      if (!rec.input) {
        ++rep.rejected;
        rep.reasons.push_back(rec.error);
        continue;
      }
      auto up = upsert_vacancy(c, actor, std::move(*rec.input));
      if (!up) {
        // A record the rules refuse is rejected; anything else (database) aborts the import.
        if (up.error().code != ErrorCode::invalid_argument && up.error().code != ErrorCode::permission_denied) {
          return std::unexpected(up.error());
        }
        Error e = up.error();
        e.field = rec.place + (e.field.empty() ? "" : ":" + e.field);
        ++rep.rejected;
        rep.reasons.push_back(std::move(e));
        continue;
      }
      switch (up->first) {
        case UpsertOutcome::created: ++rep.created; break;
        case UpsertOutcome::updated: ++rep.updated; break;
        case UpsertOutcome::unchanged: ++rep.unchanged; break;
      }
    }
    if (options.progress) options.progress(records.size(), records.size());
    report = rep;
    // A dry run does all the work, then rolls back by returning an error transact() undoes.
    if (options.dry_run) return fail(ErrorCode::conflict, "import.dry_run");
    return rep;
  });
  if (!written && written.error().key != "import.dry_run") return std::unexpected(written.error());
  return report;
}

}  // namespace fw::service

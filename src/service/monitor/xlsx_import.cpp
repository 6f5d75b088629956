#include "service/monitor/xlsx_import.hpp"

#include <optional>
#include <set>

#include "engine/monitor/base_data.hpp"
#include "service/authz.hpp"
#include "service/monitor/import_common.hpp"
#include "service/monitor/xlsx_reader.hpp"

namespace fw::service::monitor_data {
namespace {

std::string norm(std::string_view s) {
  std::string out;
  for (char ch : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  const auto a = out.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return "";
  return out.substr(a, out.find_last_not_of(" \t\r\n") - a + 1);
}

// German column labels of BA tables → quantity names (machine names are accepted as well).
std::optional<std::string> quantity_of(const std::string& header) {
  static const std::pair<const char*, const char*> kLabels[] = {
      {"sv-beschäftigte", "employees"},
      {"sozialversicherungspflichtig beschäftigte", "employees"},
      {"ausländische beschäftigte", "employees_foreign"},
      {"beschäftigte ab 60 jahren", "employees_60plus"},
      {"weibliche beschäftigte", "employees_female"},
      {"arbeitslose", "unemployed"},
      {"arbeitsuchende", "job_seekers"},
      {"gemeldete arbeitsstellen", "vacancies_stock"},
      {"gemeldete arbeitsstellen zeitarbeit", "vacancies_stock_temp"},
      {"zugang gemeldeter arbeitsstellen", "vacancies_inflow"},
      {"abgeschlossene vakanzen", "vacancies_completed"},
      {"abgeschlossene vakanzzeit (median)", "vacancy_duration_median"},
      {"abgänge aus arbeitslosigkeit in beschäftigung", "exits_unemployment"},
      {"vollzeitbeschäftigte mit entgeltangabe", "wage_employees"},
      {"medianentgelt", "median_wage"},
      {"gemeldete berufsausbildungsstellen", "apprenticeships_reported"},
      {"unbesetzte berufsausbildungsstellen", "apprenticeships_unfilled"},
      {"absolventen", "graduates"},
  };
  const auto h = norm(header);
  if (monitor::quantity_from_name(h)) return h;
  for (const auto& [label, name] : kLabels) {
    if (h == label) return std::string(name);
  }
  return std::nullopt;
}

bool is_one_of(const std::string& h, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    if (h == n) return true;
  }
  return false;
}

// The leading digits of a cell ("08136 Ostalbkreis" → "08136"); "" if it starts otherwise.
std::string leading_digits(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  std::size_t j = i;
  while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
  return s.substr(i, j - i);
}

std::optional<int> year_in(const std::string& s) {
  for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
    if ((s.compare(i, 2, "19") == 0 || s.compare(i, 2, "20") == 0) && std::isdigit(static_cast<unsigned char>(s[i + 2])) &&
        std::isdigit(static_cast<unsigned char>(s[i + 3])) &&
        (i == 0 || !std::isdigit(static_cast<unsigned char>(s[i - 1]))) &&
        (i + 4 == s.size() || !std::isdigit(static_cast<unsigned char>(s[i + 4])))) {
      return std::stoi(s.substr(i, 4));
    }
  }
  return std::nullopt;
}

std::optional<int> level_of(const std::string& text) {
  const auto t = norm(text);
  if (t == "1" || t == "helfer") return 1;
  if (t == "2" || t == "fachkraft") return 2;
  if (t == "3" || t == "spezialist") return 3;
  if (t == "4" || t == "experte") return 4;
  return std::nullopt;
}

struct Layout {
  std::size_t header = 0;
  int region = -1, kldb = -1, level = -1, year = -1;
  std::vector<std::pair<std::size_t, std::string>> quantities;  // column, quantity name
};

std::optional<Layout> find_layout(const XlsxSheet& sheet) {
  for (std::size_t r = 0; r < sheet.rows.size() && r < 50; ++r) {
    Layout l;
    l.header = r;
    for (std::size_t c = 0; c < sheet.rows[r].size(); ++c) {
      const auto h = norm(sheet.rows[r][c]);
      const int ci = static_cast<int>(c);
      if (is_one_of(h, {"region", "kreis", "ags", "kreis (ags)", "regionalschlüssel"})) {
        if (l.region < 0) l.region = ci;
      } else if (is_one_of(h, {"kldb", "kldb 2010", "beruf", "berufsgruppe", "beruf (kldb 2010)"})) {
        if (l.kldb < 0) l.kldb = ci;
      } else if (is_one_of(h, {"level", "anforderungsniveau", "niveau"})) {
        l.level = ci;
      } else if (is_one_of(h, {"period", "jahr", "berichtsjahr"})) {
        l.year = ci;
      } else if (auto q = quantity_of(h)) {
        l.quantities.emplace_back(c, *q);
      }
    }
    if (l.region >= 0 && l.kldb >= 0 && !l.quantities.empty()) return l;
  }
  return std::nullopt;
}

// "Quelle: …" or "© …" anywhere in the sheet, else the BA.
std::string source_of(const XlsxSheet& sheet) {
  for (const auto& row : sheet.rows) {
    for (const auto& cell : row) {
      std::string rest;
      if (cell.starts_with("Quelle:")) rest = cell.substr(7);
      if (cell.starts_with("\xC2\xA9")) rest = cell.substr(2);
      const auto a = rest.find_first_not_of(' ');
      if (a != std::string::npos) return rest.substr(a);
    }
  }
  return "Statistik der Bundesagentur für Arbeit";
}

}  // namespace

Result<std::vector<BaseRow>> parse_xlsx_table(std::string_view bytes, const std::string& file, const Progress& progress) {
  const auto sheets = FW_TRY(read_xlsx(bytes, file));
  std::vector<BaseRow> out;
  std::set<std::string> seen;
  std::size_t lines = 0;
  bool any_table = false;
  for (const auto& sheet : sheets) {
    const auto layout = find_layout(sheet);
    if (!layout) continue;
    any_table = true;
    auto at = [&](std::size_t r, std::size_t c) {
      return file + ":" + sheet.name + ":" + std::to_string(r + 1) + ":" + column_letter(c);
    };
    std::optional<int> title_year;
    for (std::size_t r = 0; r < layout->header && !title_year; ++r) {
      for (const auto& cell : sheet.rows[r]) {
        if ((title_year = year_in(cell))) break;
      }
    }
    if (layout->year < 0 && !title_year) {
      return fail(ErrorCode::invalid_argument, "monitor.import_bad_period", file + ":" + sheet.name + ":1", "kein Jahr");
    }
    const std::string source = source_of(sheet);
    const auto region_col = static_cast<std::size_t>(layout->region), kldb_col = static_cast<std::size_t>(layout->kldb);
    std::string region;  // filled downwards
    for (std::size_t r = layout->header + 1; r < sheet.rows.size(); ++r) {
      if (progress && ++lines % kProgressEvery == 0) progress(lines);
      const auto& region_cell = sheet.cell(r, region_col);
      const auto region_digits = leading_digits(region_cell);
      if (!region_digits.empty()) {
        region = region_digits;
        FW_TRY_VOID(check_kreis(region, at(r, region_col)));
      } else if (!norm(region_cell).empty()) {
        region.clear();  // a text row (total, footer): no Kreis until the next code
      }
      const auto kldb = leading_digits(sheet.cell(r, kldb_col));
      if (kldb.empty()) continue;  // totals, notes, footers
      if (region.empty()) {
        return fail(ErrorCode::invalid_argument, "monitor.import_unknown_region", at(r, region_col), region_cell);
      }
      FW_TRY_VOID(check_kldb(kldb, at(r, kldb_col)));
      BaseRow base;
      base.region = region;
      base.kldb = kldb;
      if (layout->level >= 0) {
        const auto& t = sheet.cell(r, static_cast<std::size_t>(layout->level));
        const auto level = level_of(t);
        if (!level && !norm(t).empty()) {
          return fail(ErrorCode::invalid_argument, "monitor.import_bad_level", at(r, static_cast<std::size_t>(layout->level)), t);
        }
        if (level) base.level = *level;
      }
      if (kldb.size() == 5) {
        if (base.level && *base.level != kldb[4] - '0') {
          return fail(ErrorCode::invalid_argument, "monitor.import_bad_level", at(r, static_cast<std::size_t>(layout->level)),
                      std::to_string(*base.level));
        }
        base.level = kldb[4] - '0';
      }
      base.period = layout->year >= 0 ? FW_TRY(parse_year(sheet.cell(r, static_cast<std::size_t>(layout->year)),
                                                          at(r, static_cast<std::size_t>(layout->year))))
                                      : *title_year;
      base.source = source;
      base.reference_date = std::to_string(base.period);
      for (const auto& [col, quantity] : layout->quantities) {
        const auto& cell = sheet.cell(r, col);
        if (norm(cell).empty()) continue;  // not delivered: stored as nothing, never as 0
        BaseRow row = base;
        row.quantity = quantity;
        FW_TRY_VOID(set_value(row, cell, at(r, col)));
        const auto key = row.region + "|" + row.kldb + "|" + std::to_string(row.level.value_or(0)) + "|" +
                         std::to_string(row.period) + "|" + row.quantity;
        if (!seen.insert(key).second) {
          return fail(ErrorCode::invalid_argument, "monitor.import_duplicate", at(r, col), "einer früheren Zeile");
        }
        out.push_back(std::move(row));
      }
    }
  }
  if (!any_table) return fail(ErrorCode::invalid_argument, "monitor.xlsx_no_table", file);
  if (out.empty()) return fail(ErrorCode::invalid_argument, "monitor.import_empty", file);
  return out;
}

Result<ImportResult> import_xlsx_table(store::Database& db, const Actor& actor, std::string_view bytes,
                                       const std::string& file, bool dry_run, const Progress& progress) {
  FW_TRY_VOID(require_admin(actor));
  auto rows = FW_TRY(parse_xlsx_table(bytes, file, progress));
  const auto info = file_dataset("xlsx", file, rows.front().source, static_cast<std::int64_t>(rows.size()));
  if (dry_run) return ImportResult{0, info.row_count};
  return write_dataset(db, actor, info,
                       [&](store::Connection& c, std::int64_t id) { return insert_base_rows(c, id, rows, progress); });
}

}  // namespace fw::service::monitor_data

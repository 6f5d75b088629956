#include "service/monitor/engpass_import.hpp"

#include <set>
#include <tuple>

#include "core/csv.hpp"
#include "engine/monitor/codes.hpp"
#include "service/authz.hpp"
#include "service/monitor/import_common.hpp"
#include "service/monitor/monitor_reference.hpp"

namespace fw::service::monitor_data {
namespace {

std::string lower(std::string s) {
  for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  while (!s.empty() && s.back() == ' ') s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

// The class from the BA's category text.
std::optional<std::string> klasse_of(const std::string& kategorie) {
  const auto k = lower(kategorie);
  if (k == "engpassberuf" || k == "engpass") return "engpass";
  if (k == "unter beobachtung" || k == "beobachtungsberuf" || k == "beobachtung") return "beobachtung";
  if (k == "kein engpass" || k == "kein engpassberuf") return "kein_engpass";
  if (k == "nicht bewertbar" || k == "x") return "nicht_bewertbar";
  return std::nullopt;
}

Result<std::optional<int>> parse_points(const std::string& text, const std::string& where) {
  const auto t = lower(text);
  if (t.empty() || t == "x") return std::optional<int>{};
  if (t.size() == 1 && t[0] >= '0' && t[0] <= '3') return std::optional<int>{t[0] - '0'};
  return fail(ErrorCode::invalid_argument, "monitor.import_bad_points", where, text);
}

// A number, or empty for "*", "X", "" (not published): never a silent 0. "-" is a true 0.
Result<std::optional<double>> parse_number(const std::string& text, const std::string& where) {
  const auto v = FW_TRY(monitor::parse_ba_value(text, where));
  if (v.status == monitor::Status::value) return std::optional<double>{v.value};
  if (v.status == monitor::Status::zero) return std::optional<double>{0.0};
  return std::optional<double>{};
}

Result<std::string> parse_land(const std::string& text, const std::string& where) {
  const auto t = lower(text);
  if (t == "0" || t == "00") return std::string("00");
  if (t.size() == 1 || t.size() == 2) {
    const std::string land = t.size() == 1 ? "0" + t : t;
    for (const auto& k : reference().kreise()) {
      if (k.land() == land) return land;
    }
  }
  return fail(ErrorCode::invalid_argument, "monitor.import_unknown_region", where, text);
}

}  // namespace

Result<std::vector<BaResult>> parse_engpass_csv(std::string_view text, const std::string& file, const Progress& progress) {
  auto records = FW_TRY(csv::parse(text, file));
  if (records.empty()) return fail(ErrorCode::invalid_argument, "monitor.import_empty", file);
  const auto& header = records[0].fields;
  std::vector<std::string_view> required = {"jahr", "beruf_schlüssel", "beruf", "anforderung_id", "anforderung",
                                            "bundesland_id", "region", "wert_ges"};
  static const std::array<std::string, 6> kl_names = {"kl_vakanz", "kl_asr", "kl_aquote", "kl_zuw", "kl_aba", "kl_entgl"};
  for (std::size_t i = 0; i < 6; ++i) {
    required.push_back(kl_names[i]);
    required.push_back(kBaIndicators[i]);
  }
  required.push_back("kategorie");
  const auto cols = FW_TRY(Columns::find(header, required, {}, file, records[0].line));
  std::vector<BaResult> out;
  std::set<std::tuple<int, std::string, int, std::string>> seen;
  for (std::size_t i = 1; i < records.size(); ++i) {
    const auto& r = records[i];
    if (progress && i % kProgressEvery == 0) progress(i);
    if (r.fields.size() != header.size()) {
      return fail(ErrorCode::invalid_argument, "csv.field_count", file + ":" + std::to_string(r.line),
                  std::to_string(r.fields.size()));
    }
    auto field = [&](std::string_view name) { return r.fields[static_cast<std::size_t>(cols.at(name))]; };
    auto at = [&](std::string_view name) { return place(file, r.line, name); };
    BaResult b;
    b.jahr = FW_TRY(parse_year(field("jahr"), at("jahr")));
    b.beruf_schluessel = field("beruf_schlüssel");
    FW_TRY_VOID(check_kldb(b.beruf_schluessel, at("beruf_schlüssel")));
    b.beruf = field("beruf");
    b.anforderung_id = *FW_TRY(parse_level(field("anforderung_id"), false, at("anforderung_id")));
    b.anforderung = field("anforderung");
    b.bundesland_id = FW_TRY(parse_land(field("bundesland_id"), at("bundesland_id")));
    b.region = field("region");
    b.wert_ges = FW_TRY(parse_number(field("wert_ges"), at("wert_ges")));
    for (std::size_t k = 0; k < 6; ++k) {
      b.points[k] = FW_TRY(parse_points(field(kl_names[k]), at(kl_names[k])));
      b.values[k] = FW_TRY(parse_number(field(kBaIndicators[k]), at(kBaIndicators[k])));
    }
    b.kategorie = field("kategorie");
    auto klasse = klasse_of(b.kategorie);
    if (!klasse) return fail(ErrorCode::invalid_argument, "monitor.import_bad_category", at("kategorie"), b.kategorie);
    b.klasse = *klasse;
    if (!seen.emplace(b.jahr, b.beruf_schluessel, b.anforderung_id, b.bundesland_id).second) {
      return fail(ErrorCode::invalid_argument, "monitor.import_duplicate", at("beruf_schlüssel"), "einer früheren Zeile");
    }
    out.push_back(std::move(b));
  }
  if (out.empty()) return fail(ErrorCode::invalid_argument, "monitor.import_empty", file);
  return out;
}

Result<ImportResult> import_engpass_csv(store::Database& db, const Actor& actor, std::string_view text,
                                        const std::string& file, bool dry_run, const Progress& progress) {
  FW_TRY_VOID(require_admin(actor));
  auto rows = FW_TRY(parse_engpass_csv(text, file, progress));
  const auto info = file_dataset("engpass", file, "Statistik der Bundesagentur für Arbeit, Engpassanalyse", static_cast<std::int64_t>(rows.size()));
  if (dry_run) return ImportResult{0, info.row_count};
  auto opt_int = [](const std::optional<int>& v) { return v ? store::Value(std::int64_t{*v}) : store::null(); };
  auto opt_real = [](const std::optional<double>& v) { return v ? store::Value(*v) : store::null(); };
  return write_dataset(db, actor, info, [&](store::Connection& c, std::int64_t id) -> Result<void> {
    for (const auto& b : rows) {
      store::Params p{id, std::int64_t{b.jahr}, b.beruf_schluessel, b.beruf, std::int64_t{b.anforderung_id},
                      b.anforderung, b.bundesland_id, b.region, opt_real(b.wert_ges)};
      for (std::size_t k = 0; k < 6; ++k) {
        p.push_back(opt_int(b.points[k]));
        p.push_back(opt_real(b.values[k]));
      }
      p.push_back(b.kategorie);
      p.push_back(b.klasse);
      FW_TRY_VOID(c.exec(
          "INSERT INTO monitor_engpass_results (dataset_id, jahr, beruf_schluessel, beruf, anforderung_id, anforderung, "
          "bundesland_id, region, wert_ges, kl_vakanz, vakanz, kl_asr, asr, kl_aquote, aquote, kl_zuw, zuw, kl_aba, aba, "
          "kl_entgl, entgl, kategorie, klasse) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          p));
    }
    return {};
  });
}

Result<std::vector<BaResult>> ba_results(store::Connection& c, const std::string& bundesland_id, int jahr) {
  // The latest import wins where a row was imported twice.
  auto rows = FW_TRY(c.query(
      "SELECT jahr, beruf_schluessel, beruf, anforderung_id, anforderung, bundesland_id, region, wert_ges, kl_vakanz, "
      "vakanz, kl_asr, asr, kl_aquote, aquote, kl_zuw, zuw, kl_aba, aba, kl_entgl, entgl, kategorie, klasse "
      "FROM monitor_engpass_results WHERE bundesland_id = ? AND jahr = ? ORDER BY dataset_id",
      {bundesland_id, std::int64_t{jahr}}));
  std::vector<BaResult> out;
  for (const auto& r : rows.rows) {
    BaResult b;
    b.jahr = static_cast<int>(r.int_at(0));
    b.beruf_schluessel = r.text_at(1);
    b.beruf = r.text_at(2);
    b.anforderung_id = static_cast<int>(r.int_at(3));
    b.anforderung = r.text_at(4);
    b.bundesland_id = r.text_at(5);
    b.region = r.text_at(6);
    if (!r.is_null(7)) b.wert_ges = r.real_at(7);
    for (std::size_t k = 0; k < 6; ++k) {
      if (!r.is_null(8 + 2 * k)) b.points[k] = static_cast<int>(r.int_at(8 + 2 * k));
      if (!r.is_null(9 + 2 * k)) b.values[k] = r.real_at(9 + 2 * k);
    }
    b.kategorie = r.text_at(20);
    b.klasse = r.text_at(21);
    out.push_back(std::move(b));
  }
  return out;
}

}  // namespace fw::service::monitor_data

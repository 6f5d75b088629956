#include "engine/monitor/thresholds.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "core/csv.hpp"

namespace fw::monitor {

namespace {

constexpr std::string_view kHeader = "version;kind;name;scope;basis;direction;cut1;cut2;cut3;min_base";

std::optional<double> number(std::string_view s) {
  std::string plain(s);
  for (char& c : plain) {
    if (c == ',') c = '.';
  }
  double v = 0;
  auto [p, ec] = std::from_chars(plain.data(), plain.data() + plain.size(), v);
  if (plain.empty() || ec != std::errc() || p != plain.data() + plain.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::string decimal_comma(double v) {
  std::string s = fmt::format("{}", v);
  for (char& c : s) {
    if (c == '.') c = ',';
  }
  return s;
}

}  // namespace

Result<ThresholdTable> ThresholdTable::parse(std::string_view text, std::string_view name) {
  // Drop comment lines before the CSV parser sees them, keeping line numbers intact.
  std::string cleaned;
  cleaned.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    auto eol = text.find('\n', pos);
    std::string_view line = text.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
    if (!line.starts_with('#')) cleaned.append(line);
    cleaned.push_back('\n');
    pos = eol == std::string_view::npos ? text.size() : eol + 1;
  }
  auto records = FW_TRY(csv::parse(cleaned, name, ';'));
  auto bad = [&](std::size_t line, std::string detail) {
    return std::unexpected(Error{ErrorCode::invalid_argument, "monitor.bad_thresholds",
                                 std::string(name) + ":" + std::to_string(line), std::move(detail)});
  };
  if (records.empty()) return bad(1, "empty table");
  {
    std::string header;
    for (const auto& f : records[0].fields) header += (header.empty() ? "" : ";") + f;
    while (!header.empty() && (header.back() == '\r' || header.back() == ';')) header.pop_back();
    if (header != kHeader) return bad(records[0].line, fmt::format("header must be {}", kHeader));
  }
  ThresholdTable t;
  bool seen_engpass = false, seen_beobachtung = false;
  for (std::size_t i = 1; i < records.size(); ++i) {
    auto f = records[i].fields;
    const std::size_t line = records[i].line;
    if (!f.empty() && !f.back().empty() && f.back().back() == '\r') f.back().pop_back();
    f.resize(10);
    if (t.version_.empty()) t.version_ = f[0];
    if (f[0] != t.version_) return bad(line, fmt::format("version {} differs from {}", f[0], t.version_));
    if (f[1] == "rule") {
      auto v = number(f[6]);
      if (!v) return bad(line, "rule value in cut1 is not a number");
      if (f[2] == "engpass_ab")
        t.engpass_from_ = *v, seen_engpass = true;
      else if (f[2] == "beobachtung_ab")
        t.beobachtung_from_ = *v, seen_beobachtung = true;
      else if (f[2] == "min_indikatoren" && *v >= 1)
        t.min_indicators_ = static_cast<int>(*v);
      else if (f[2] == "min_risikoindikatoren" && *v >= 1)
        t.min_risk_indicators_ = static_cast<int>(*v);
      else
        return bad(line, fmt::format("unknown rule or value: {}", f[2]));
      continue;
    }
    ThresholdRow row;
    if (f[1] != "indicator" && f[1] != "risk") return bad(line, fmt::format("unknown kind: {}", f[1]));
    row.risk = f[1] == "risk";
    if (!indicator_from_name(f[2], row.indicator)) return bad(line, fmt::format("unknown indicator: {}", f[2]));
    if (row.risk != indicator_name(row.indicator).starts_with("risk_")) {
      return bad(line, fmt::format("{} is not a {} indicator", f[2], f[1]));
    }
    if (f[3] == "all" || f[3].empty())
      row.scope = Scope::all;
    else if (f[3] == "national")
      row.scope = Scope::national;
    else if (f[3] == "regional")
      row.scope = Scope::regional;
    else
      return bad(line, fmt::format("unknown scope: {}", f[3]));
    if (f[4] == "absolute")
      row.basis = Basis::absolute;
    else if (f[4] == "ratio_to_all")
      row.basis = Basis::ratio_to_all;
    else
      return bad(line, fmt::format("unknown basis: {}", f[4]));
    if (f[5] == "up")
      row.direction = Direction::up;
    else if (f[5] == "down")
      row.direction = Direction::down;
    else
      return bad(line, fmt::format("unknown direction: {}", f[5]));
    for (int c = 0; c < 3; ++c) {
      auto v = number(f[6 + static_cast<std::size_t>(c)]);
      if (!v) return bad(line, fmt::format("cut{} is not a number", c + 1));
      row.cuts[static_cast<std::size_t>(c)] = *v;
    }
    const bool monotone = row.direction == Direction::up ? row.cuts[0] <= row.cuts[1] && row.cuts[1] <= row.cuts[2]
                                                         : row.cuts[0] >= row.cuts[1] && row.cuts[1] >= row.cuts[2];
    if (!monotone) return bad(line, "cuts must rise for 'up' and fall for 'down'");
    auto min_base = f[9].empty() ? std::optional<double>(0) : number(f[9]);
    if (!min_base || *min_base < 0) return bad(line, "min_base must be a number >= 0");
    row.min_base = *min_base;
    for (const auto& other : t.rows_) {
      if (other.indicator == row.indicator && other.scope == row.scope) return bad(line, "duplicate row");
    }
    t.rows_.push_back(row);
  }
  if (!seen_engpass || !seen_beobachtung) return bad(records.back().line, "rules engpass_ab and beobachtung_ab needed");
  if (t.beobachtung_from_ > t.engpass_from_) return bad(records.back().line, "beobachtung_ab above engpass_ab");
  return t;
}

Result<ThresholdTable> ThresholdTable::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(ErrorCode::not_found, "monitor.file_missing", path);
  std::ostringstream ss;
  ss << in.rdbuf();
  auto slash = path.find_last_of('/');
  return parse(ss.str(), slash == std::string::npos ? path : path.substr(slash + 1));
}

const ThresholdRow* ThresholdTable::row(Indicator i, bool national) const {
  const ThresholdRow* fallback = nullptr;
  const Scope wanted = national ? Scope::national : Scope::regional;
  for (const auto& r : rows_) {
    if (r.indicator != i) continue;
    if (r.scope == wanted) return &r;
    if (r.scope == Scope::all) fallback = &r;
  }
  return fallback;
}

bool ThresholdTable::uses_ratio_to_all() const {
  for (const auto& r : rows_) {
    if (r.basis == Basis::ratio_to_all) return true;
  }
  return false;
}

int ThresholdTable::score(const ThresholdRow& row, double v) {
  int points = 0;
  for (double cut : row.cuts) {
    if (row.direction == Direction::up ? v >= cut : v <= cut) ++points;
  }
  return points;
}

std::string ThresholdTable::to_csv() const {
  std::string out = std::string(kHeader) + "\n";
  auto scope = [](Scope s) { return s == Scope::all ? "all" : s == Scope::national ? "national" : "regional"; };
  for (const auto& r : rows_) {
    out += fmt::format("{};{};{};{};{};{};{};{};{};{}\n", version_, r.risk ? "risk" : "indicator",
                       indicator_name(r.indicator), scope(r.scope),
                       r.basis == Basis::absolute ? "absolute" : "ratio_to_all",
                       r.direction == Direction::up ? "up" : "down", decimal_comma(r.cuts[0]), decimal_comma(r.cuts[1]),
                       decimal_comma(r.cuts[2]), decimal_comma(r.min_base));
  }
  out += fmt::format("{};rule;engpass_ab;;;;{};;;\n", version_, decimal_comma(engpass_from_));
  out += fmt::format("{};rule;beobachtung_ab;;;;{};;;\n", version_, decimal_comma(beobachtung_from_));
  out += fmt::format("{};rule;min_indikatoren;;;;{};;;\n", version_, min_indicators_);
  out += fmt::format("{};rule;min_risikoindikatoren;;;;{};;;\n", version_, min_risk_indicators_);
  return out;
}

}  // namespace fw::monitor

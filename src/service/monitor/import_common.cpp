#include "service/monitor/import_common.hpp"

#include <algorithm>
#include <charconv>

#include "service/monitor/monitor_reference.hpp"

namespace fw::service::monitor_data {
namespace {

std::string normalise(std::string_view s) {
  std::string out;
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char ch = static_cast<unsigned char>(s[i]);
    if (ch == ' ' || ch == '\t') continue;
    if (ch == 0xC3 && i + 1 < s.size() && (s[i + 1] == '\xBC' || s[i + 1] == '\x9C')) {  // ü / Ü
      out += "ue";
      ++i;
      continue;
    }
    out += static_cast<char>(std::tolower(ch));
  }
  return out;
}

std::optional<int> to_int(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || p != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

}  // namespace

Result<Columns> Columns::find(const std::vector<std::string>& header, const std::vector<std::string_view>& required,
                              const std::vector<std::string_view>& optional, const std::string& file, std::size_t line) {
  Columns c;
  auto add = [&](std::string_view name) {
    const std::string want = normalise(name);
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (normalise(header[i]) == want) {
        c.index_.emplace_back(std::string(name), static_cast<int>(i));
        return true;
      }
    }
    return false;
  };
  for (auto name : required) {
    if (!add(name)) return fail(ErrorCode::invalid_argument, "csv.missing_column", file + ":" + std::to_string(line), std::string(name));
  }
  for (auto name : optional) (void)add(name);
  return c;
}

int Columns::at(std::string_view name) const {
  for (const auto& [n, i] : index_) {
    if (n == name) return i;
  }
  return -1;
}

std::string place(const std::string& file, std::size_t line, std::string_view column) {
  return file + ":" + std::to_string(line) + ":" + std::string(column);
}

Result<void> check_kreis(std::string_view ags, const std::string& where) {
  if (!reference().kreis_index(ags)) return fail(ErrorCode::invalid_argument, "monitor.import_unknown_region", where, std::string(ags));
  return {};
}

Result<void> check_kldb(std::string_view code, const std::string& where) {
  if (!known_kldb(code)) return fail(ErrorCode::invalid_argument, "monitor.import_unknown_occupation", where, std::string(code));
  return {};
}

Result<std::optional<int>> parse_level(std::string_view text, bool optional, const std::string& where) {
  if (text.find_first_not_of(' ') == std::string_view::npos) {
    if (optional) return std::optional<int>{};
    return fail(ErrorCode::invalid_argument, "monitor.import_bad_level", where, "leer");
  }
  auto v = to_int(text);
  if (!v || *v < 1 || *v > 4) return fail(ErrorCode::invalid_argument, "monitor.import_bad_level", where, std::string(text));
  return std::optional<int>{*v};
}

Result<int> parse_year(std::string_view text, const std::string& where) {
  auto v = to_int(text);
  if (!v || *v < 1950 || *v > 2100) return fail(ErrorCode::invalid_argument, "monitor.import_bad_period", where, std::string(text));
  return *v;
}

}  // namespace fw::service::monitor_data

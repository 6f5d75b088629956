#include "service/monitor/import_common.hpp"

#include <algorithm>
#include <charconv>

#include <sodium.h>

#include "engine/monitor/codes.hpp"
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

// The flag column: the symbol of a non-number, else the note of a number ("" for none).
std::string flag_of(const monitor::ParsedValue& v) {
  switch (v.status) {
    case monitor::Status::zero: return "-";
    case monitor::Status::suppressed: return "*";
    case monitor::Status::not_possible: return "X";
    default: break;
  }
  if (v.notes & monitor::kNoteProvisional) return "p";
  if (v.notes & monitor::kNoteRevised) return "r";
  return "";
}

}  // namespace

Result<void> set_value(BaseRow& row, std::string_view raw, const std::string& where) {
  const auto v = FW_TRY(monitor::parse_ba_value(raw, where));
  // An empty cell is not a number and not a symbol: refuse it rather than store a 0.
  if (v.status == monitor::Status::missing) return fail(ErrorCode::invalid_argument, "monitor.bad_value", where, "leer");
  if (v.status == monitor::Status::value && v.value < 0) {
    return fail(ErrorCode::invalid_argument, "monitor.bad_value", where, std::string(raw));
  }
  if (v.status == monitor::Status::value) row.value = v.value;
  if (v.status == monitor::Status::zero) row.value = 0.0;
  row.flag = flag_of(v);
  return {};
}

Result<std::string> decode_base64(std::string_view text, const std::string& field) {
  std::string out(text.size() / 4 * 3 + 3, '\0');
  std::size_t len = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), " \r\n", &len,
                        nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
    return fail(ErrorCode::invalid_argument, "monitor.bad_file", field, "kein gültiges Base64");
  }
  out.resize(len);
  return out;
}

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

#include "engine/monitor/codes.hpp"

#include <charconv>
#include <string>

namespace fw::monitor {

std::string_view level_name(int level) {
  switch (level) {
    case 1:
      return "Helfer";
    case 2:
      return "Fachkraft";
    case 3:
      return "Spezialist";
    case 4:
      return "Experte";
    default:
      return "";
  }
}

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\xa0')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\xa0')) s.remove_suffix(1);
  return s;
}

}  // namespace

Result<ParsedValue> parse_ba_value(std::string_view text, std::string_view where) {
  ParsedValue out;
  std::string_view s = trim(text);
  if (s.empty()) return out;  // missing
  if (s == "*") return ParsedValue{0, Status::suppressed, kNoteNone};
  if (s == "-") return ParsedValue{0, Status::zero, kNoteNone};
  if (s == "X" || s == "x") return ParsedValue{0, Status::not_possible, kNoteNone};
  // Trailing annotation letters, possibly separated by a blank ("12p", "7 r").
  while (!s.empty() && (s.back() == 'p' || s.back() == 'r')) {
    out.notes |= s.back() == 'p' ? kNoteProvisional : kNoteRevised;
    s = trim(s.substr(0, s.size() - 1));
  }
  // German number: dots group thousands, the comma is the decimal separator.
  std::string plain;
  plain.reserve(s.size());
  bool seen_comma = false;
  for (char c : s) {
    if (c == '.' && !seen_comma) continue;
    if (c == ',') {
      if (seen_comma)
        return fail(ErrorCode::invalid_argument, "monitor.bad_value", std::string(where), std::string(text));
      seen_comma = true;
      plain.push_back('.');
      continue;
    }
    plain.push_back(c);
  }
  double v = 0;
  const char* end = plain.data() + plain.size();
  auto [ptr, ec] = std::from_chars(plain.data(), end, v);
  if (plain.empty() || ec != std::errc() || ptr != end) {
    return fail(ErrorCode::invalid_argument, "monitor.bad_value", std::string(where), std::string(text));
  }
  out.value = v;
  out.status = Status::value;
  return out;
}

bool is_kldb_code(std::string_view code) {
  if (code.empty() || code.size() > 5) return false;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string_view kldb_parent(std::string_view code) {
  return code.size() <= 1 ? std::string_view{} : code.substr(0, code.size() - 1);
}

bool kldb_contains(std::string_view ancestor, std::string_view code) {
  return code.size() >= ancestor.size() && code.substr(0, ancestor.size()) == ancestor;
}

}  // namespace fw::monitor

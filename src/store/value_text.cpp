#include "store/value_text.hpp"

#include <charconv>
#include <cmath>
#include <system_error>

namespace fw::store {

std::string format_double(double v) {
  // PostgreSQL's float8in reads "Infinity"/"-Infinity"/"NaN"; spell them its way so the text
  // works as a bound parameter too.
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "Infinity" : "-Infinity";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  if (ec != std::errc{}) return "0";
  return std::string(buf, end);
}

namespace {
std::string_view strip_plus(std::string_view text) {
  if (text.size() > 1 && text.front() == '+') text.remove_prefix(1);
  return text;
}
}  // namespace

std::optional<std::int64_t> parse_int64(std::string_view text) {
  text = strip_plus(text);
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc{} || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return v;
}

std::optional<double> parse_double(std::string_view text) {
  text = strip_plus(text);
  if (text == "NaN") return std::nan("");
  if (text == "Infinity") return HUGE_VAL;
  if (text == "-Infinity") return -HUGE_VAL;
  double v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc{} || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return v;
}

}  // namespace fw::store

// Text forms of numbers shared by Row accessors and the PostgreSQL parameter encoder.
// Locale-independent (std::to_chars/from_chars), so a German locale never turns 1.5 into "1,5".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fw::store {

// Shortest text that reads back to the same double ("0.1", "1e+300", "inf", "nan").
std::string format_double(double v);
// Whole-string parses; nullopt when `text` is not exactly a number (leading '+' accepted).
std::optional<std::int64_t> parse_int64(std::string_view text);
std::optional<double> parse_double(std::string_view text);

}  // namespace fw::store

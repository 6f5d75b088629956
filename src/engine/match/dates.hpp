// Calendar days for start dates: days since 1970-01-01 (proleptic Gregorian), as int32.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace fw::match {

// "2027-01-01" → days since 1970-01-01; nullopt unless the text is a valid YYYY-MM-DD date.
std::optional<int> parse_iso_date(std::string_view text);
// days → "01.01.2027" (the German form used in explanations).
std::string format_date_de(int days);

}  // namespace fw::match

// Wall-clock time as Unix milliseconds (what the store keeps) and ISO-8601 text (what the
// API shows). A settable offset lets tests move time forward (session expiry, rate limits).
#pragma once

#include <cstdint>
#include <string>

namespace fw::clock {

std::int64_t now_ms();
// Tests only: shift now_ms() by delta milliseconds (cumulative). Not thread-safe to race with
// readers in a meaningful way; tests call it between requests.
void advance_for_tests(std::int64_t delta_ms);
// "2026-11-25T11:57:50.123Z"
std::string iso8601(std::int64_t unix_ms);

}  // namespace fw::clock

#include "engine/monitor/projection_input.hpp"

#include <cmath>

namespace fw::monitor {

namespace {

Result<void> bad(std::string field, std::string detail) {
  return fail(ErrorCode::invalid_argument, "monitor.bad_projection_input", std::move(field), std::move(detail));
}

Result<void> check_size(const std::vector<double>& v, std::size_t n, const char* name) {
  if (v.size() != n) return bad(name, "expected " + std::to_string(n) + " values, got " + std::to_string(v.size()));
  return {};
}

// Every value finite and within [lo, hi].
Result<void> check_range(const std::vector<double>& v, double lo, double hi, const char* name) {
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (!std::isfinite(v[i]) || v[i] < lo || v[i] > hi) {
      return bad(std::string(name) + "[" + std::to_string(i) + "]", std::to_string(v[i]));
    }
  }
  return {};
}

Result<void> check_profile(const std::vector<double>& v, std::size_t parts, const char* name) {
  for (std::size_t p = 0; p < parts; ++p) {
    double total = 0;
    for (std::size_t a = 0; a < kAges; ++a) total += v[p * kAges + a];
    if (std::abs(total - 1) > 1e-9) return bad(std::string(name) + "[" + std::to_string(p) + "]", "must sum to 1");
  }
  return {};
}

}  // namespace

Result<void> ProjectionInput::validate() const {
  const std::size_t R = rows(), G = groups.size(), A = kAges;
  if (kreise.empty() || groups.empty()) return bad("kreise", "no Kreise or no occupation groups");
  if (growth_years < 1) return bad("growth_years", "must be at least 1");
  FW_TRY_VOID(check_size(stock, R * A, "stock"));
  FW_TRY_VOID(check_size(female_share, R, "female_share"));
  FW_TRY_VOID(check_size(demand0, R, "demand0"));
  FW_TRY_VOID(check_size(entrants, R, "entrants"));
  FW_TRY_VOID(check_size(net_migration, R, "net_migration"));
  FW_TRY_VOID(check_size(mortality, A, "mortality"));
  FW_TRY_VOID(check_size(retirement, G * kLevels * A, "retirement"));
  FW_TRY_VOID(check_size(entry_profile, kLevels * A, "entry_profile"));
  FW_TRY_VOID(check_size(migration_profile, A, "migration_profile"));
  FW_TRY_VOID(check_size(growth, G * static_cast<std::size_t>(growth_years + 1), "growth"));
  FW_TRY_VOID(check_size(participation_women, A, "participation_women"));
  FW_TRY_VOID(check_size(participation_all, A, "participation_all"));
  const double inf = INFINITY;
  FW_TRY_VOID(check_range(stock, 0, inf, "stock"));
  FW_TRY_VOID(check_range(female_share, 0, 1, "female_share"));
  FW_TRY_VOID(check_range(demand0, 0, inf, "demand0"));
  FW_TRY_VOID(check_range(entrants, 0, inf, "entrants"));
  FW_TRY_VOID(check_range(net_migration, -inf, inf, "net_migration"));
  FW_TRY_VOID(check_range(mortality, 0, 1, "mortality"));
  FW_TRY_VOID(check_range(retirement, 0, 1, "retirement"));
  FW_TRY_VOID(check_range(entry_profile, 0, 1, "entry_profile"));
  FW_TRY_VOID(check_range(migration_profile, 0, 1, "migration_profile"));
  FW_TRY_VOID(check_range(growth, 0, inf, "growth"));
  FW_TRY_VOID(check_range(participation_women, 0.001, 1, "participation_women"));
  FW_TRY_VOID(check_range(participation_all, 0.001, 1, "participation_all"));
  FW_TRY_VOID(check_profile(entry_profile, kLevels, "entry_profile"));
  FW_TRY_VOID(check_profile(migration_profile, 1, "migration_profile"));
  return {};
}

}  // namespace fw::monitor

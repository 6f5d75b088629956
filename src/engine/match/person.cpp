#include "engine/match/person.hpp"

#include <algorithm>
#include <cmath>

#include "engine/match/vacancy.hpp"

namespace fw::match {

double PreparedPerson::accept(const FitConfig& config, const VacRec& v) const {
  if (!working_time_compatible(working_time, v.working_time)) return -1;
  double best = 0;
  for (const auto& o : occupations) best = std::max(best, occupation_fit(config, o.code, o.level, v.code, v.level));
  return best >= min_fit ? best : -1;
}

Result<void> check_point(double lat, double lon, std::string_view prefix) {
  const std::string p(prefix);
  if (!(lat >= kMinLat && lat <= kMaxLat))
    return fail(ErrorCode::invalid_argument, "match.outside_germany", p + ".lat");
  if (!(lon >= kMinLon && lon <= kMaxLon))
    return fail(ErrorCode::invalid_argument, "match.outside_germany", p + ".lon");
  return {};
}

Result<void> check_minutes(double minutes, std::string_view field) {
  if (!(minutes >= 0 && minutes <= kMaxLimitMinutes))
    return fail(ErrorCode::invalid_argument, "match.minutes_invalid", std::string(field), std::to_string(minutes));
  return {};
}

Result<void> check_common(double min_fit, int limit, const SearchOptions& o) {
  if (!(min_fit > 0 && min_fit <= 1)) return fail(ErrorCode::invalid_argument, "match.min_fit_invalid", "min_fit");
  if (limit < 1 || limit > 1'000'000) return fail(ErrorCode::invalid_argument, "match.limit_invalid", "limit");
  auto bad = [](const char* name) {
    return fail(ErrorCode::invalid_argument, "match.option_invalid", std::string("options.") + name);
  };
  if (!(o.tolerance_minutes >= 0 && o.tolerance_minutes <= 60)) return bad("tolerance_minutes");
  if (o.near_misses < 0 || o.near_misses > 100) return bad("near_misses");
  if (o.best_homes < 0 || o.best_homes > 100) return bad("best_homes");
  return {};
}

Result<PreparedPerson> prepare_person(const PartnerRequest& r, std::string_view prefix, double min_fit,
                                      const FitConfig& config) {
  const std::string p(prefix);
  PreparedPerson out;
  if (r.occupations.empty()) return fail(ErrorCode::invalid_argument, "match.occupations_missing", p + ".occupations");
  for (std::size_t i = 0; i < r.occupations.size(); ++i) {
    const std::string at = p + ".occupations[" + std::to_string(i) + "].";
    const auto& o = r.occupations[i];
    const KldbCode code = FW_TRY(parse_kldb(o.kldb, at + "kldb"));
    const int digit = level_of(code);
    if (o.level < 0 || o.level > 4 || (digit != 0 && o.level != 0 && o.level != digit))
      return fail(ErrorCode::invalid_argument, "match.level_invalid", at + "level", std::to_string(o.level));
    out.occupations.push_back({code, o.level});
  }
  FW_TRY_VOID(check_minutes(r.max_minutes, p + ".max_minutes"));
  out.working_time = r.working_time;
  out.earliest_start = r.earliest_start;
  out.mode = r.mode;
  out.limit = r.max_minutes;
  out.min_fit = min_fit;
  for (int b = 0; b < kBucketCount; ++b) {
    double bound = 0;
    for (const auto& o : out.occupations) bound = std::max(bound, bucket_fit_bound(config, o.code, b));
    if (!(bound >= min_fit && bound > 0)) continue;
    out.buckets.push_back(b);
    out.fit_bound = std::max(out.fit_bound, bound);
    auto& table = out.fits.emplace_back();
    for (int local = 0; local < kLocalCodes; ++local) {
      const auto [code, level] = code_of(b, local);
      double fit = 0;
      for (const auto& o : out.occupations) fit = std::max(fit, occupation_fit(config, o.code, o.level, code, level));
      table[static_cast<std::size_t>(local)] = fit >= min_fit ? fit : -1.0;
    }
  }
  return out;
}

}  // namespace fw::match

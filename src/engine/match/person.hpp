// A person's request checked and prepared for searching, and the input checks every search
// shares. Validation errors are invalid_argument with the JSON field name of the request.
#pragma once

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "engine/match/index.hpp"
#include "engine/match/kldb.hpp"
#include "engine/match/query.hpp"

namespace fw::match {

struct PreparedPerson {
  struct Occ {
    KldbCode code;
    int level = 0;
  };
  std::vector<Occ> occupations;
  std::vector<int> buckets;  // the buckets that can hold a vacancy with fit ≥ min_fit
  double fit_bound = 0;      // the best fit any vacancy can reach (≤ 1)
  WorkingTimeSet working_time = 0;
  std::optional<int> earliest_start;
  Mode mode = Mode::car;
  double limit = 0;  // minutes
  double min_fit = 0.5;

  // Per bucket (parallel to `buckets`): the fit of each local code, -1 below min_fit.
  std::vector<std::array<double, kLocalCodes>> fits;

  // The fit of a vacancy if it is acceptable (fit ≥ min_fit, working time compatible), else -1.
  double accept(const FitConfig& config, const VacRec& v) const;
  // The best fit any code in `mask` (VacancyIndex::codes) gives, or -1 if none is acceptable.
  double mask_fit(const CodeMask& mask, std::size_t bucket_pos) const {
    double best = -1;
    for (int w = 0; w < 2; ++w)
      for (std::uint64_t m = mask[static_cast<std::size_t>(w)]; m; m &= m - 1)
        best = std::max(best, fits[bucket_pos][static_cast<std::size_t>(w * 64 + __builtin_ctzll(m))]);
    return best;
  }
  // The same for an index entry of buckets[bucket_pos], by table lookup.
  double accept(const Entry& e, std::size_t bucket_pos) const {
    return working_time_compatible(working_time, e.working_time) ? fits[bucket_pos][e.code] : -1.0;
  }
};

// Checks `r` (field prefix e.g. "partner" or "a") and prepares it. Errors:
// "match.occupations_missing" (field "<p>.occupations"), "match.kldb_invalid" /
// "match.kldb_unknown" ("<p>.occupations[i].kldb"), "match.level_invalid"
// ("<p>.occupations[i].level"), "match.minutes_invalid" ("<p>.max_minutes").
Result<PreparedPerson> prepare_person(const PartnerRequest& r, std::string_view prefix, double min_fit,
                                      const FitConfig& config);

// Coordinates inside Germany's box, else "match.outside_germany" with field "<p>.lat"/"<p>.lon".
Result<void> check_point(double lat, double lon, std::string_view prefix);
// 0 ≤ minutes ≤ 240, else "match.minutes_invalid" with `field`.
Result<void> check_minutes(double minutes, std::string_view field);
// min_fit in (0,1] ("match.min_fit_invalid"), limit in 1…1,000,000 ("match.limit_invalid"),
// options in range ("match.option_invalid", field "options.<name>").
Result<void> check_common(double min_fit, int limit, const SearchOptions& options);

}  // namespace fw::match

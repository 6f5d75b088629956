// The matcher of issue 4: anchored search (the partner of a hired applicant) and couple
// search (both look for work, home flexible) over a VacancyIndex, with the commute model and
// the fit and score rules of docs/engine-match.md. Pure computation: no I/O, no SQL, no HTTP.
//
// Threads: searches are const and may run concurrently with each other, but not with an
// update of the index (see VacancyIndex).
#pragma once

#include "core/result.hpp"
#include "engine/match/commute.hpp"
#include "engine/match/index.hpp"
#include "engine/match/kldb.hpp"
#include "engine/match/query.hpp"
#include "engine/match/result.hpp"
#include "engine/match/score.hpp"

namespace fw::match {

class Matcher {
 public:
  // index and commute must outlive the matcher.
  Matcher(const VacancyIndex& index, const CommuteModel& commute, FitConfig fit = {}, ScoreConfig score = {})
      : index_(index), commute_(commute), fit_(std::move(fit)), score_(score) {}

  // Homes: reference places whose commute to the anchor is within anchor.max_minutes (or just
  // the fixed home). Results: open vacancies with fit ≥ min_fit and compatible working time
  // whose commute from at least one such home is within partner.max_minutes; the `limit` best
  // by score (ties: lower vacancy id). Errors: invalid_argument naming the field (see person.hpp;
  // "match.anchor_missing" if neither anchor nor home is given).
  Result<SearchResult> anchored(const AnchoredQuery& query) const;

  // Homes: reference places (in the region's Kreise, if given). Results: pairs (vacancy for a,
  // vacancy for b, different vacancies) with at least one home within both limits; the `limit`
  // best by score (ties: lower a id, then lower b id). Errors: as anchored, plus
  // "match.kreis_unknown" with field "region.kreise[i]".
  Result<SearchResult> couple(const CoupleQuery& query) const;

  const VacancyIndex& index() const { return index_; }
  const CommuteModel& commute() const { return commute_; }
  const FitConfig& fit_config() const { return fit_; }
  const ScoreConfig& score_config() const { return score_; }

 private:
  const VacancyIndex& index_;
  const CommuteModel& commute_;
  FitConfig fit_;
  ScoreConfig score_;
};

}  // namespace fw::match

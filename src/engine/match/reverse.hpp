// Reverse matching: when a vacancy is added or changed, which open cases does it fit? The
// service keeps a CaseBook of the open cases' requests and asks it after each vacancy upsert,
// then notifies the coordinators of the cases returned.
//
// Threads: cases_for is const and may run concurrently; upsert/erase need exclusive access.
#pragma once

#include <bitset>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "core/result.hpp"
#include "engine/match/matcher.hpp"
#include "engine/match/person.hpp"
#include "engine/match/search_common.hpp"

namespace fw::match {

struct CaseHit {
  std::int64_t case_id = 0;
  std::string role;  // "partner" (anchored case), "a" or "b" (couple case)
  double fit = 0;
  double minutes = 0;  // the person's commute from the best feasible home
};

class CaseBook {
 public:
  // The matcher (and its index) must outlive the book.
  explicit CaseBook(const Matcher& matcher) : m_(matcher) {}

  // Adds or replaces the request of a case. Errors: those of the corresponding search, with
  // the same field names; nothing changes on error.
  Result<void> upsert(std::int64_t case_id, const AnchoredQuery& query);
  Result<void> upsert(std::int64_t case_id, const CoupleQuery& query);
  bool erase(std::int64_t case_id) { return cases_.erase(case_id) > 0; }
  std::size_t size() const { return cases_.size(); }

  // The cases `v` fits, ordered by case id: an anchored case if its partner accepts v (fit,
  // working time) and some home of the case reaches v within the partner's limit; a couple
  // case if one person accepts v and some home reaches v within that person's limit and some
  // other open indexed vacancy for the other person within theirs. v need not be indexed.
  // Errors: validate_vacancy's.
  Result<std::vector<CaseHit>> cases_for(const Vacancy& v) const;

 private:
  struct AnchoredCase {
    PreparedPerson partner;
    std::vector<detail::Home> homes;  // strict homes of the case
  };
  struct CoupleCase {
    PreparedPerson a, b;
    std::vector<std::uint8_t> in_region;  // per place; empty = all
  };
  struct Case {
    std::variant<AnchoredCase, CoupleCase> request;
    std::bitset<kBucketCount> buckets;  // any person of the case may accept these buckets
  };
  // True if some indexed vacancy other than `self` is acceptable to p within p's limit of h.
  bool other_within(const PreparedPerson& p, const detail::Home& h, std::int64_t self) const;

  const Matcher& m_;
  std::unordered_map<std::int64_t, Case> cases_;
};

}  // namespace fw::match

#include "engine/monitor/indicators.hpp"

#include <algorithm>

namespace fw::monitor {

namespace {

constexpr std::array<std::string_view, kIndicatorCount> kIndicatorNames = {
    "vakanzzeit", "asr",         "alq",         "auslaender",      "abgangsrate",
    "entgelt",    "alo_stellen", "risk_60plus", "risk_ausbildung", "risk_absolventen",
};

Reason reason_of(const Aggregate& a) {
  if (a.missing) return Reason::no_data;
  if (a.not_possible) return Reason::not_possible;
  if (a.empty) return Reason::zero_base;
  return Reason::none;
}

IndicatorValue failed(Reason r, std::uint8_t notes = kNoteNone) {
  return IndicatorValue{{}, 0, r, notes};
}

// 100 · num / den with interval bounds; den must be known and > 0.
IndicatorValue ratio(const Aggregate& num, const Aggregate& den) {
  const std::uint8_t notes = num.notes | den.notes;
  if (auto r = reason_of(num); r != Reason::none) return failed(r, notes);
  if (auto r = reason_of(den); r != Reason::none) return failed(r, notes);
  if (den.value.hi <= 0) return failed(Reason::zero_base, notes);
  return IndicatorValue{
      {100 * num.value.lo / den.value.hi, 100 * num.value.hi / den.value.lo}, den.value.lo, Reason::none, notes};
}

// 100 · part / (part + rest): increasing in part, decreasing in rest.
IndicatorValue quota(const Aggregate& part, const Aggregate& rest) {
  const std::uint8_t notes = part.notes | rest.notes;
  if (auto r = reason_of(part); r != Reason::none) return failed(r, notes);
  if (auto r = reason_of(rest); r != Reason::none) return failed(r, notes);
  if (part.value.hi + rest.value.hi <= 0) return failed(Reason::zero_base, notes);
  const double lo_den = part.value.lo + rest.value.hi;
  const double hi_den = part.value.hi + rest.value.lo;
  return IndicatorValue{{lo_den > 0 ? 100 * part.value.lo / lo_den : 0, 100 * part.value.hi / hi_den},
                        part.value.lo + rest.value.lo,
                        Reason::none,
                        notes};
}

// Change of a share (percentage points) between the previous and the current year.
IndicatorValue share_change(const Aggregate& part_now, const Aggregate& all_now, const Aggregate& part_prev,
                            const Aggregate& all_prev) {
  IndicatorValue now = ratio(part_now, all_now);
  IndicatorValue prev = ratio(part_prev, all_prev);
  if (!now.ok()) return now;
  if (!prev.ok()) return prev;
  // A share cannot exceed 100 %; clamping keeps the bounds of suppressed cells honest.
  now.value.hi = std::min(now.value.hi, 100.0);
  prev.value.hi = std::min(prev.value.hi, 100.0);
  return IndicatorValue{{now.value.lo - prev.value.hi, now.value.hi - prev.value.lo},
                        std::min(now.base, prev.base),
                        Reason::none,
                        static_cast<std::uint8_t>(now.notes | prev.notes)};
}

// Relative change of a median, in %.
IndicatorValue median_change(const Aggregate& now, const Aggregate& prev, double base) {
  const std::uint8_t notes = now.notes | prev.notes;
  if (auto r = reason_of(now); r != Reason::none) return failed(r, notes);
  if (auto r = reason_of(prev); r != Reason::none) return failed(r, notes);
  if (prev.value.lo <= 0) return failed(Reason::suppressed_ambiguous, notes);  // unbounded below
  return IndicatorValue{
      {100 * (now.value.lo / prev.value.hi - 1), 100 * (now.value.hi / prev.value.lo - 1)}, base, Reason::none, notes};
}

}  // namespace

std::string_view indicator_name(Indicator i) {
  return kIndicatorNames[static_cast<std::size_t>(i)];
}

bool indicator_from_name(std::string_view name, Indicator& out) {
  for (std::size_t i = 0; i < kIndicatorCount; ++i) {
    if (kIndicatorNames[i] == name) {
      out = static_cast<Indicator>(i);
      return true;
    }
  }
  return false;
}

std::string_view reason_name(Reason r) {
  switch (r) {
    case Reason::none:
      return "none";
    case Reason::no_data:
      return "no_data";
    case Reason::not_possible:
      return "not_possible";
    case Reason::no_previous_year:
      return "no_previous_year";
    case Reason::zero_base:
      return "zero_base";
    case Reason::too_few_cases:
      return "too_few_cases";
    case Reason::suppressed_ambiguous:
      return "suppressed_ambiguous";
    case Reason::not_in_table:
      return "not_in_table";
    case Reason::level_not_rated:
      return "level_not_rated";
    case Reason::too_few_indicators:
      return "too_few_indicators";
  }
  return "unknown";
}

std::string_view reason_text_de(Reason r) {
  switch (r) {
    case Reason::none:
      return "";
    case Reason::no_data:
      return "Keine Daten geliefert";
    case Reason::not_possible:
      return "Aussage nicht möglich (X)";
    case Reason::no_previous_year:
      return "Vergleichsjahr fehlt";
    case Reason::zero_base:
      return "Keine Fälle in der Bezugsgröße";
    case Reason::too_few_cases:
      return "Zu wenige Fälle für eine belastbare Aussage";
    case Reason::suppressed_ambiguous:
      return "Geheimgehaltene Werte (*) lassen keine eindeutige Bewertung zu";
    case Reason::not_in_table:
      return "Indikator wird in dieser Schwellentabelle nicht verwendet";
    case Reason::level_not_rated:
      return "Helfertätigkeiten werden nicht bewertet";
    case Reason::too_few_indicators:
      return "Zu wenige bewertbare Indikatoren";
  }
  return "";
}

IndicatorSet compute_indicators(const IndicatorInputs& in) {
  IndicatorSet out;
  const BaseCube& now = *in.now;
  const Selection sel{in.kreise, in.occupations, in.level};
  auto s = [&](Quantity q) { return sum(now, q, sel, in.strict_suppressed); };
  const Aggregate employees = s(Quantity::employees);
  const Aggregate unemployed = s(Quantity::unemployed);
  const Aggregate vacancies = s(Quantity::vacancies_stock);

  {
    Aggregate m = median(now, Quantity::vacancy_duration_median, Quantity::vacancies_completed, sel, in.vacancy_sigma,
                         in.max_unknown_share);
    if (auto r = reason_of(m); r != Reason::none) {
      out[0] = failed(r, m.notes);
    } else {
      out[0] = IndicatorValue{m.value, s(Quantity::vacancies_completed).value.lo, Reason::none, m.notes};
    }
  }
  out[1] = ratio(s(Quantity::job_seekers), vacancies);
  {
    const Selection alq_sel{in.kreise, in.alq_occupations, in.level};
    out[2] = quota(sum(now, Quantity::unemployed, alq_sel, in.strict_suppressed),
                   sum(now, Quantity::employees, alq_sel, in.strict_suppressed));
  }
  out[4] = ratio(s(Quantity::exits_unemployment), unemployed);
  out[6] = ratio(unemployed, vacancies);
  out[8] = ratio(s(Quantity::apprenticeships_unfilled), s(Quantity::apprenticeships_reported));
  out[9] = ratio(s(Quantity::graduates), employees);

  if (in.previous == nullptr) {
    for (Indicator i : {Indicator::auslaender, Indicator::entgelt, Indicator::risk_60plus}) {
      out[static_cast<std::size_t>(i)] = failed(Reason::no_previous_year);
    }
    return out;
  }
  const BaseCube& prev = *in.previous;
  auto p = [&](Quantity q) { return sum(prev, q, sel, in.strict_suppressed); };
  const Aggregate employees_prev = p(Quantity::employees);
  out[3] = share_change(s(Quantity::employees_foreign), employees, p(Quantity::employees_foreign), employees_prev);
  out[7] = share_change(s(Quantity::employees_60plus), employees, p(Quantity::employees_60plus), employees_prev);
  {
    Aggregate w_now = s(Quantity::wage_employees);
    Aggregate w_prev = p(Quantity::wage_employees);
    out[5] = median_change(
        median(now, Quantity::median_wage, Quantity::wage_employees, sel, in.wage_sigma, in.max_unknown_share),
        median(prev, Quantity::median_wage, Quantity::wage_employees, sel, in.wage_sigma, in.max_unknown_share),
        std::min(w_now.value.lo, w_prev.value.lo));
  }
  return out;
}

}  // namespace fw::monitor

#include "engine/monitor/engpass.hpp"

#include <limits>
#include <numeric>

namespace fw::monitor {

std::string_view class_name(EngpassClass c) {
  switch (c) {
    case EngpassClass::engpass:
      return "engpass";
    case EngpassClass::beobachtung:
      return "beobachtung";
    case EngpassClass::kein_engpass:
      return "kein_engpass";
    case EngpassClass::nicht_bewertbar:
      return "nicht_bewertbar";
  }
  return "nicht_bewertbar";
}

std::string_view class_text_de(EngpassClass c) {
  switch (c) {
    case EngpassClass::engpass:
      return "Engpassberuf";
    case EngpassClass::beobachtung:
      return "unter Beobachtung";
    case EngpassClass::kein_engpass:
      return "kein Engpass";
    case EngpassClass::nicht_bewertbar:
      return "nicht bewertbar";
  }
  return "nicht bewertbar";
}

struct EngpassScorer::Context {
  const BaseCube* now = nullptr;
  const BaseCube* previous = nullptr;
  std::span<const int> kreise;
  bool national = false;
  // The same indicators over all occupations and levels of the region, for ratio_to_all rows.
  IndicatorSet all{};
};

EngpassScorer::EngpassScorer(const BaseDataset& data, const ThresholdTable& table, ScoringOptions options)
    : data_(data), table_(table), options_(options) {}

Result<EngpassScorer::Context> EngpassScorer::context(std::span<const int> kreise, bool national, int year) const {
  const ScoringOptions& o = options_;
  if (o.change_years < 1 || o.change_years > 10) {
    return fail(ErrorCode::invalid_argument, "monitor.bad_options", "options.change_years",
                std::to_string(o.change_years));
  }
  if (!(o.wage_sigma > 0 && o.wage_sigma < 5) || !(o.vacancy_sigma > 0 && o.vacancy_sigma < 5)) {
    return fail(ErrorCode::invalid_argument, "monitor.bad_options", "options.sigma", "must lie in (0, 5)");
  }
  if (!(o.max_withheld_share >= 0 && o.max_withheld_share < 0.5)) {
    return fail(ErrorCode::invalid_argument, "monitor.bad_options", "options.max_withheld_share",
                "must lie in [0, 0.5)");
  }
  Context ctx;
  ctx.now = data_.find(year);
  if (ctx.now == nullptr) return fail(ErrorCode::not_found, "monitor.no_period", "year", std::to_string(year));
  for (int k : kreise) {
    // Regions are resolved against a Reference; the dataset must cover the same Kreise.
    if (k < 0 || static_cast<std::size_t>(k) >= ctx.now->kreise()) {
      return fail(ErrorCode::not_found, "monitor.unknown_region", "region", std::to_string(k));
    }
  }
  ctx.previous = data_.find(year - options_.change_years);
  ctx.kreise = kreise;
  ctx.national = national;
  if (table_.uses_ratio_to_all()) {
    std::vector<std::size_t> all(ctx.now->occupations().size());
    std::iota(all.begin(), all.end(), std::size_t{0});
    ctx.all = compute_indicators({ctx.now, ctx.previous, kreise, all, all, 0, options_.wage_sigma,
                                  options_.vacancy_sigma, options_.max_withheld_share, options_.strict_suppressed});
  }
  return ctx;
}

UnitScore EngpassScorer::score_unit(const Context& ctx, std::string occupation, std::span<const std::size_t> occs,
                                    std::span<const std::size_t> alq_occs, int level) const {
  UnitScore u;
  u.occupation = std::move(occupation);
  u.level = level;
  const IndicatorSet raw =
      compute_indicators({ctx.now, ctx.previous, ctx.kreise, occs, alq_occs, level, options_.wage_sigma,
                          options_.vacancy_sigma, options_.max_withheld_share, options_.strict_suppressed});
  int points = 0, risk_points = 0;
  for (std::size_t i = 0; i < kIndicatorCount; ++i) {
    IndicatorScore& s = u.indicators[i];
    s.raw = raw[i];
    const ThresholdRow* row = table_.row(static_cast<Indicator>(i), ctx.national);
    if (row == nullptr) continue;  // reason stays not_in_table; the value is still shown
    u.notes |= raw[i].notes;
    if (!raw[i].ok()) {
      s.reason = raw[i].reason;
      continue;
    }
    if (raw[i].base < row->min_base) {
      s.reason = Reason::too_few_cases;
      continue;
    }
    s.scored = raw[i].value;
    if (row->basis == Basis::ratio_to_all) {
      const IndicatorValue& ref = ctx.all[i];
      if (!ref.ok()) {
        s.reason = ref.reason;
        continue;
      }
      if (ref.value.lo <= 0) {
        s.reason = Reason::zero_base;
        continue;
      }
      s.scored = {raw[i].value.lo / ref.value.hi, raw[i].value.hi / ref.value.lo};
    }
    const int lo = ThresholdTable::score(*row, s.scored.lo);
    const int hi = ThresholdTable::score(*row, s.scored.hi);
    if (lo != hi) {
      s.reason = Reason::suppressed_ambiguous;
      continue;
    }  // the bounds straddle a cut
    s.points = lo;
    s.reason = Reason::none;
    if (row->risk) {
      risk_points += lo;
      ++u.risk_assessed;
    } else {
      points += lo;
      ++u.assessed;
    }
  }
  if (level == 1 && !options_.rate_helfer) {
    u.reason = u.risk_reason = Reason::level_not_rated;
    return u;
  }
  const int min_main = options_.min_indicators.value_or(table_.min_indicators());
  const int min_risk = options_.min_risk_indicators.value_or(table_.min_risk_indicators());
  if (u.assessed >= min_main && u.assessed > 0) {
    const double mean = static_cast<double>(points) / u.assessed;
    u.score = mean;
    u.cls = mean >= table_.engpass_from()       ? EngpassClass::engpass
            : mean >= table_.beobachtung_from() ? EngpassClass::beobachtung
                                                : EngpassClass::kein_engpass;
  } else {
    u.reason = Reason::too_few_indicators;
  }
  if (u.risk_assessed >= min_risk && u.risk_assessed > 0) {
    u.risk_score = static_cast<double>(risk_points) / u.risk_assessed;
  } else {
    u.risk_reason = Reason::too_few_indicators;
  }
  return u;
}

Result<UnitScore> EngpassScorer::score(const Region& region, int year, std::string_view occupation, int level) const {
  if (level < 1 || level > kLevels) {
    return fail(ErrorCode::invalid_argument, "monitor.bad_level", "level", std::to_string(level));
  }
  auto ctx = FW_TRY(context(region.kreise, region.national, year));
  auto occs = FW_TRY(occupations_under(*ctx.now, occupation));
  // The BA unemployment rate exists only for 3-digit groups; finer codes take their group's.
  auto alq = occupation.size() > 3 ? FW_TRY(occupations_under(*ctx.now, occupation.substr(0, 3))) : occs;
  return score_unit(ctx, std::string(occupation), occs, alq, level);
}

Result<std::vector<UnitScore>> EngpassScorer::score_all(const Region& region, int year) const {
  auto ctx = FW_TRY(context(region.kreise, region.national, year));
  const auto& codes = ctx.now->occupations();
  std::vector<UnitScore> out;
  out.reserve(codes.size() * kLevels);
  for (std::size_t o = 0; o < codes.size(); ++o) {
    auto alq =
        codes[o].size() > 3 ? FW_TRY(occupations_under(*ctx.now, codes[o].substr(0, 3))) : std::vector<std::size_t>{o};
    for (int level = 1; level <= kLevels; ++level) {
      out.push_back(score_unit(ctx, codes[o], std::span<const std::size_t>(&o, 1), alq, level));
    }
  }
  return out;
}

CompactScore compact(const UnitScore& u) {
  CompactScore c;
  c.score = u.score ? static_cast<float>(*u.score) : std::numeric_limits<float>::quiet_NaN();
  c.risk_score = u.risk_score ? static_cast<float>(*u.risk_score) : std::numeric_limits<float>::quiet_NaN();
  c.cls = u.cls;
  c.reason = u.reason;
  for (std::size_t i = 0; i < kIndicatorCount; ++i) {
    c.points[i] = static_cast<std::int8_t>(u.indicators[i].points);
    c.reasons[i] = u.indicators[i].reason;
  }
  return c;
}

Result<std::vector<CompactScore>> EngpassScorer::score_each_kreis(int year) const {
  const BaseCube* now = data_.find(year);
  if (now == nullptr) return fail(ErrorCode::not_found, "monitor.no_period", "year", std::to_string(year));
  const auto& codes = now->occupations();
  std::vector<std::vector<std::size_t>> alq(codes.size());
  for (std::size_t o = 0; o < codes.size(); ++o) {
    alq[o] = codes[o].size() > 3 ? FW_TRY(occupations_under(*now, codes[o].substr(0, 3))) : std::vector<std::size_t>{o};
  }
  std::vector<CompactScore> out;
  out.reserve(now->kreise() * codes.size() * kLevels);
  const bool national = now->kreise() == 1;
  for (std::size_t k = 0; k < now->kreise(); ++k) {
    const int kreis = static_cast<int>(k);
    auto ctx = FW_TRY(context(std::span<const int>(&kreis, 1), national, year));
    for (std::size_t o = 0; o < codes.size(); ++o) {
      for (int level = 1; level <= kLevels; ++level) {
        out.push_back(compact(score_unit(ctx, codes[o], std::span<const std::size_t>(&o, 1), alq[o], level)));
      }
    }
  }
  return out;
}

}  // namespace fw::monitor

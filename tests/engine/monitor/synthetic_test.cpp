// The synthetic national dataset, calibration on history and the binary exchange file.
#include "engine/monitor/synthetic.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>

#include "engine/monitor/calibration.hpp"
#include "engine/monitor/engpass.hpp"
#include "engine/monitor/projection_io.hpp"
#include "fixtures.hpp"

namespace fw::monitor {
namespace {

// The real reference, cut to its first `n` Kreise to keep tests quick where the nation is not needed.
Reference reference(std::size_t n = 401) {
  Reference full = Reference::load(test::data_dir()).value();
  std::vector<Kreis> kreise(full.kreise().begin(), full.kreise().begin() + static_cast<std::ptrdiff_t>(n));
  return Reference::from(std::move(kreise), full.groups());
}

TEST(MonitorSynthetic, IsDeterministicAndLabelledSynthetic) {
  const Reference ref = reference(6);
  const SyntheticWorld w = make_world(ref);
  const BaseDataset a = synthetic_base(w, 2024, 2025);
  const BaseDataset b = synthetic_base(make_world(ref), 2024, 2025);
  EXPECT_EQ(a.periods(), (std::vector<int>{2024, 2025}));
  const BaseCube& ca = *a.find(2025);
  const BaseCube& cb = *b.find(2025);
  for (std::size_t c = 0; c < ca.cells(); c += 97) {
    EXPECT_EQ(ca.value(Quantity::employees, c), cb.value(Quantity::employees, c));
    EXPECT_TRUE(ca.notes(Quantity::employees, c) & kNoteSynthetic);
  }
  for (const auto& s : a.sources()) {
    EXPECT_TRUE(s.synthetic);
    EXPECT_NE(s.name.find("SYNTHETISCH"), std::string::npos);
  }
  const BaseDataset other_seed = synthetic_base(make_world(ref, {.seed = 7}), 2025, 2025);
  EXPECT_NE(other_seed.find(2025)->value(Quantity::employees, 5), ca.value(Quantity::employees, 5));
}

TEST(MonitorSynthetic, NationalFiguresArePlausible) {
  const Reference ref = reference();
  const SyntheticWorld w = make_world(ref);
  const BaseDataset d = synthetic_base(w, 2025, 2025);
  const BaseCube& c = *d.find(2025);
  std::vector<int> all(401);
  for (int k = 0; k < 401; ++k) all[static_cast<std::size_t>(k)] = k;
  std::vector<std::size_t> occ(144);
  for (std::size_t o = 0; o < 144; ++o) occ[o] = o;
  auto total = [&](Quantity q) { return sum(c, q, {all, occ, 0}).value.lo; };
  const double employees = total(Quantity::employees), unemployed = total(Quantity::unemployed);
  EXPECT_GT(employees, 35e6);  // Germany: about 34–35 million SV-Beschäftigte
  EXPECT_LT(employees, 48e6);
  const double rate = unemployed / (unemployed + employees);
  EXPECT_GT(rate, 0.03);
  EXPECT_LT(rate, 0.10);
  EXPECT_GT(total(Quantity::vacancies_stock) / employees, 0.01);
  EXPECT_LT(total(Quantity::vacancies_stock) / employees, 0.05);
  // Scaled by real population: Berlin has more than Bremerhaven, per head about the same.
  const auto berlin = static_cast<int>(*ref.kreis_index("11000")), bhv = static_cast<int>(*ref.kreis_index("04012"));
  auto people = [&](int k) {
    const int one[] = {k};
    return sum(c, Quantity::employees, {one, occ, 0}).value.lo + sum(c, Quantity::unemployed, {one, occ, 0}).value.lo;
  };
  const double per_head_berlin =
      people(berlin) / static_cast<double>(ref.kreise()[static_cast<std::size_t>(berlin)].population);
  const double per_head_bhv = people(bhv) / static_cast<double>(ref.kreise()[static_cast<std::size_t>(bhv)].population);
  EXPECT_NEAR(per_head_berlin, 0.52, 0.05);
  EXPECT_NEAR(per_head_bhv, 0.52, 0.05);
}

TEST(MonitorSynthetic, KnownShortagesScoreHigherNationally) {
  const Reference ref = reference();
  const BaseDataset d = synthetic_base(make_world(ref), 2024, 2025);
  const auto t = ThresholdTable::load(test::data_dir() + "/monitor/engpass_thresholds_2020.csv").value();
  EngpassScorer scorer(d, t);
  const Region de = resolve_region(ref, "de").value();
  const UnitScore care = scorer.score(de, 2025, "821", 2).value();    // Altenpflege
  const UnitScore office = scorer.score(de, 2025, "714", 2).value();  // Büro und Sekretariat
  ASSERT_TRUE(care.score && office.score);
  EXPECT_GT(*care.score, *office.score);
  EXPECT_TRUE(care.notes & kNoteSynthetic);
  // Germany at 3 digits from Kreis cells: about 70 % of the Fachkraft/Spezialist/Experte units
  // can be assessed; the rest are small occupations whose Kreis cells are mostly withheld.
  const auto all = scorer.score_all(de, 2025).value();
  int rated = 0, candidates = 0;
  for (const auto& u : all) {
    if (u.level == 1) continue;
    ++candidates;
    rated += u.score.has_value();
  }
  EXPECT_GT(rated, candidates * 3 / 5);
}

TEST(MonitorSynthetic, ProjectionStockMatchesTheBaseCube) {
  const Reference ref = reference(5);
  const SyntheticWorld w = make_world(ref);
  auto in = synthetic_projection(w);
  ASSERT_TRUE(in) << in.error().field << " " << in.error().detail;
  EXPECT_TRUE(in->synthetic);
  EXPECT_EQ(in->base_year, 2025);
  EXPECT_EQ(in->growth_years, 15);
  const BaseDataset d = synthetic_base(w, 2025, 2025);
  const BaseCube& c = *d.find(2025);
  for (std::size_t r = 0; r < in->rows(); r += 37) {
    const std::size_t k = r / in->rows_per_kreis(), g = (r / kLevels) % 144;
    const int level = static_cast<int>(r % kLevels) + 1;
    double stock = 0;
    for (std::size_t a = 0; a < kAges; ++a) stock += in->stock[r * kAges + a];
    const std::size_t cell = c.cell(k, g, level);
    // Suppressed cells hold 1 or 2 persons that the cube does not publish.
    auto published = [&](Quantity q) { return c.status(q, cell) == Status::suppressed ? -1.0 : c.value(q, cell); };
    if (published(Quantity::employees) < 0 || published(Quantity::unemployed) < 0) continue;
    EXPECT_NEAR(stock, published(Quantity::employees) + published(Quantity::unemployed), 1e-6) << r;
  }
}

TEST(MonitorSynthetic, CalibrationRecoversExitRatesFromHistory) {
  // Two cells, five years, simulated with known rates and inflows, no noise.
  AgeHistory h{2020, 5, 2, {}, {}};
  const AgeCurve mort = default_mortality();
  std::vector<double> q(2 * kAges);
  for (std::size_t c = 0; c < 2; ++c) {
    for (std::size_t a = 0; a < kAges; ++a)
      q[c * kAges + a] = mort[a] + 0.01 * static_cast<double>(c + 1) + (a > 45 ? 0.2 : 0.0);
  }
  h.stock.assign(5 * 2 * kAges, 0.0);
  h.inflow.assign(4 * 2 * kAges, 0.0);
  for (std::size_t c = 0; c < 2; ++c) {
    for (std::size_t a = 0; a < kAges; ++a) h.stock[c * kAges + a] = 1000.0 + 10.0 * static_cast<double>(a);
  }
  for (std::size_t y = 0; y < 4; ++y) {
    for (std::size_t c = 0; c < 2; ++c) {
      const double* now = &h.stock[(y * 2 + c) * kAges];
      double* next = &h.stock[((y + 1) * 2 + c) * kAges];
      double* in = &h.inflow[(y * 2 + c) * kAges];
      for (std::size_t a = 0; a < kAges; ++a) in[a] = a < 10 ? 50.0 : 0.0;
      next[0] = in[0];
      for (std::size_t a = 1; a < kAges; ++a) next[a] = now[a - 1] * (1 - q[c * kAges + a - 1]) + in[a];
    }
  }
  auto cal = calibrate_exit_rates(h, mort);
  ASSERT_TRUE(cal);
  EXPECT_EQ(cal->fallback_cells, 0);
  for (std::size_t c = 0; c < 2; ++c) {
    for (std::size_t a = 0; a + 1 < kAges; ++a) {
      EXPECT_NEAR(cal->retirement[c * kAges + a], q[c * kAges + a] - mort[a], 1e-12) << c << " " << a;
    }
  }
  h.inflow.pop_back();
  EXPECT_EQ(calibrate_exit_rates(h, mort).error().field, "inflow");
}

TEST(MonitorSynthetic, ExchangeFileRoundTrips) {
  const ProjectionInput in = synthetic_projection(make_world(reference(3))).value();
  const std::string path = ::testing::TempDir() + "monitor_input.bin";
  ASSERT_TRUE(write_projection_input(in, path));
  auto back = read_projection_input(path);
  ASSERT_TRUE(back) << back.error().detail;
  EXPECT_EQ(back->kreise, in.kreise);
  EXPECT_EQ(back->groups, in.groups);
  EXPECT_EQ(back->stock, in.stock);
  EXPECT_EQ(back->growth, in.growth);
  EXPECT_TRUE(back->synthetic);
  {
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f << "NOTAFILE and then some";
  }
  auto bad = read_projection_input(path);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().key, "monitor.bad_file");
  std::remove(path.c_str());
  EXPECT_EQ(read_projection_input(path).error().code, ErrorCode::not_found);
}

}  // namespace
}  // namespace fw::monitor

// The commute model: exact values of the formula, the grid spans, the travel matrix.
#include "engine/match/commute.hpp"

#include <gtest/gtest.h>

#include "engine/match/generate.hpp"
#include "test_data.hpp"

namespace fw::match {
namespace {

const Place& place(const char* name) {
  for (const auto& p : test::places().all())
    if (p.name == name) return p;
  throw std::runtime_error(name);
}

TEST(MatchCommute, FormulaByHand) {
  // One degree of latitude: d = 6371.0088 × π / 180 = 111.19508023 km;
  // car 5 + 78 × d / 60 = 149.5536 min, public transport 5 + 78 × d / 25, bike 5 + 78 × d / 15.
  const double d = great_circle_km(to_vec3(48.0, 10.0), to_vec3(49.0, 10.0));
  EXPECT_NEAR(d, 111.1950802335329, 1e-9);
  EXPECT_NEAR(default_minutes(d, Mode::car), 149.55360430359278, 1e-9);
  EXPECT_NEAR(default_minutes(d, Mode::pt), 351.92865032862267, 1e-9);
  EXPECT_NEAR(default_minutes(d, Mode::bike), 583.2144172143711, 1e-9);
  // Aalen (48.83777, 10.09330) → Heidenheim (48.67798, 10.15162): haversine 18.2749 km,
  // car 5 + 1.3 × 18.2749 = 28.757 min, pt 62.018 min, bike 100.030 min.
  const Place& aalen = place("Aalen");
  const Place& heidenheim = place("Heidenheim an der Brenz");
  const double km = great_circle_km(aalen.p, heidenheim.p);
  EXPECT_NEAR(km, 18.274941968138474, 1e-9);
  EXPECT_NEAR(km, haversine_km(aalen.lat, aalen.lon, heidenheim.lat, heidenheim.lon), 1e-9);
  EXPECT_NEAR(default_minutes(km, Mode::car), 28.757424558580016, 1e-9);
  EXPECT_NEAR(default_minutes(km, Mode::pt), 62.01781894059204, 1e-9);
  EXPECT_NEAR(default_minutes(km, Mode::bike), 100.02969823432007, 1e-9);
  EXPECT_DOUBLE_EQ(default_minutes(0, Mode::car), 5.0);
  EXPECT_NEAR(default_radius_km(45, Mode::car), 40.0 * 60 / 78, 1e-12);
}

TEST(MatchCommute, ReachDecidesLikeTheFormula) {
  const CommuteModel model;
  Rng rng(7);
  for (int i = 0; i < 20000; ++i) {
    const Mode mode = static_cast<Mode>(rng.below(3));
    const double limit = 240 * rng.uniform();
    const Reach r = model.reach(mode, limit, 0);
    // Points around the border of the limit, and some exactly on it.
    const double border = std::max(0.0, default_radius_km(limit, mode));
    const double km = i % 10 == 0 ? border : border * (0.99 + 0.02 * rng.uniform());
    const double c2 = chord2_from_km(km);
    EXPECT_EQ(model.within(0, 0, c2, r), model.minutes(0, 0, c2, mode) <= limit) << km << " " << limit;
  }
}

TEST(MatchCommute, GridSpanHoldsEveryPointInRadius) {
  Rng rng(11);
  for (int i = 0; i < 5000; ++i) {
    const double lat = 47.3 + 7.7 * rng.uniform(), lon = 5.9 + 9.1 * rng.uniform(), r = 60 * rng.uniform();
    const double lat2 = lat + (rng.uniform() - 0.5) * 1.5, lon2 = lon + (rng.uniform() - 0.5) * 2.0;
    if (!in_germany(lat2, lon2) || haversine_km(lat, lon, lat2, lon2) > r) continue;
    const auto s = Grid::span(lat, lon, r);
    EXPECT_TRUE(Grid::row_of(lat2) >= s.row0 && Grid::row_of(lat2) <= s.row1);
    EXPECT_TRUE(Grid::col_of(lon2) >= s.col0 && Grid::col_of(lon2) <= s.col1);
  }
}

TEST(MatchCommute, NearestPlace) {
  const auto& places = test::places();
  const Place& aalen = place("Aalen");
  EXPECT_EQ(places[places.nearest(aalen.p, aalen.lat, aalen.lon)].id, aalen.id);
  // A point in the North Sea is still snapped to some coastal place.
  const Vec3 sea = to_vec3(54.9, 6.0);
  EXPECT_LT(places.nearest(sea, 54.9, 6.0), places.size());
}

TEST(MatchMatrix, OverridesCoveredPairsOnly) {
  const auto& places = test::places();
  const Place& aalen = place("Aalen");
  const Place& heidenheim = place("Heidenheim an der Brenz");
  const std::string csv = "from_ags;to_ags;mode;minutes\r\n08136088;08135019;pt;35,5\n08136088;08135019;car;21\n";
  const auto m = parse_travel_matrix(csv, "matrix.csv", places);
  ASSERT_TRUE(m) << m.error().field;
  EXPECT_EQ(m->size(), 2u);
  const CommuteModel model(&*m);
  const double c2 = chord2(aalen.p, heidenheim.p);
  EXPECT_DOUBLE_EQ(model.minutes(aalen.gemeinde, heidenheim.gemeinde, c2, Mode::pt), 35.5);
  EXPECT_DOUBLE_EQ(model.minutes(aalen.gemeinde, heidenheim.gemeinde, c2, Mode::car), 21.0);
  EXPECT_NEAR(model.minutes(aalen.gemeinde, heidenheim.gemeinde, c2, Mode::bike), 100.02969823432007, 1e-9);
  // Directional: the way back is not covered.
  EXPECT_NEAR(model.minutes(heidenheim.gemeinde, aalen.gemeinde, c2, Mode::pt), 62.01781894059204, 1e-9);
  // The row widens the search radius: pt 40 min by formula reaches only 13.5 km.
  EXPECT_GT(model.radius_km(Mode::pt, 40, 0), 18.0);
  EXPECT_LT(CommuteModel().radius_km(Mode::pt, 40, 0), 14.0);
  EXPECT_TRUE(model.within(aalen.gemeinde, heidenheim.gemeinde, c2, model.reach(Mode::pt, 40, 0)));
  EXPECT_FALSE(model.within(aalen.gemeinde, heidenheim.gemeinde, c2, model.reach(Mode::car, 20, 0)));
}

TEST(MatchMatrix, ErrorsNameLineAndColumn) {
  const auto& places = test::places();
  struct Case {
    const char* csv;
    const char* field;
  };
  const Case cases[] = {
      {"from;to;mode;minutes\n", "m.csv:1:header"},
      {"from_ags;to_ags;mode;minutes\n08136088;08135019;car;20\n99999999;08135019;car;20\n", "m.csv:3:from_ags"},
      {"from_ags;to_ags;mode;minutes\n08136088;0813501;car;20\n", "m.csv:2:to_ags"},
      {"from_ags;to_ags;mode;minutes\n08136088;08135019;train;20\n", "m.csv:2:mode"},
      {"from_ags;to_ags;mode;minutes\n08136088;08135019;car;-3\n", "m.csv:2:minutes"},
      {"from_ags;to_ags;mode;minutes\n08136088;08135019;car;20 min\n", "m.csv:2:minutes"},
      {"from_ags;to_ags;mode;minutes\n08136088;08135019;car\n", "m.csv:2:line"},
      {"from_ags;to_ags;mode;minutes\n08136088;08135019;car;20\n\n08136088;08135019;car;25\n", "m.csv:4:from_ags"},
  };
  for (const auto& c : cases) {
    const auto m = parse_travel_matrix(c.csv, "m.csv", places);
    ASSERT_FALSE(m) << c.csv;
    EXPECT_EQ(m.error().key, "match.matrix_malformed") << c.csv;
    EXPECT_EQ(m.error().field, c.field) << c.csv;
  }
  EXPECT_FALSE(load_travel_matrix("/nonexistent/matrix.csv", places));
}

TEST(MatchPlaces, ReferenceDataLoads) {
  const auto& places = test::places();
  EXPECT_EQ(places.size(), 11522u);  // every row has its AGS (Vegesack completed, data/SOURCES.md)
  EXPECT_EQ(places.kreis_ags().size(), 400u);
  EXPECT_EQ(places.gemeinde_ags().size(), 9814u);
  const Place& aalen = place("Aalen");
  EXPECT_EQ(aalen.gemeinde_ags, "08136088");
  EXPECT_EQ(places.kreis_ags()[aalen.kreis], "08136");
  const auto bad = parse_places(
      "geonames_id,name,lat,lon,kreis_ags,gemeinde_ags\n1,X,48.1,9.1,08136,08136088\n2,Y,48.1,x,08136,08136088\n",
      "p.csv");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "p.csv:3:lon");
  const auto missing = parse_places("geonames_id,name,lat,lon,kreis_ags\n", "p.csv");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().field, "p.csv:1:gemeinde_ags");
}

}  // namespace
}  // namespace fw::match

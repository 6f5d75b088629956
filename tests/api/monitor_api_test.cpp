// The monitor API: bottleneck scores for a Kreis, a Land and a network region from imported
// base quantities, agreement with imported BA results, projections and "today and tomorrow"
// from the synthetic demo data, scenarios, and the errors for absurd input.
#include <gtest/gtest.h>

#include <map>

#include "api/harness.hpp"
#include "service/monitor/demo_monitor.hpp"

namespace {
namespace bj = boost::json;
using fw::http::Method;
using fw::testing::Harness;
using fw::testing::Session;

class MonitorApiTest : public ::testing::TestWithParam<std::string> {};

// Hamburg (02000, a Land of one Kreis) in 2023 and 2024. 263 Fachkraft (electrical
// engineering) shows every sign of a shortage, 714 Fachkraft (office) none, far from every
// cut-off of the 2020 table:
//   vakanzzeit  200 vs 40 days, ratio to all ≈ 2.2 / 0.45      → 3 / 0
//   asr         50 / 2000 job seekers per 100 vacancies        → 3 / 0
//   alq         30/3030 ≈ 1 % / 800/5800 ≈ 14 %               → 3 / 0
//   auslaender  8 % → 10 % (+2 pp) / 10 % → 10 %              → 3 / 0
//   abgangsrate 40/30 ≈ 133 % / 200/800 = 25 %                 → 3 / 0
//   entgelt     3800 → 4000 (+5.3 %) / 3000 → 3000             → 3 / 0
std::string hamburg_csv() {
  struct Cell {
    const char* quantity;
    double a2023, a2024, b2023, b2024;  // 263, 714
  };
  const Cell cells[] = {
      {"employees", 3000, 3000, 5000, 5000},
      {"employees_foreign", 240, 300, 500, 500},
      {"unemployed", 30, 30, 800, 800},
      {"job_seekers", 50, 50, 2000, 2000},
      {"vacancies_stock", 100, 100, 100, 100},
      {"vacancies_completed", 100, 100, 100, 100},
      {"vacancy_duration_median", 200, 200, 40, 40},
      {"exits_unemployment", 40, 40, 200, 200},
      {"wage_employees", 2000, 2000, 3000, 3000},
      {"median_wage", 3800, 4000, 3000, 3000},
  };
  std::string out = "region;kldb;level;period;quantity;value;source;reference_date;retrieval_date\n";
  for (const auto& c : cells) {
    for (int year : {2023, 2024}) {
      const double a = year == 2023 ? c.a2023 : c.a2024, b = year == 2023 ? c.b2023 : c.b2024;
      out += "02000;263;2;" + std::to_string(year) + ";" + c.quantity + ";" + std::to_string(static_cast<int>(a)) +
             ";Statistik der BA (Testdaten);" + std::to_string(year) + "-06-30;2025-01-15\n";
      out += "02000;714;2;" + std::to_string(year) + ";" + c.quantity + ";" + std::to_string(static_cast<int>(b)) +
             ";Statistik der BA (Testdaten);" + std::to_string(year) + "-06-30;2025-01-15\n";
    }
  }
  // The vacancy duration is scored relative to all occupations and levels of the region, so
  // every level needs a duration; the other levels sit at the geometric middle (≈ 89 days).
  for (const char* kldb : {"263", "714"}) {
    for (int level : {1, 3, 4}) {
      for (int year : {2023, 2024}) {
        const std::string head = std::string("02000;") + kldb + ";" + std::to_string(level) + ";" + std::to_string(year);
        const std::string tail = ";Statistik der BA (Testdaten);" + std::to_string(year) + "-06-30;2025-01-15\n";
        out += head + ";vacancies_completed;10" + tail;
        out += head + ";vacancy_duration_median;89" + tail;
      }
    }
  }
  return out;
}

// What the BA published for Hamburg in this made-up year.
constexpr const char* kBaCsv =
    "jahr;beruf_schlüssel;beruf;anforderung_id;anforderung;bundesland_id;region;wert_ges;kl_vakanz;vakanz;kl_asr;asr;"
    "kl_aquote;aquote;kl_zuw;zuw;kl_aba;aba;kl_entgl;entgl;kategorie\n"
    "2024;263;Elektrotechnik;2;Fachkraft;02;Hamburg;3,0;3;200;3;50;3;1,0;3;2,0;3;133,3;3;5,3;Engpassberuf\n"
    "2024;714;Büro und Sekretariat;2;Fachkraft;02;Hamburg;0,0;0;40;0;2000;0;13,8;0;0,0;0;25,0;0;0,0;kein Engpass\n";

Session admin(Harness& h) {
  h.add_user("admin@example.org", true);
  return h.login("admin@example.org");
}

void import(Harness& h, const Session& s, const char* kind, const std::string& content) {
  auto r = h.post("/api/v1/monitor/imports", bj::object{{"kind", kind}, {"file_name", "test.csv"}, {"content", content}},
                  {.session = s});
  ASSERT_EQ(r.status, 201) << r.body;
}

std::map<std::string, bj::object> by_unit(const bj::value& body) {
  std::map<std::string, bj::object> out;
  for (const auto& v : body.at("items").as_array()) {
    out[std::string(v.at("occupation").as_string()) + "/" + std::to_string(v.at("level").as_int64())] = v.as_object();
  }
  return out;
}

TEST_P(MonitorApiTest, EngpassForKreisLandAndNetworkAgreesWithTheBa) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  EXPECT_EQ(h.get("/api/v1/monitor/engpass?region=02000").status, 400) << "no data loaded yet";
  EXPECT_EQ(h.get("/api/v1/monitor/engpass?region=02000").error_field(), "region");
  const auto s = admin(h);
  import(h, s, "monitor-long", hamburg_csv());
  import(h, s, "engpass", kBaCsv);

  auto net = h.post("/api/v1/networks", bj::object{{"name", "Hamburger Netzwerk"}, {"kreise", bj::array{"02000"}}},
                    {.session = s});
  ASSERT_EQ(net.status, 201) << net.body;
  const auto net_id = net.json().at("network").at("id").as_int64();

  for (const std::string& region : std::vector<std::string>{"02000", "land:02", "network:" + std::to_string(net_id)}) {
    auto r = h.get("/api/v1/monitor/engpass?region=" + region);
    ASSERT_EQ(r.status, 200) << region << " " << r.body;
    const auto body = r.json();
    EXPECT_EQ(body.at("year").as_int64(), 2024) << "the latest year by default";
    EXPECT_FALSE(body.at("synthetic").as_bool());
    EXPECT_EQ(body.at("sources").at(0).at("name").as_string(), "Statistik der BA (Testdaten)");
    auto units = by_unit(body);
    ASSERT_EQ(units.size(), 8u) << "2 groups × 4 levels";
    const auto& shortage = units.at("263/2");
    EXPECT_EQ(shortage.at("class").as_string(), "engpass") << region;
    EXPECT_EQ(shortage.at("class_text").as_string(), "Engpassberuf");
    EXPECT_DOUBLE_EQ(shortage.at("score").as_double(), 3.0);
    ASSERT_EQ(shortage.at("indicators").as_array().size(), 6u);
    for (const auto& ind : shortage.at("indicators").as_array()) EXPECT_EQ(ind.at("points").as_int64(), 3) << ind;
    EXPECT_EQ(units.at("714/2").at("class").as_string(), "kein_engpass");
    EXPECT_EQ(units.at("263/3").at("class").as_string(), "nicht_bewertbar") << "no data is never a 0";
    EXPECT_EQ(units.at("263/3").at("reason").as_string(), "too_few_indicators");
    EXPECT_TRUE(units.at("263/3").at("indicators").at(1).at("value").is_null());
    EXPECT_EQ(units.at("263/3").at("indicators").at(1).at("reason").as_string(), "no_data");

    // The BA's result is shown for the Land only, and there the computed class agrees.
    if (region == "land:02") {
      for (const char* unit : {"263/2", "714/2"}) {
        const auto& u = units.at(unit);
        ASSERT_TRUE(u.at("ba").is_object()) << unit;
        EXPECT_EQ(u.at("ba").at("class"), u.at("class")) << unit;
        EXPECT_TRUE(u.at("ba").at("agrees").as_bool()) << unit;
        for (const auto& ind : u.at("indicators").as_array()) {
          EXPECT_EQ(u.at("ba").at("indicators").at(ind.at("name").as_string()).at("points"), ind.at("points"))
              << unit << " " << ind.at("name");
        }
      }
      EXPECT_TRUE(units.at("263/3").at("ba").is_null());
    } else {
      EXPECT_TRUE(units.at("263/2").at("ba").is_null()) << region;
    }
  }
  auto land = h.get("/api/v1/monitor/engpass?region=land:02&level=2");
  EXPECT_EQ(land.json().at("region").at("name").as_string(), "Hamburg");
  auto sets = h.get("/api/v1/monitor/datasets");
  ASSERT_EQ(sets.status, 200);
  const auto sets_body = sets.json();
  ASSERT_EQ(sets_body.at("items").as_array().size(), 2u);
  EXPECT_EQ(sets_body.at("items").at(0).at("kind").as_string(), "long");
  EXPECT_FALSE(sets_body.at("items").at(0).as_object().contains("imported_by")) << "an address is personal data";
  EXPECT_EQ(h.get("/api/v1/monitor/datasets", {.session = s}).json().at("items").at(1).at("imported_by").as_string(),
            "admin@example.org");
  auto level = h.get("/api/v1/monitor/engpass?region=land:02&level=2");
  EXPECT_EQ(level.json().at("items").as_array().size(), 2u);

  // A Kreis without data: every unit "nicht bewertbar" (no data), never a score.
  auto empty = h.get("/api/v1/monitor/engpass?region=08136&level=2");
  ASSERT_EQ(empty.status, 200);
  const auto empty_body = empty.json();
  for (const auto& u : empty_body.at("items").as_array()) {
    EXPECT_EQ(u.at("class").as_string(), "nicht_bewertbar");
    EXPECT_TRUE(u.at("score").is_null());
  }
  EXPECT_EQ(h.get("/api/v1/monitor/engpass?region=99999").status, 404);
  EXPECT_EQ(h.get("/api/v1/monitor/engpass?region=kreis%2008136").status, 422);
  EXPECT_EQ(h.get("/api/v1/monitor/engpass?region=network:999999").status, 404);
  EXPECT_EQ(h.get("/api/v1/monitor/engpass?region=").status, 422);
  EXPECT_EQ(h.get("/api/v1/monitor/engpass?region=02000&year=1999").status, 404);
  EXPECT_EQ(h.get("/api/v1/monitor/engpass?region=02000&level=7").status, 422);
  EXPECT_EQ(h.get("/api/v1/monitor/engpass?region=02000&thresholds=pre2019").status, 200);

  // Admins edit the threshold table: with Engpassberuf only from 3.5 the shortage is "unter Beobachtung".
  auto shipped = h.get("/api/v1/monitor/thresholds/2020");
  ASSERT_EQ(shipped.status, 200);
  EXPECT_FALSE(shipped.json().at("edited").as_bool());
  std::string table(shipped.json().at("content").as_string());
  const auto at = table.find("2020;rule;engpass_ab;;;;2,0");
  ASSERT_NE(at, std::string::npos);
  table.replace(at, 28, "2020;rule;engpass_ab;;;;3,5");
  EXPECT_EQ(h.call(Method::put, "/api/v1/monitor/thresholds/2020", bj::serialize(bj::object{{"content", table}}), {}).status,
            401);
  auto wrong = h.call(Method::put, "/api/v1/monitor/thresholds/2021", bj::serialize(bj::object{{"content", table}}),
                      {.session = s});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_EQ(wrong.error_field(), "version");
  auto broken = h.call(Method::put, "/api/v1/monitor/thresholds/2020",
                       bj::serialize(bj::object{{"content", "version;kind\n2020;unsinn\n"}}), {.session = s});
  EXPECT_EQ(broken.status, 422);
  auto edited = h.call(Method::put, "/api/v1/monitor/thresholds/2020", bj::serialize(bj::object{{"content", table}}),
                       {.session = s});
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_TRUE(edited.json().at("edited").as_bool());
  EXPECT_EQ(by_unit(h.get("/api/v1/monitor/engpass?region=land:02&level=2").json()).at("263/2").at("class").as_string(),
            "beobachtung");
  EXPECT_EQ(h.audit_count("update", "monitor_thresholds"), 1);
  auto restored = h.call(Method::put, "/api/v1/monitor/thresholds/2020", R"({"content":""})", {.session = s});
  ASSERT_EQ(restored.status, 200);
  EXPECT_FALSE(restored.json().at("edited").as_bool());
  EXPECT_EQ(by_unit(h.get("/api/v1/monitor/engpass?region=land:02&level=2").json()).at("263/2").at("class").as_string(),
            "engpass");
  EXPECT_EQ(h.get("/api/v1/monitor/thresholds/1999").status, 404);

  // Projections need stocks by single age: imported data have none.
  auto p = h.post("/api/v1/monitor/projection", bj::object{{"region", "02000"}});
  EXPECT_EQ(p.status, 400);
  EXPECT_EQ(p.json().at("error").at("code").as_string(), "bad_request");
  auto tt = h.get("/api/v1/monitor/today-tomorrow?region=land:02");
  ASSERT_EQ(tt.status, 200) << tt.body;
  auto tt_units = by_unit(tt.json());
  EXPECT_EQ(tt_units.at("263/2").at("class").as_string(), "engpass");
  EXPECT_TRUE(tt_units.at("263/2").at("tomorrow").at("2030").at("gap").is_null());

  // Non-admins may not import; a bad file through the API names the place.
  auto bad = h.post("/api/v1/monitor/imports",
                    bj::object{{"kind", "monitor-long"}, {"file_name", "x.csv"},
                               {"content", "region;kldb;level;period;quantity;value;source\n02000;263;2;2024;employees;*x;BA\n"}},
                    {.session = s});
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.error_field(), "x.csv:2:value");
  auto kind = h.post("/api/v1/monitor/imports", bj::object{{"kind", "excel"}, {"content", ""}}, {.session = s});
  EXPECT_EQ(kind.status, 422);
}

TEST_P(MonitorApiTest, ProjectionAndTodayTomorrowFromSyntheticData) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  ASSERT_TRUE(fw::service::monitor_data::load_demo_monitor(*h.td.db).value());
  EXPECT_FALSE(fw::service::monitor_data::load_demo_monitor(*h.td.db).value()) << "idempotent";
  const auto s = admin(h);
  auto net = h.post("/api/v1/networks",
                    bj::object{{"name", "Heilbronn-Franken"}, {"kreise", bj::array{"08121", "08125", "08126"}}},
                    {.session = s});
  const auto net_id = net.json().at("network").at("id").as_int64();

  auto r = h.post("/api/v1/monitor/projection",
                  bj::object{{"region", "network:" + std::to_string(net_id)}, {"horizon", 2040}, {"runs", 20},
                             {"occupation", "26"}, {"scenario", bj::object{{"retirement_age_shift", 2}}}});
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 500);
  const auto body = r.json();
  EXPECT_TRUE(body.at("synthetic").as_bool());
  EXPECT_TRUE(body.at("source").at("synthetic").as_bool());
  EXPECT_EQ(body.at("region").at("kreise").as_int64(), 3);
  EXPECT_EQ(body.at("scenario").at("retirement_age_shift").as_int64(), 2);
  const auto& series = body.at("series").as_array();
  ASSERT_FALSE(series.empty());
  for (const auto& sv : series) {
    EXPECT_TRUE(std::string(sv.at("occupation").as_string()).starts_with("26"));
    ASSERT_EQ(sv.at("years").as_array().size(), 16u);  // 2025..2040
    const auto& band = sv.at("bands").at("supply");
    for (std::size_t t = 0; t < 16; ++t) {
      EXPECT_LE(band.at("p10").at(t).as_double(), band.at("p50").at(t).as_double());
      EXPECT_LE(band.at("p50").at(t).as_double(), band.at("p90").at(t).as_double());
      const double gap = sv.at("demand").at(t).as_double() - sv.at("supply").at(t).as_double();
      EXPECT_NEAR(sv.at("gap").at(t).as_double(), gap, 1e-6);
    }
  }
  EXPECT_EQ(body.at("total").at("years").at(15).as_int64(), 2040);

  // The scenario changes the result; the baseline for a Land deterministically.
  auto base = h.post("/api/v1/monitor/projection",
                     bj::object{{"region", "network:" + std::to_string(net_id)}, {"runs", 0}, {"occupation", "26"}});
  ASSERT_EQ(base.status, 200);
  EXPECT_LT(base.json().at("total").at("supply").at(15).as_double(), body.at("total").at("supply").at(15).as_double())
      << "retiring two years later keeps more people in work";
  EXPECT_FALSE(base.json().at("series").at(0).as_object().contains("bands"));
  EXPECT_EQ(h.post("/api/v1/monitor/projection", bj::object{{"region", "land:08"}, {"runs", 0}, {"occupation", "263"}}).status,
            200);

  // Absurd input: a clear error naming the field, never a silent result.
  auto absurd = h.post("/api/v1/monitor/projection",
                       bj::object{{"region", "08121"}, {"scenario", bj::object{{"retirement_age_shift", 40}}}});
  EXPECT_EQ(absurd.status, 422);
  EXPECT_EQ(absurd.error_field(), "scenario.retirement_age_shift");
  EXPECT_EQ(h.post("/api/v1/monitor/projection", bj::object{{"region", "08121"}, {"scenario", bj::object{{"magic", 1}}}})
                .error_field(),
            "scenario.magic");
  EXPECT_EQ(h.post("/api/v1/monitor/projection", bj::object{{"region", "08121"}, {"horizon", 2100}}).error_field(), "horizon");
  auto runs = h.post("/api/v1/monitor/projection", bj::object{{"region", "de"}, {"runs", 100}});
  EXPECT_EQ(runs.status, 422);
  EXPECT_EQ(runs.error_field(), "runs");

  auto tt = h.get("/api/v1/monitor/today-tomorrow?region=08121");
  ASSERT_EQ(tt.status, 200) << tt.body.substr(0, 300);
  const auto tt_body = tt.json();
  EXPECT_TRUE(tt_body.at("synthetic").as_bool());
  const auto& items = tt_body.at("items").as_array();
  ASSERT_EQ(items.size(), 144u * 4);
  int projected = 0;
  for (const auto& it : items) {
    for (const char* y : {"2030", "2035", "2040"}) {
      if (!it.at("tomorrow").at(y).at("gap").is_null()) ++projected;
    }
  }
  EXPECT_GT(projected, 1000);

  auto engpass = h.get("/api/v1/monitor/engpass?region=land:08&level=3");
  ASSERT_EQ(engpass.status, 200);
  EXPECT_TRUE(engpass.json().at("synthetic").as_bool());
  EXPECT_TRUE(engpass.json().at("sources").at(0).at("synthetic").as_bool());
}

TEST_P(MonitorApiTest, ScenariosBelongToTheirOwner) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("a@example.org");
  h.add_user("b@example.org");
  const auto a = h.login("a@example.org"), b = h.login("b@example.org");
  auto created = h.post("/api/v1/monitor/scenarios",
                        bj::object{{"name", "Rente mit 69"}, {"parameters", bj::object{{"retirement_age_shift", 2},
                                                                                        {"net_migration_pct", 10}}}},
                        {.session = a});
  ASSERT_EQ(created.status, 201) << created.body;
  const auto id = created.json().at("scenario").at("id").as_int64();
  EXPECT_EQ(created.json().at("scenario").at("parameters").at("net_migration_pct").as_double(), 10);
  EXPECT_EQ(h.post("/api/v1/monitor/scenarios", bj::object{{"name", "Rente mit 69"}}, {.session = a}).status, 409);
  auto absurd = h.post("/api/v1/monitor/scenarios",
                       bj::object{{"name", "Zu viel"}, {"parameters", bj::object{{"participation_women_pp", 60}}}},
                       {.session = a});
  EXPECT_EQ(absurd.status, 422);
  EXPECT_EQ(absurd.error_field(), "scenario.participation_women_pp");
  EXPECT_EQ(h.get("/api/v1/monitor/scenarios", {.session = a}).json().at("items").as_array().size(), 1u);
  EXPECT_TRUE(h.get("/api/v1/monitor/scenarios", {.session = b}).json().at("items").as_array().empty());
  EXPECT_EQ(h.call(Method::del, "/api/v1/monitor/scenarios/" + std::to_string(id), "", {.session = b}).status, 404);
  EXPECT_EQ(h.post("/api/v1/monitor/projection", bj::object{{"region", "08121"}, {"scenario_id", id}}, {.session = b}).status,
            404);
  auto own = h.post("/api/v1/monitor/projection", bj::object{{"region", "08121"}, {"scenario_id", id}}, {.session = a});
  EXPECT_EQ(own.status, 400) << "the owner's scenario resolves; without projection data the answer is 'nicht bewertbar'";
  EXPECT_EQ(own.json().at("error").at("message").as_string().find("nicht bewertbar") != std::string::npos, true) << own.body;
  EXPECT_EQ(h.call(Method::del, "/api/v1/monitor/scenarios/" + std::to_string(id), "", {.session = a}).status, 204);
  EXPECT_EQ(h.audit_count("delete", "monitor_scenario"), 1);
  EXPECT_TRUE(h.get("/api/v1/monitor/scenarios", {.session = a}).json().at("items").as_array().empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, MonitorApiTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace

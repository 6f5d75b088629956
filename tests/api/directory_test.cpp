// The directory: regions, organisations with contact visibility, networks with the admission
// rule, and the membership workflow.
#include <gtest/gtest.h>

#include "api/harness.hpp"

namespace {
namespace bj = boost::json;
using fw::http::Method;
using fw::testing::Harness;
using fw::testing::Session;

class DirectoryTest : public ::testing::TestWithParam<std::string> {};

TEST_P(DirectoryTest, RegionsFromTheReferenceData) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto laender = h.get("/api/v1/regions/laender");
  ASSERT_EQ(laender.status, 200);
  ASSERT_EQ(laender.json().at("items").as_array().size(), 16u);
  EXPECT_EQ(laender.json().at("items").at(7).at("name").as_string(), "Baden-Württemberg");
  EXPECT_EQ(laender.json().at("items").at(7).at("kreise").as_int64(), 44);
  EXPECT_EQ(h.get("/api/v1/regions/kreise").json().at("items").as_array().size(), 401u);
  auto bw = h.get("/api/v1/regions/kreise?land=08");
  EXPECT_EQ(bw.json().at("items").as_array().size(), 44u);
  EXPECT_EQ(h.get("/api/v1/regions/kreise?land=8").status, 422);
  EXPECT_EQ(h.get("/api/v1/regions/kreise?land=99").status, 404);

  auto aalen = h.get("/api/v1/regions/places?q=aalen");
  ASSERT_EQ(aalen.status, 200);
  EXPECT_EQ(aalen.json().at("items").at(0).at("name").as_string(), "Aalen");
  EXPECT_EQ(aalen.json().at("items").at(0).at("kreis_ags").as_string(), "08136");
  EXPECT_EQ(aalen.json().at("items").at(0).at("kreis").as_string(), "Ostalbkreis");
  for (const char* q : {"muenchen", "M%C3%BCnchen", "MUNCHEN"}) {
    auto m = h.get(std::string("/api/v1/regions/places?q=") + q + "&limit=3");
    ASSERT_EQ(m.status, 200) << q;
    EXPECT_EQ(m.json().at("items").at(0).at("name").as_string(), "München") << q << " (GeoNames says Munich)";
  }
  for (const char* q : {"koeln", "K%C3%B6ln", "KOLN"}) {
    EXPECT_EQ(h.get(std::string("/api/v1/regions/places?q=") + q).json().at("items").at(0).at("name").as_string(), "Köln") << q;
  }
  EXPECT_EQ(h.get("/api/v1/regions/places?q=%25").status, 422) << "a lone wildcard is no query";
  EXPECT_TRUE(h.get("/api/v1/regions/places?q=a%25b").json().at("items").as_array().empty());
  EXPECT_EQ(h.get("/api/v1/regions/places?q=aalen&limit=0").status, 422);
}

struct Fixture {
  Session admin, coordinator, org_editor, stranger;
  std::int64_t network = 0, ihk = 0;
};

Fixture setup(Harness& h) {
  Fixture f;
  h.add_user("admin@example.org", true);
  f.admin = h.login("admin@example.org");
  auto net = h.post("/api/v1/networks",
                    bj::object{{"name", "Fachkräfteallianz Ostwürttemberg"}, {"short_name", "FKA OW"},
                               {"kreise", bj::array{"08136", "08135"}}, {"handlungsfelder", bj::array{"dual_career"}},
                               {"zielgruppen", bj::array{"unternehmen", "facharbeiter"}}, {"founded_on", "2013-01-15"}},
                    {.session = f.admin});
  EXPECT_EQ(net.status, 201) << net.body;
  f.network = net.json().at("network").at("id").as_int64();
  auto ihk = h.post("/api/v1/organisations",
                    bj::object{{"name", "IHK Ostwürttemberg"}, {"type", "ihk"}, {"place_id", 2959927},
                               {"contacts", bj::array{bj::object{{"name", "Erika Muster"}, {"email", "erika@ihk.example"},
                                                                 {"name_visibility", "public"},
                                                                 {"email_visibility", "network"}}}}},
                    {.session = f.admin});
  EXPECT_EQ(ihk.status, 201) << ihk.body;
  f.ihk = ihk.json().at("organisation").at("id").as_int64();
  h.add_user("koord@example.org", false, {{0, "network", f.network, "coordinator"}});
  h.add_user("ihk@example.org", false, {{0, "organisation", f.ihk, "editor"}});
  auto other = h.post("/api/v1/networks", bj::object{{"name", "JadeBay"}, {"kreise", bj::array{"03405"}}}, {.session = f.admin});
  h.add_user("fremd@example.org", false, {{0, "network", other.json().at("network").at("id").as_int64(), "member"}});
  f.coordinator = h.login("koord@example.org");
  f.org_editor = h.login("ihk@example.org");
  f.stranger = h.login("fremd@example.org");
  return f;
}

TEST_P(DirectoryTest, OrganisationsLocateAndValidate) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto f = setup(h);
  auto org = h.get("/api/v1/organisations/" + std::to_string(f.ihk));
  ASSERT_EQ(org.status, 200);
  EXPECT_EQ(org.json().at("organisation").at("kreis_ags").as_string(), "08136") << "Kreis from the place (Aalen)";
  EXPECT_NEAR(org.json().at("organisation").at("lat").as_double(), 48.84, 0.05);

  auto bad_type = h.post("/api/v1/organisations", bj::object{{"name", "X"}, {"type", "bank"}}, {.session = f.admin});
  EXPECT_EQ(bad_type.status, 422);
  EXPECT_EQ(bad_type.error_field(), "type");
  auto bad_kreis = h.post("/api/v1/organisations", bj::object{{"name", "X"}, {"type", "ihk"}, {"kreis_ags", "0813"}},
                          {.session = f.admin});
  EXPECT_EQ(bad_kreis.error_field(), "kreis_ags");
  auto unknown_kreis = h.post("/api/v1/organisations", bj::object{{"name", "X"}, {"type", "ihk"}, {"kreis_ags", "99999"}},
                              {.session = f.admin});
  EXPECT_EQ(unknown_kreis.status, 422);
  auto bad_vis = h.post("/api/v1/organisations",
                        bj::object{{"name", "X"}, {"type", "ihk"},
                                   {"contacts", bj::array{bj::object{{"name", "A"}, {"email_visibility", "alle"}}}}},
                        {.session = f.admin});
  EXPECT_EQ(bad_vis.error_field(), "contacts[0].email_visibility");
  auto dup = h.post("/api/v1/organisations", bj::object{{"name", "IHK Ostwürttemberg"}, {"type", "ihk"}},
                    {.session = f.admin});
  EXPECT_EQ(dup.status, 409) << "same name and postcode";
  EXPECT_EQ(dup.error_field(), "name");
}

TEST_P(DirectoryTest, ContactFieldsFollowTheirVisibility) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto f = setup(h);
  const std::string path = "/api/v1/organisations/" + std::to_string(f.ihk);
  auto contact = [&](const std::optional<Session>& s) {
    return h.get(path, {.session = s}).json().at("organisation").at("contacts").at(0);
  };
  EXPECT_EQ(contact(std::nullopt).at("name").as_string(), "Erika Muster");
  EXPECT_TRUE(contact(std::nullopt).at("email").is_null()) << "network-only e-mail hidden from the public";
  EXPECT_TRUE(contact(f.stranger).at("email").is_null()) << "member of another network";
  // Join the network: now its members see the e-mail.
  h.call(Method::put, "/api/v1/networks/" + std::to_string(f.network) + "/members/" + std::to_string(f.ihk),
         R"({"step":"invite","role":"lead_partner"})", {.session = f.coordinator});
  h.call(Method::put, "/api/v1/networks/" + std::to_string(f.network) + "/members/" + std::to_string(f.ihk),
         R"({"step":"accept"})", {.session = f.org_editor});
  h.add_user("mitglied@example.org", false, {{0, "network", f.network, "member"}});
  auto member = h.login("mitglied@example.org");
  const auto views_before = h.audit_count("view", "organisation_contacts");
  EXPECT_EQ(contact(member).at("email").as_string(), "erika@ihk.example");
  EXPECT_EQ(h.audit_count("view", "organisation_contacts"), views_before + 1) << "revealing is audited";

  // The UI form sends the organisation's own fields only: contacts stay as they are.
  auto edited = h.call(Method::put, path, R"({"name":"IHK Ostwürttemberg","type":"ihk","city":"Heidenheim"})",
                       {.session = f.org_editor});
  EXPECT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(h.get(path, {.session = f.org_editor}).json().at("organisation").at("contacts").as_array().size(), 1u);
  auto cleared = h.call(Method::put, path, R"({"name":"IHK Ostwürttemberg","type":"ihk","contacts":[]})",
                        {.session = f.org_editor});
  EXPECT_EQ(cleared.json().at("organisation").at("contacts").as_array().size(), 0u) << "an explicit list replaces";
}

TEST_P(DirectoryTest, NetworksValidateRegionAndVocabulary) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto f = setup(h);
  auto n = h.get("/api/v1/networks/" + std::to_string(f.network)).json().at("network");
  EXPECT_EQ(n.at("kreise").as_array().size(), 2u);
  EXPECT_EQ(n.at("handlungsfelder").at(0).as_string(), "dual_career");
  EXPECT_FALSE(n.at("meets_admission_rule").as_bool());
  auto bad_ags = h.post("/api/v1/networks", bj::object{{"name", "N2"}, {"kreise", bj::array{"08136", "8136"}}},
                        {.session = f.admin});
  EXPECT_EQ(bad_ags.status, 422);
  EXPECT_EQ(bad_ags.error_field(), "kreise[1]");
  auto bad_vocab = h.post("/api/v1/networks", bj::object{{"name", "N3"}, {"handlungsfelder", bj::array{"golf"}}},
                          {.session = f.admin});
  EXPECT_EQ(bad_vocab.error_field(), "handlungsfelder");
  auto bad_date = h.post("/api/v1/networks", bj::object{{"name", "N4"}, {"founded_on", "15.01.2013"}}, {.session = f.admin});
  EXPECT_EQ(bad_date.error_field(), "founded_on");
  auto dup = h.post("/api/v1/networks", bj::object{{"name", "Fachkräfteallianz Ostwürttemberg"}}, {.session = f.admin});
  EXPECT_EQ(dup.status, 409);
  auto edit = h.call(Method::put, "/api/v1/networks/" + std::to_string(f.network),
                     R"({"name":"Fachkräfteallianz Ostwürttemberg","description":"Job für Zwei","kreise":["08136"]})",
                     {.session = f.coordinator});
  EXPECT_EQ(edit.status, 200) << edit.body;
  EXPECT_EQ(edit.json().at("network").at("kreise").as_array().size(), 1u);
  EXPECT_EQ(h.audit_count("update", "network"), 1);
}

TEST_P(DirectoryTest, MembershipWorkflowAndAdmissionRule) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto f = setup(h);
  const std::string net = "/api/v1/networks/" + std::to_string(f.network);
  auto make_org = [&](const std::string& name, const std::string& kreis) {
    auto r = h.post("/api/v1/organisations", bj::object{{"name", name}, {"type", "unternehmen"}, {"kreis_ags", kreis}},
                    {.session = f.admin});
    return r.json().at("organisation").at("id").as_int64();
  };
  auto step = [&](std::int64_t org, const std::string& body, const Session& s) {
    return h.call(Method::put, net + "/members/" + std::to_string(org), body, {.session = s});
  };
  // Request by the organisation, approval by the coordinator.
  auto req = step(f.ihk, R"({"step":"request","role":"lead_partner"})", f.org_editor);
  EXPECT_EQ(req.status, 200) << req.body;
  EXPECT_EQ(req.json().at("membership").at("status").as_string(), "requested");
  EXPECT_EQ(step(f.ihk, R"({"step":"approve"})", f.org_editor).status, 403) << "not the coordinator";
  EXPECT_EQ(step(f.ihk, R"({"step":"accept"})", f.org_editor).status, 409) << "nothing to accept";
  auto ok = step(f.ihk, R"({"step":"approve"})", f.coordinator);
  EXPECT_EQ(ok.json().at("membership").at("status").as_string(), "active");
  EXPECT_FALSE(ok.json().at("membership").at("joined_on").is_null());
  EXPECT_EQ(step(f.ihk, R"({"step":"request"})", f.org_editor).status, 409) << "already a member";
  EXPECT_EQ(step(f.ihk, R"({"step":"fly"})", f.coordinator).error_field(), "step");

  // Two more regional partners make three; a guest and an outsider do not count.
  const auto a = make_org("Firma A", "08136"), b = make_org("Firma B", "08135");
  const auto guest = make_org("Ministerium", "08111"), far = make_org("Firma Fern", "11000");
  for (auto [org, role] : {std::pair{a, "partner"}, std::pair{guest, "standing_guest"}, std::pair{far, "partner"}}) {
    step(org, std::string(R"({"step":"invite","role":")") + role + "\"}", f.coordinator);
    step(org, R"({"step":"accept"})", f.admin);
  }
  auto n = h.get(net).json().at("network");
  EXPECT_EQ(n.at("regional_partners").as_int64(), 2);
  EXPECT_FALSE(n.at("meets_admission_rule").as_bool());
  step(b, R"({"step":"invite"})", f.coordinator);
  EXPECT_EQ(h.get(net).json().at("network").at("members").as_array().size(), 4u) << "public sees active only";
  EXPECT_EQ(h.get(net, {.session = f.coordinator}).json().at("network").at("members").as_array().size(), 5u);
  step(b, R"({"step":"accept"})", f.admin);
  n = h.get(net).json().at("network");
  EXPECT_EQ(n.at("regional_partners").as_int64(), 3);
  EXPECT_TRUE(n.at("meets_admission_rule").as_bool());

  // Ending a membership names its date; it may not lie before joining (today) nor be malformed.
  EXPECT_EQ(step(a, R"({"step":"leave","left_on":"2001-01-01"})", f.coordinator).error_field(), "left_on");
  EXPECT_EQ(step(a, R"({"step":"leave","left_on":"31.12.2099"})", f.coordinator).error_field(), "left_on");
  auto left = step(a, R"({"step":"leave","reason":"Betrieb aufgegeben","left_on":"2099-12-31"})", f.coordinator);
  EXPECT_EQ(left.json().at("membership").at("status").as_string(), "left");
  EXPECT_EQ(left.json().at("membership").at("reason").as_string(), "Betrieb aufgegeben");
  EXPECT_EQ(left.json().at("membership").at("left_on").as_string(), "2099-12-31");
  EXPECT_FALSE(h.get(net).json().at("network").at("meets_admission_rule").as_bool()) << "marked, not hidden";
  EXPECT_GE(h.audit_count("membership_active", "network"), 4);

  auto map = h.get("/api/v1/map/kreise?metric=organisations").json();
  EXPECT_EQ(map.at("values").as_object().size(), 401u);
  EXPECT_EQ(map.at("values").at("08136").as_int64(), 2) << "IHK (Aalen) and Firma A";
  EXPECT_EQ(h.get("/api/v1/map/kreise").json().at("values").at("08135").as_int64(), 1);
  EXPECT_EQ(h.get("/api/v1/map/kreise?metric=pizza").status, 422);
}

INSTANTIATE_TEST_SUITE_P(Backends, DirectoryTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace

namespace {

class SearchTest : public ::testing::TestWithParam<std::string> {};

std::vector<std::string> titles(const fw::testing::Reply& r) {
  std::vector<std::string> out;
  const auto doc = r.json();  // keep the document alive while iterating over it
  for (const auto& i : doc.at("items").as_array()) out.emplace_back(i.at("title").as_string());
  return out;
}

TEST_P(SearchTest, GermanAwareRankedFacetedAndSafe) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  auto admin = h.login("admin@example.org");
  auto net = [&](const std::string& name, const std::string& desc, bj::array kreise, bj::array felder) {
    auto r = h.post("/api/v1/networks", bj::object{{"name", name}, {"description", desc}, {"kreise", kreise},
                                                   {"handlungsfelder", felder}}, {.session = admin});
    EXPECT_EQ(r.status, 201) << r.body;
  };
  net("Pflegenetz Ostalb", "Wir gewinnen Pflegekräfte für die Region.", {"08136"}, {"gewinnung_bindung"});
  net("Bündnis Fachkräftesicherung Heidenheim", "Fachkräftesicherung in Betrieben", {"08135"}, {"ausbildung"});
  net("Netzwerk Großbeerenstraße", "Schulen und Unternehmen in Berlin", {"11000"}, {"berufsorientierung"});
  h.post("/api/v1/organisations", bj::object{{"name", "Bäckerei Müller"}, {"type", "unternehmen"}, {"place_id", 2959927}},
         {.session = admin});
  h.post("/api/v1/organisations", bj::object{{"name", "IHK Berlin"}, {"type", "ihk"}, {"kreis_ags", "11000"}},
         {.session = admin});

  auto first = [&](const std::string& q) {
    auto t = titles(h.get("/api/v1/search?q=" + q));
    return t.empty() ? std::string("(nichts)") : t.front();
  };
  EXPECT_EQ(first("pflegekraft"), "Pflegenetz Ostalb");
  EXPECT_EQ(first("strasse"), "Netzwerk Großbeerenstraße");
  EXPECT_EQ(first("mueller"), "Bäckerei Müller");
  EXPECT_EQ(first("fachkr%C3%A4fte"), "Bündnis Fachkräftesicherung Heidenheim");

  auto all = h.get("/api/v1/search");
  EXPECT_EQ(all.json().at("total").as_int64(), 5);
  EXPECT_EQ(all.json().at("facets").at("type").at("network").as_int64(), 3);
  EXPECT_EQ(all.json().at("facets").at("land").at("08").as_int64(), 3) << "2 networks + 1 organisation in BW";
  auto bw = h.get("/api/v1/search?type=network&land=08");
  EXPECT_EQ(bw.json().at("total").as_int64(), 2);
  EXPECT_EQ(bw.json().at("facets").at("handlungsfeld").at("ausbildung").as_int64(), 1);
  EXPECT_EQ(h.get("/api/v1/search?partner_type=ihk").json().at("total").as_int64(), 1);

  auto snippet = h.get("/api/v1/search?q=pflegekraft").json().at("items").at(0).at("snippet").as_string();
  EXPECT_NE(std::string_view(snippet).find("<mark>Pflegekräfte</mark>"), std::string::npos) << snippet;

  // Syntax characters of FTS5, tsquery and SQL are text.
  for (const char* q : {"%22", "%27%3B%20DROP%20TABLE%20networks%3B--", "NEAR(a%20b)", "a%20OR%20b", "*", "-pflege", "x%3A*"}) {
    auto r = h.get(std::string("/api/v1/search?q=") + q);
    EXPECT_EQ(r.status, 200) << q << " " << r.body;
  }
  EXPECT_EQ(h.get("/api/v1/search?q=pflege%22%20OR%20%22x").status, 200);
  EXPECT_EQ(h.get("/api/v1/search").json().at("total").as_int64(), 5) << "nothing dropped";

  // Near: Aalen's bakery is within 30 km of Aalen, not of Berlin.
  EXPECT_EQ(h.get("/api/v1/search?near=48.84,10.09&radius_km=30").json().at("total").as_int64(), 1);
  EXPECT_EQ(h.get("/api/v1/search?near=52.52,13.40&radius_km=30&q=mueller").json().at("total").as_int64(), 0);

  EXPECT_EQ(h.get("/api/v1/search?type=event").error_field(), "type");
  EXPECT_EQ(h.get("/api/v1/search?kreis=8136").error_field(), "kreis");
  EXPECT_EQ(h.get("/api/v1/search?handlungsfeld=golf").error_field(), "handlungsfeld");
  EXPECT_EQ(h.get("/api/v1/search?near=1,2").error_field(), "near");
  EXPECT_EQ(h.get("/api/v1/search?size=1000").error_field(), "size");
}

INSTANTIATE_TEST_SUITE_P(Backends, SearchTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace

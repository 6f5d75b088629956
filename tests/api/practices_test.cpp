// The good-practice database: editorial workflow and who sees what, revisions, awards,
// contact visibility, and bad input that is rejected with nothing written.
#include <gtest/gtest.h>

#include "api/harness.hpp"
#include "service/directory/demo_directory.hpp"

namespace {
namespace bj = boost::json;
using fw::http::Method;
using fw::testing::Harness;
using fw::testing::Reply;
using fw::testing::Session;

class PracticesTest : public ::testing::TestWithParam<std::string> {};

struct Fixture {
  Session admin, coordinator, editor, member, other_editor;
  std::int64_t network = 0, other_network = 0;
};

Fixture setup(Harness& h) {
  Fixture f;
  h.add_user("admin@example.org", true);
  f.admin = h.login("admin@example.org");
  auto net = [&](const std::string& name, const char* kreis) {
    auto r = h.post("/api/v1/networks", bj::object{{"name", name}, {"kreise", bj::array{kreis}}}, {.session = f.admin});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().at("network").at("id").as_int64();
  };
  f.network = net("Fachkräfteallianz Ostwürttemberg", "08136");
  f.other_network = net("Fachkräftebündnis JadeBay", "03405");
  h.add_user("koord@example.org", false, {{0, "network", f.network, "coordinator"}});
  h.add_user("redaktion@example.org", false, {{0, "network", f.network, "editor"}});
  h.add_user("mitglied@example.org", false, {{0, "network", f.network, "member"}});
  h.add_user("jadebay@example.org", false, {{0, "network", f.other_network, "editor"}});
  f.coordinator = h.login("koord@example.org");
  f.editor = h.login("redaktion@example.org");
  f.member = h.login("mitglied@example.org");
  f.other_editor = h.login("jadebay@example.org");
  return f;
}

bj::object job_fuer_zwei(std::int64_t network) {
  return bj::object{{"title", "Job für Zwei"},
                    {"teaser", "Arbeit für die Partnerin oder den Partner neuer Fachkräfte."},
                    {"kreise", bj::array{"08136", "08135"}},
                    {"handlungsfelder", bj::array{"dual_career"}},
                    {"zielgruppen", bj::array{"unternehmen", "facharbeiter"}},
                    {"ausgangslage", "Fachkräfte ziehen nur mit, wenn auch ihre Partner Arbeit finden."},
                    {"massnahmen", "Über 40 Unternehmen, Verbände und kommunale Arbeitgeber helfen bei der Jobsuche."},
                    {"period_from", "2018-01-01"},
                    {"networks", bj::array{network}},
                    {"contact", bj::object{{"name", "Katrin Mager"}, {"email", "mager@ihk.example"},
                                           {"name_visibility", "public"}, {"email_visibility", "network"}}}};
}

std::int64_t total(const Reply& r) { return r.json().at("total").as_int64(); }

TEST_P(PracticesTest, WorkflowDecidesWhoSeesWhat) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto f = setup(h);
  auto created = h.post("/api/v1/practices", job_fuer_zwei(f.network), {.session = f.editor});
  ASSERT_EQ(created.status, 201) << created.body;
  const auto p = created.json().at("practice");
  EXPECT_EQ(p.at("status").as_string(), "draft");
  EXPECT_EQ(p.at("land_ags").as_string(), "08") << "Land from the first Kreis";
  EXPECT_EQ(p.at("networks").at(0).at("name").as_string(), "Fachkräfteallianz Ostwürttemberg");
  const std::string path = "/api/v1/practices/" + std::to_string(p.at("id").as_int64());

  // A draft: the network sees it, nobody else does (not even that it exists).
  EXPECT_EQ(h.get(path).status, 404);
  EXPECT_EQ(h.get(path, {.session = f.other_editor}).status, 404);
  auto as_member = h.get(path, {.session = f.member});
  ASSERT_EQ(as_member.status, 200);
  EXPECT_FALSE(as_member.json().at("practice").at("may_edit").as_bool());
  EXPECT_EQ(total(h.get("/api/v1/practices")), 0);
  EXPECT_EQ(total(h.get("/api/v1/practices", {.session = f.other_editor})), 0);
  EXPECT_EQ(total(h.get("/api/v1/practices", {.session = f.member})), 1);

  // Editors submit, coordinators publish.
  EXPECT_EQ(h.post(path + "/publish", bj::object{}, {.session = f.editor}).status, 403);
  EXPECT_EQ(h.post(path + "/submit", bj::object{}, {.session = f.member}).status, 403);
  auto submitted = h.post(path + "/submit", bj::object{}, {.session = f.editor});
  EXPECT_EQ(submitted.json().at("practice").at("status").as_string(), "submitted") << submitted.body;
  EXPECT_EQ(h.post(path + "/submit", bj::object{}, {.session = f.editor}).status, 409);
  EXPECT_EQ(h.post(path + "/publish", bj::object{}, {.session = f.other_editor}).status, 403);
  EXPECT_EQ(h.get(path).status, 404) << "submitted is not public yet";
  auto published = h.post(path + "/publish", bj::object{}, {.session = f.coordinator});
  ASSERT_EQ(published.status, 200) << published.body;
  EXPECT_FALSE(published.json().at("practice").at("published_at").is_null());

  auto pub = h.get(path);
  ASSERT_EQ(pub.status, 200);
  EXPECT_EQ(pub.json().at("practice").at("title").as_string(), "Job für Zwei");
  EXPECT_EQ(total(h.get("/api/v1/practices")), 1);
  EXPECT_EQ(total(h.get("/api/v1/practices", {.session = f.other_editor})), 1);
  EXPECT_EQ(total(h.get("/api/v1/practices?status=draft", {.session = f.member})), 0);
  EXPECT_EQ(total(h.get("/api/v1/practices?network=" + std::to_string(f.other_network))), 0);

  // Editing keeps the status; back to draft needs a reason.
  auto body = job_fuer_zwei(f.network);
  body["title"] = "Job für Zwei – Dual Career in Ostwürttemberg";
  auto edited = h.call(Method::put, path, bj::serialize(body), {.session = f.editor});
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(edited.json().at("practice").at("status").as_string(), "published");
  EXPECT_EQ(h.call(Method::put, path, bj::serialize(body), {.session = f.other_editor}).status, 403);
  auto no_reason = h.post(path + "/unpublish", bj::object{{"reason", " "}}, {.session = f.coordinator});
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_EQ(no_reason.error_field(), "reason");
  auto back = h.post(path + "/unpublish", bj::object{{"reason", "Ergebnisse fehlen noch"}}, {.session = f.coordinator});
  ASSERT_EQ(back.status, 200) << back.body;
  EXPECT_EQ(back.json().at("practice").at("status").as_string(), "draft");
  EXPECT_EQ(back.json().at("practice").at("status_reason").as_string(), "Ergebnisse fehlen noch");
  EXPECT_EQ(h.get(path).status, 404) << "hidden again";
  EXPECT_EQ(h.post(path + "/unpublish", bj::object{{"reason", "x"}}, {.session = f.coordinator}).status, 409);

  // Every save and step left a revision (newest first) and an audit entry.
  EXPECT_EQ(h.get(path + "/revisions").status, 401);
  EXPECT_EQ(h.get(path + "/revisions", {.session = f.member}).status, 403);
  auto revs = h.get(path + "/revisions", {.session = f.editor});
  ASSERT_EQ(revs.status, 200) << revs.body;
  const auto items = revs.json().at("items").as_array();
  ASSERT_EQ(items.size(), 5u);
  const char* actions[] = {"unpublish", "update", "publish", "submit", "create"};
  for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(items[i].at("action").as_string(), actions[i]);
  EXPECT_EQ(items[1].at("snapshot").at("title").as_string(), "Job für Zwei – Dual Career in Ostwürttemberg");
  EXPECT_EQ(items[4].at("snapshot").at("title").as_string(), "Job für Zwei");
  EXPECT_EQ(items[4].at("author").as_string(), "redaktion@example.org");
  EXPECT_EQ(items[2].at("snapshot").at("status").as_string(), "published");
  EXPECT_EQ(items[0].at("snapshot").at("status_reason").as_string(), "Ergebnisse fehlen noch");
  EXPECT_FALSE(items[0].at("snapshot").as_object().contains("may_edit")) << "a state, not a reader's rights";
  EXPECT_EQ(h.audit_count("create", "practice"), 1);
  EXPECT_EQ(h.audit_count("publish", "practice"), 1);
  EXPECT_EQ(h.audit_count("unpublish", "practice"), 1);
}

TEST_P(PracticesTest, LinksAwardsAndContacts) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto f = setup(h);
  // Only networks one edits can be linked.
  auto foreign = h.post("/api/v1/practices", job_fuer_zwei(f.network), {.session = f.other_editor});
  EXPECT_EQ(foreign.status, 403);
  EXPECT_EQ(foreign.error_field(), "networks[0]");
  auto unlinked = job_fuer_zwei(f.network);
  unlinked["networks"] = bj::array{};
  EXPECT_EQ(h.post("/api/v1/practices", unlinked, {.session = f.editor}).error_field(), "networks");
  EXPECT_EQ(h.post("/api/v1/practices", job_fuer_zwei(f.network), {.session = f.member}).status, 403);

  auto id = h.post("/api/v1/practices", job_fuer_zwei(f.network), {.session = f.editor}).json().at("practice").at("id").as_int64();
  const std::string path = "/api/v1/practices/" + std::to_string(id);
  // Awards: admins only.
  auto body = job_fuer_zwei(f.network);
  body["awards"] = bj::array{bj::object{{"year", 2020}, {"name", "Innovatives Netzwerk"}}};
  auto by_editor = h.call(Method::put, path, bj::serialize(body), {.session = f.editor});
  EXPECT_EQ(by_editor.status, 403);
  EXPECT_EQ(by_editor.error_field(), "awards");
  auto by_admin = h.call(Method::put, path, bj::serialize(body), {.session = f.admin});
  ASSERT_EQ(by_admin.status, 200) << by_admin.body;
  EXPECT_EQ(by_admin.json().at("practice").at("awards").at(0).at("year").as_int64(), 2020);
  EXPECT_EQ(h.call(Method::put, path, bj::serialize(body), {.session = f.editor}).status, 200) << "unchanged awards are fine";
  body["awards"] = bj::array{bj::object{{"year", 2014}, {"name", "Innovatives Netzwerk"}},
                             bj::object{{"year", 2020}, {"name", "Innovatives Netzwerk"}}};
  ASSERT_EQ(h.call(Method::put, path, bj::serialize(body), {.session = f.admin}).status, 200);
  body["awards"] = bj::array{bj::object{{"year", 2020}, {"name", "Innovatives Netzwerk"}},
                             bj::object{{"year", 2014}, {"name", "Innovatives Netzwerk"}}};
  EXPECT_EQ(h.call(Method::put, path, bj::serialize(body), {.session = f.editor}).status, 200) << "same awards, other order";

  h.post(path + "/submit", bj::object{}, {.session = f.editor});
  h.post(path + "/publish", bj::object{}, {.session = f.admin});
  auto contact = [&](const std::optional<Session>& s) { return h.get(path, {.session = s}).json().at("practice").at("contact"); };
  EXPECT_EQ(contact(std::nullopt).at("name").as_string(), "Katrin Mager");
  EXPECT_TRUE(contact(std::nullopt).at("email").is_null()) << "network-only e-mail hidden from the public";
  EXPECT_TRUE(contact(f.other_editor).at("email").is_null()) << "editor of another network";
  const auto views = h.audit_count("view", "practice_contacts");
  EXPECT_EQ(contact(f.member).at("email").as_string(), "mager@ihk.example");
  EXPECT_EQ(h.audit_count("view", "practice_contacts"), views + 1) << "revealing is audited";
  auto listed = h.get("/api/v1/practices", {.session = f.member}).json().at("items").at(0).at("contact");
  EXPECT_EQ(listed.at("name").as_string(), "Katrin Mager");
  EXPECT_TRUE(listed.at("email").is_null()) << "lists show public contact data only";
  EXPECT_EQ(h.audit_count("view", "practice_contacts"), views + 1);
}

TEST_P(PracticesTest, BadInputIsRejectedWithNothingWritten) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto f = setup(h);
  auto with = [&](const char* key, bj::value v) {
    auto b = job_fuer_zwei(f.network);
    b[key] = std::move(v);
    return h.post("/api/v1/practices", b, {.session = f.admin});
  };
  struct Bad {
    const char* key;
    bj::value value;
    const char* field;
  };
  const Bad cases[] = {
      {"title", "   ", "title"},
      {"handlungsfelder", bj::array{"dual_career", "golf"}, "handlungsfelder"},
      {"zielgruppen", bj::array{"astronauten"}, "zielgruppen"},
      {"kreise", bj::array{"08136", "8136"}, "kreise[1]"},
      {"kreise", bj::array{"99999"}, "kreise[0]"},
      {"land_ags", "11", "kreise[0]"},  // Aalen is not in Berlin
      {"land_ags", "8", "land_ags"},
      {"period_from", "01.01.2018", "period_from"},
      {"period_to", "2017-12-31", "period_to"},
      {"networks", bj::array{999999}, "networks[0]"},
      {"awards", bj::array{bj::object{{"year", 1800}, {"name", "Preis"}}}, "awards[0].year"},
      {"awards", bj::array{bj::object{{"year", 2020}, {"name", ""}}}, "awards[0].name"},
      {"kreise", "08136", "kreise"},
      {"contact", bj::object{{"email_visibility", "alle"}}, "contact.email_visibility"},
  };
  for (const auto& c : cases) {
    auto r = with(c.key, c.value);
    EXPECT_EQ(r.status, 422) << c.key << " " << r.body;
    EXPECT_EQ(r.error_field(), c.field) << c.key << " " << r.body;
    EXPECT_FALSE(r.error_message().empty());
  }
  auto order = with("period_to", "2017-12-31");
  EXPECT_NE(order.error_message().find("Zeitraum"), std::string::npos) << order.error_message();
  EXPECT_EQ(h.call(Method::post, "/api/v1/practices", "{\"title\": ", {.session = f.admin}).status, 400);
  EXPECT_EQ(h.get("/api/v1/practices?size=1000").error_field(), "size");
  EXPECT_EQ(h.get("/api/v1/practices?status=geheim").error_field(), "status");

  EXPECT_EQ(total(h.get("/api/v1/practices", {.session = f.admin})), 0) << "nothing written";
  EXPECT_EQ(h.audit_count("create", "practice"), 0);
  // An update with bad input leaves the entry as it was.
  auto id = with("title", "Job für Zwei").json().at("practice").at("id").as_int64();
  const std::string path = "/api/v1/practices/" + std::to_string(id);
  auto b = job_fuer_zwei(f.network);
  b["title"] = "Neu";
  b["kreise"] = bj::array{"08136", "0"};
  EXPECT_EQ(h.call(Method::put, path, bj::serialize(b), {.session = f.admin}).status, 422);
  auto p = h.get(path, {.session = f.admin}).json().at("practice");
  EXPECT_EQ(p.at("title").as_string(), "Job für Zwei");
  EXPECT_EQ(p.at("kreise").as_array().size(), 2u);
  EXPECT_EQ(h.get(path + "/revisions", {.session = f.admin}).json().at("items").as_array().size(), 1u);
}

TEST_P(PracticesTest, SearchAndMapShowPublishedPracticesOnly) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto f = setup(h);
  auto add = [&](const std::string& title, const std::string& teaser, const char* kreis, const char* feld,
                 std::int64_t network, bool publish) {
    auto r = h.post("/api/v1/practices",
                    bj::object{{"title", title}, {"teaser", teaser}, {"kreise", bj::array{kreis}},
                               {"handlungsfelder", bj::array{feld}}, {"zielgruppen", bj::array{"facharbeiter"}},
                               {"networks", bj::array{network}}},
                    {.session = f.admin});
    EXPECT_EQ(r.status, 201) << r.body;
    const std::string path = "/api/v1/practices/" + std::to_string(r.json().at("practice").at("id").as_int64());
    if (publish) {
      h.post(path + "/submit", bj::object{}, {.session = f.admin});
      EXPECT_EQ(h.post(path + "/publish", bj::object{}, {.session = f.admin}).status, 200);
    }
    return path;
  };
  const auto pflege = add("Pflegeoffensive Ostalb", "Wir gewinnen Pflegekräfte für die Region.", "08136",
                          "gewinnung_bindung", f.network, true);
  add("Land(Er)Leben", "Leben und Arbeiten auf dem Land.", "03405", "regionalmarketing", f.other_network, true);
  add("Entwurf über Pflegekräfte", "Noch nicht fertig.", "08136", "gewinnung_bindung", f.network, false);

  auto found = h.get("/api/v1/search?q=pflegekraft&type=practice");
  ASSERT_EQ(found.status, 200) << found.body;
  EXPECT_EQ(total(found), 1) << "the draft is not found";
  const auto hit = found.json().at("items").at(0);
  EXPECT_EQ(hit.at("type").as_string(), "practice");
  EXPECT_EQ(hit.at("title").as_string(), "Pflegeoffensive Ostalb");
  EXPECT_NE(std::string_view(hit.at("snippet").as_string()).find("<mark>Pflegekräfte</mark>"), std::string::npos)
      << hit.at("snippet");
  auto all_kinds = h.get("/api/v1/search?q=pflegekraft");
  EXPECT_EQ(all_kinds.json().at("facets").at("type").at("practice").as_int64(), 1);

  auto faceted = h.get("/api/v1/search?type=practice");
  EXPECT_EQ(total(faceted), 2);
  const auto facets = faceted.json().at("facets");
  EXPECT_EQ(facets.at("land").at("08").as_int64(), 1);
  EXPECT_EQ(facets.at("land").at("03").as_int64(), 1);
  EXPECT_EQ(facets.at("kreis").at("08136").as_int64(), 1);
  EXPECT_EQ(facets.at("handlungsfeld").at("regionalmarketing").as_int64(), 1);
  EXPECT_EQ(facets.at("zielgruppe").at("facharbeiter").as_int64(), 2);
  auto north = h.get("/api/v1/search?type=practice&land=03");
  ASSERT_EQ(total(north), 1);
  EXPECT_EQ(north.json().at("items").at(0).at("title").as_string(), "Land(Er)Leben");
  EXPECT_EQ(total(h.get("/api/v1/search?type=practice&kreis=08136&handlungsfeld=gewinnung_bindung")), 1);
  EXPECT_EQ(total(h.get("/api/v1/search?type=practice&zielgruppe=schueler")), 0);

  auto map = h.get("/api/v1/map/kreise?metric=practices");
  ASSERT_EQ(map.status, 200);
  EXPECT_EQ(map.json().at("values").as_object().size(), 401u);
  EXPECT_EQ(map.json().at("values").at("08136").as_int64(), 1) << "the draft does not count";
  EXPECT_EQ(map.json().at("values").at("03405").as_int64(), 1);
  h.post(pflege + "/unpublish", bj::object{{"reason", "Überarbeitung"}}, {.session = f.admin});
  EXPECT_EQ(h.get("/api/v1/map/kreise?metric=practices").json().at("values").at("08136").as_int64(), 0);
  EXPECT_EQ(total(h.get("/api/v1/search?q=pflegekraft&type=practice")), 0);
}

TEST_P(PracticesTest, DemoDataHasTheRealProjectsAndEveryLand) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  auto report = fw::service::load_demo_directory(*h.td.db, 3);
  ASSERT_TRUE(report) << report.error().key;
  EXPECT_GE(report->practices, 16 * 6 + 11);
  auto found = h.get("/api/v1/search?type=practice&q=job%20f%C3%BCr%20zwei");
  ASSERT_GE(total(found), 1) << found.body;
  const auto id = found.json().at("items").at(0).at("id").as_int64();
  auto job = h.get("/api/v1/practices/" + std::to_string(id)).json().at("practice");
  EXPECT_EQ(job.at("title").as_string(), "Job für Zwei");
  EXPECT_FALSE(job.at("is_demo").as_bool()) << "a real project";
  EXPECT_EQ(job.at("awards").at(0).at("year").as_int64(), 2020);
  EXPECT_EQ(job.at("awards").at(0).at("name").as_string(), "Innovatives Netzwerk");
  EXPECT_EQ(job.at("networks").at(0).at("name").as_string(), "Fachkräfteallianz Ostwürttemberg");
  auto lands = h.get("/api/v1/search?type=practice&size=1");
  EXPECT_EQ(lands.json().at("facets").at("land").as_object().size(), 16u) << "published practices in every Land";
  h.add_user("admin@example.org", true);
  const auto admin = h.login("admin@example.org");
  EXPECT_GE(total(h.get("/api/v1/practices?status=draft", {.session = admin})), 1)
      << "a few generated drafts show the workflow";
}

INSTANTIATE_TEST_SUITE_P(Backends, PracticesTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace

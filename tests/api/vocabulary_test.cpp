// The controlled vocabularies: everyone reads them, admins add terms (validated, no duplicates,
// audited), and an added term is at once accepted where networks use the vocabulary.
#include <gtest/gtest.h>

#include "api/harness.hpp"

namespace {
namespace bj = boost::json;
using fw::testing::Harness;

class VocabularyTest : public ::testing::TestWithParam<std::string> {};

bool has_code(const bj::value& list, const std::string& code) {
  for (const auto& t : list.as_array()) {
    if (t.at("code").as_string() == code) return true;
  }
  return false;
}

TEST_P(VocabularyTest, AdminsAddValidatedAuditedTerms) {
  Harness h(GetParam());
  FW_REQUIRE_HARNESS(h);
  h.add_user("admin@example.org", true);
  auto admin = h.login("admin@example.org");
  h.add_user("anna@example.org");
  auto coordinator = h.login("anna@example.org");

  const auto before = h.get("/api/v1/vocabularies").json();  // keep the document alive
  EXPECT_TRUE(has_code(before.at("handlungsfelder"), "dual_career"));
  EXPECT_TRUE(has_code(before.at("zielgruppen"), "unternehmen"));
  EXPECT_TRUE(before.at("zielgruppen").as_array().at(0).at("builtin").as_bool());

  const bj::object term{{"code", "digitalisierung"}, {"label_de", "Digitalisierung der Arbeit"}, {"label_en", "Digital work"}};
  EXPECT_EQ(h.post("/api/v1/vocabularies/handlungsfelder", term, {.session = coordinator}).status, 403) << "not an admin";
  EXPECT_EQ(h.post("/api/v1/vocabularies/handlungsfelder", term).status, 401);

  // Bad input names its field and writes nothing.
  auto bad = [&](bj::object changes) {
    bj::object body = term;
    for (const auto& [k, v] : changes) body[k] = v;
    return h.post("/api/v1/vocabularies/handlungsfelder", body, {.session = admin});
  };
  EXPECT_EQ(bad({{"code", "Digital Arbeit"}}).error_field(), "code");
  EXPECT_EQ(bad({{"code", "1abc"}}).error_field(), "code");
  EXPECT_EQ(bad({{"code", "x"}}).error_field(), "code");
  EXPECT_EQ(bad({{"label_de", "  "}}).error_field(), "label_de");
  EXPECT_EQ(bad({{"label_en", std::string(201, 'x')}}).error_field(), "label_en");
  EXPECT_EQ(bad({{"code", 5}}).status, 422);
  EXPECT_EQ(h.post("/api/v1/vocabularies/berufe", term, {.session = admin}).status, 404);
  EXPECT_EQ(h.audit_count("create", "vocabulary"), 0);

  auto added = h.post("/api/v1/vocabularies/handlungsfelder", term, {.session = admin});
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(added.json().at("term").at("kind").as_string(), "handlungsfeld");
  EXPECT_FALSE(added.json().at("term").at("builtin").as_bool());
  EXPECT_EQ(h.audit_count("create", "vocabulary"), 1);
  const auto after = h.get("/api/v1/vocabularies").json();
  EXPECT_TRUE(has_code(after.at("handlungsfelder"), "digitalisierung"));
  EXPECT_FALSE(has_code(after.at("zielgruppen"), "digitalisierung")) << "added to one vocabulary only";

  // Duplicates: the same code, or the same German label under another code.
  auto again = h.post("/api/v1/vocabularies/handlungsfelder", term, {.session = admin});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.error_field(), "code");
  EXPECT_EQ(bad({{"code", "digital2"}, {"label_de", "digitalisierung der arbeit"}}).error_field(), "label_de");
  EXPECT_EQ(bad({{"code", "dual_career"}}).status, 409) << "built-in codes are taken too";
  EXPECT_EQ(h.audit_count("create", "vocabulary"), 1);

  // The same code may exist in the other vocabulary; the new term is usable at once.
  EXPECT_EQ(h.post("/api/v1/vocabularies/zielgruppen", term, {.session = admin}).status, 201);
  auto net = h.post("/api/v1/networks",
                    bj::object{{"name", "Digitalnetz"}, {"handlungsfelder", bj::array{"digitalisierung"}}},
                    {.session = admin});
  EXPECT_EQ(net.status, 201) << net.body;
}

INSTANTIATE_TEST_SUITE_P(Backends, VocabularyTest, ::testing::ValuesIn(fw::testing::test_backends()),
                         fw::testing::BackendName{});

}  // namespace

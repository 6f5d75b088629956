// Core utilities: CSV as German spreadsheets write it, the message catalogue, JSON field
// decoding, password hashing and tokens.
#include <gtest/gtest.h>

#include "core/crypto.hpp"
#include "core/csv.hpp"
#include "core/json.hpp"
#include "core/messages.hpp"

namespace {

TEST(Csv, RoundTripsQuotesSeparatorsNewlinesAndUmlauts) {
  std::string out;
  fw::csv::write_row(out, {"a;b", "sag \"hallo\"", "zwei\nzeilen", "Müller", ""});
  EXPECT_EQ(out, "\"a;b\";\"sag \"\"hallo\"\"\";\"zwei\nzeilen\";Müller;\r\n");
  auto parsed = fw::csv::parse(std::string(fw::csv::kBom) + "x;y;z;w;v\r\n" + out, "t.csv");
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->size(), 2u);
  EXPECT_EQ((*parsed)[1].fields, (std::vector<std::string>{"a;b", "sag \"hallo\"", "zwei\nzeilen", "Müller", ""}));
  EXPECT_EQ((*parsed)[1].line, 2u);
}

TEST(Csv, NeutralisesSpreadsheetFormulas) {
  std::string out;
  fw::csv::write_row(out, {"=HYPERLINK(\"x\")", "-1", "ok"});
  EXPECT_EQ(out.rfind("\"'=HYPERLINK", 0), 0u) << out;
}

TEST(Csv, ErrorsNameFileAndLine) {
  auto latin1 = fw::csv::parse("a;b\r\nM\xfcller;x\r\n", "liste.csv");
  ASSERT_FALSE(latin1);
  EXPECT_EQ(latin1.error().key, "csv.encoding");
  EXPECT_EQ(latin1.error().field, "liste.csv:2");
  auto open_quote = fw::csv::parse("a;b\n1;2\n\"offen;3\n", "q.csv");
  ASSERT_FALSE(open_quote);
  EXPECT_EQ(open_quote.error().field, "q.csv:3");
  auto blank = fw::csv::parse("a\n\n\nb\n", "b.csv");
  ASSERT_TRUE(blank);
  ASSERT_EQ(blank->size(), 2u);
  EXPECT_EQ((*blank)[1].line, 4u);
}

TEST(Messages, GermanByDefaultEnglishOnRequestWithPlaceholders) {
  EXPECT_EQ(fw::pick_language(""), "de");
  EXPECT_EQ(fw::pick_language("de-DE,en;q=0.5"), "de");
  EXPECT_EQ(fw::pick_language("en-US"), "en");
  fw::Error e{fw::ErrorCode::invalid_argument, "json.missing", "email", ""};
  EXPECT_EQ(fw::message_text(e, "de"), "Das Feld „email“ fehlt.");
  EXPECT_EQ(fw::message_text(e, "en"), "The field \"email\" is missing.");
  EXPECT_NE(fw::message_text("no.such.key", "de"), "");
  for (const char* key : {"auth.invalid_credentials", "auth.csrf", "auth.rate_limited", "db.unavailable", "csv.encoding"}) {
    EXPECT_TRUE(fw::has_message(key)) << key;
  }
}

TEST(Json, FieldErrorsNameTheField) {
  auto bad = fw::json::parse_object("{\"a\":");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, fw::ErrorCode::bad_request);
  auto o = fw::json::parse_object(R"({"n": "x", "b": true, "i": 5, "z": null})");
  ASSERT_TRUE(o);
  EXPECT_EQ(fw::json::get_int(*o, "n").error().field, "n");
  EXPECT_EQ(fw::json::get_int(*o, "n").error().key, "json.wrong_type");
  EXPECT_EQ(fw::json::get_string(*o, "missing").error().key, "json.missing");
  EXPECT_FALSE(fw::json::opt_string(*o, "z")->has_value()) << "null counts as absent";
  EXPECT_EQ(*fw::json::get_int(*o, "i"), 5);
  auto deep = fw::json::parse_object(std::string(100, '[') + std::string(100, ']'));
  EXPECT_FALSE(deep) << "nesting is bounded";
}

TEST(Crypto, Argon2idHashesVerifyAndDiffer) {
  ASSERT_TRUE(fw::crypto::init());
  fw::crypto::set_password_cost(fw::crypto::PasswordCost::minimal);
  auto h1 = fw::crypto::hash_password("Richtig-Geheim-42");
  auto h2 = fw::crypto::hash_password("Richtig-Geheim-42");
  ASSERT_TRUE(h1 && h2);
  EXPECT_EQ(h1->rfind("$argon2id$", 0), 0u);
  EXPECT_NE(*h1, *h2) << "salted";
  EXPECT_TRUE(fw::crypto::verify_password(*h1, "Richtig-Geheim-42"));
  EXPECT_FALSE(fw::crypto::verify_password(*h1, "richtig-geheim-42"));
  EXPECT_FALSE(fw::crypto::verify_password("!", "anything"));
  EXPECT_NE(fw::crypto::random_token(), fw::crypto::random_token());
  EXPECT_EQ(fw::crypto::random_token(32).size(), 43u);
  EXPECT_EQ(fw::crypto::sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace

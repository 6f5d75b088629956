// Folding, stemming, query building and escaping of the German analyser (src/search/german.hpp).
#include "search/german.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <thread>

#include "search/matching.hpp"

namespace {

using fw::search::fold;
using fw::search::fts5_match;
using fw::search::index_terms;
using fw::search::query_terms;
using fw::search::stem;
using fw::search::tsquery;
using fw::search::testing::finds;

using Strings = std::vector<std::string>;

TEST(German, TheFourExamplesOfTheIssue) {
  EXPECT_TRUE(finds("pflegekraft", "Pflegekräfte"));
  EXPECT_TRUE(finds("strasse", "Straße"));
  EXPECT_TRUE(finds("mueller", "Müller"));
  EXPECT_TRUE(finds("fachkräfte", "Fachkräftesicherung"));
  // … and the other way round.
  EXPECT_TRUE(finds("Pflegekräfte", "Pflegekraft"));
  EXPECT_TRUE(finds("Straße", "Strasse"));
  EXPECT_TRUE(finds("Müller", "Mueller"));
  EXPECT_TRUE(finds("Fachkräftesicherung", "Fachkräfte-Sicherung"));
}

TEST(German, DoesNotFindWhatIsNotThere) {
  EXPECT_FALSE(finds("pflege", "Fachkräftesicherung"));
  EXPECT_FALSE(finds("Müller", "Meier"));
  EXPECT_FALSE(finds("Pflegekraft Berlin", "Pflegekräfte in Hamburg"));  // every word must match
  EXPECT_FALSE(finds("IT", "Italien"));                                  // short terms match exactly
  EXPECT_TRUE(finds("IT", "IT-Fachkräfte"));
}

TEST(German, FoldsCaseUmlautsSharpSAndAccents) {
  struct Case {
    const char* in;
    const char* out;
  };
  for (const Case& c : {
           Case{"MÜLLER Müller Mueller mueller", "muller muller muller muller"},
           Case{"Straße STRASSE Strasse STRAẞE", "strasse strasse strasse strasse"},
           Case{"Ärzte Aerzte ÖL Oel", "arzte arzte ol ol"},
           Case{"Café Crème Łódź Ærø Œuvre Ñandú ſ", "cafe creme lodz aro ouvre nandu s"},
           Case{"Feuer Bauer neue Quelle Goethe", "feuer bauer neue quelle gothe"},  // ue kept after a/e/q
           Case{"Mu\xCC\x88ller", "muller"},                                         // decomposed ü (u + U+0308)
           Case{"Fach\xC2\xAD"
                "kraft",
                "fachkraft"},  // soft hyphen inside a word
           Case{"a\xC2\xA0"
                "b \xE2\x80\x9EZitat\xE2\x80\x9C",
                "a b zitat"},  // NBSP, „ “
           Case{"Industrie 4.0, seit 2014!", "industrie 4 0 seit 2014"},
           Case{"Αθήνα Москва 東京", ""},  // other scripts are not indexed
           Case{"  --  ", ""},
       }) {
    EXPECT_EQ(fold(c.in), c.out) << c.in;
  }
}

TEST(German, TokensAreCutAt64Bytes) {
  const std::string long_word(200, 'a');
  const Strings t = fw::search::tokens(long_word + " b");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0], std::string(64, 'a'));
  EXPECT_TRUE(finds(long_word + "xyz", long_word));  // cut identically on both sides
}

TEST(German, StemsPluralAndGenitiveForms) {
  for (const char* w : {"netzwerk", "netzwerke", "netzwerks", "netzwerkes", "netzwerken"}) {
    EXPECT_EQ(stem(w), "netzwerk") << w;
  }
  EXPECT_EQ(stem("unternehmens"), "unternehm");
  EXPECT_EQ(stem("ergebnisse"), "ergebnis");
  EXPECT_EQ(stem("2014"), "2014");
  // Folding comes first: Snowball would leave the spelled-out umlaut in "kraeft" alone.
  EXPECT_EQ(stem(fold("Pflegekraefte")), "pflegekraft");
  EXPECT_EQ(query_terms("Pflegekräfte"), (Strings{"pflegekraft"}));
  EXPECT_EQ(stem(""), "");
  EXPECT_TRUE(finds("Netzwerks", "Netzwerke"));
  EXPECT_TRUE(finds("Netzwerk", "des Netzwerkes"));
  EXPECT_TRUE(finds("Unternehmens", "Unternehmen"));
  EXPECT_TRUE(finds("Häuser", "Haus"));
  EXPECT_TRUE(finds("Ergebnis", "Ergebnisse"));
}

TEST(German, QueryTermsDropStopWordsAndDuplicates) {
  EXPECT_EQ(query_terms("Vereinbarkeit von Familie und Beruf"), (Strings{"vereinbar", "famili", "beruf"}));
  EXPECT_EQ(query_terms("Netzwerk Netzwerke NETZWERKS"), (Strings{"netzwerk"}));
  EXPECT_EQ(query_terms("die und"), (Strings{"die", "und"}));  // nothing else: keep them
  EXPECT_TRUE(query_terms("").empty());
  EXPECT_TRUE(query_terms("\"*()-:").empty());
  std::string many;
  for (int i = 0; i < 40; ++i) many += "wort" + std::to_string(i) + " ";
  EXPECT_EQ(query_terms(many).size(), fw::search::kMaxQueryWords);
  EXPECT_TRUE(finds("Job für Zwei", "Job für Zwei"));
  EXPECT_TRUE(finds("Netzwerk der Pflege", "Pflegenetzwerk Netzwerk"));
}

TEST(German, Fts5MatchQuotesEveryTerm) {
  EXPECT_EQ(fts5_match("Pflegekräfte IT"), R"("pflegekraft"* AND "it")");
  EXPECT_EQ(fts5_match(R"(Müller" OR 1=1 --)"), R"("mull"* AND "or" AND "1")");
  EXPECT_EQ(fts5_match("NEAR(pflege kraft) AND -arbeit*"),
            R"("near"* AND "pfleg"* AND "kraft"* AND "and"* AND "arbeit"*)");
  EXPECT_EQ(fts5_match("'; DROP TABLE docs; --"), R"("drop"* AND "tabl"* AND "docs"*)");
  EXPECT_EQ(fts5_match("title:Netzwerk"), R"("titl"* AND "netzwerk"*)");
  EXPECT_EQ(fts5_match(""), "");
  EXPECT_EQ(fts5_match("  * \" ' ( ) - : ^ "), "");
}

TEST(German, TsqueryQuotesEveryTerm) {
  EXPECT_EQ(tsquery("Pflegekräfte IT"), "'pflegekraft':* & 'it'");
  EXPECT_EQ(tsquery(R"(Müller' | !x & (y) <-> z:*)"), "'mull':* & 'x' & 'y' & 'z'");
  EXPECT_EQ(tsquery("\\' --"), "");
}

// Whether `s` is "" or quoted [a-z0-9]+ terms, each optionally followed by `prefix_mark`,
// joined by `sep` (quote = 0: unquoted terms).
bool well_formed(std::string_view s, std::string_view sep, char quote, std::string_view prefix_mark) {
  while (!s.empty()) {
    if (quote != 0) {
      if (s.front() != quote) return false;
      s.remove_prefix(1);
    }
    std::size_t n = 0;
    while (n < s.size() && ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= '0' && s[n] <= '9'))) ++n;
    if (n == 0) return false;
    s.remove_prefix(n);
    if (quote != 0) {
      if (s.empty() || s.front() != quote) return false;
      s.remove_prefix(1);
    }
    if (!prefix_mark.empty() && s.starts_with(prefix_mark)) s.remove_prefix(prefix_mark.size());
    if (s.empty()) return true;
    if (!s.starts_with(sep)) return false;
    s.remove_prefix(sep.size());
    if (s.empty()) return false;
  }
  return true;
}

// Random bytes, including invalid UTF-8: nothing crashes and the outputs keep their grammar.
TEST(German, RandomBytesYieldWellFormedOutput) {
  std::mt19937 rng(42);
  const std::string alphabet = "aeouAEOUsSzZ -\"'*():\xC3\xA4\xC3\x9F\xE2\x80\x9E\xFF\x80\xC3";
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const int len = static_cast<int>(rng() % 40);
    for (int i = 0; i < len; ++i) {
      s.push_back(round % 2 == 0 ? alphabet[rng() % alphabet.size()] : static_cast<char>(rng() & 0xFF));
    }
    EXPECT_TRUE(well_formed(fts5_match(s), " AND ", '"', "*")) << s;
    EXPECT_TRUE(well_formed(tsquery(s), " & ", '\'', ":*")) << s;
    EXPECT_TRUE(well_formed(index_terms(s), " ", 0, "")) << s;
  }
  EXPECT_FALSE(well_formed("\"a\" OR \"b\"", " AND ", '"', "*"));  // the checker does check
  EXPECT_FALSE(well_formed("'a' & !'b'", " & ", '\'', ":*"));
}

TEST(German, InvalidUtf8IsASeparator) {
  EXPECT_EQ(fold("M\xFCller"), "m ller");  // Latin-1 ü
  EXPECT_EQ(fold("ab\xC3"), "ab");         // truncated sequence at the end
  EXPECT_EQ(fold("a\xC0\xAF"
                 "b"),
            "a b");  // overlong '/'
  EXPECT_EQ(fold("a\xED\xA0\x80"
                 "b"),
            "a b");  // UTF-16 surrogate
  EXPECT_EQ(fold("a\xF4\x90\x80\x80"
                 "b"),
            "a b");  // beyond U+10FFFF
  EXPECT_EQ(fold(std::string("a\0b", 3)), "a b");
  const std::string garbage(1 << 20, '\xFF');
  EXPECT_EQ(index_terms(garbage), "");
}

TEST(German, IndexTermsListFoldedStemAndJoinedForms) {
  EXPECT_EQ(index_terms("Netzwerke"), "netzwerke netzwerk werke");
  EXPECT_EQ(index_terms("IT-Fachkräfte"), "it fachkrafte fachkraft krafte itfachkrafte");
  EXPECT_EQ(index_terms("Job, Job"), "job job");  // repeated words keep their frequency
  EXPECT_EQ(index_terms(""), "");
}

TEST(German, ThreadsGetTheSameResults) {
  const std::string text = "Fachkräftesicherung und Pflegekräfte im Netzwerk Großbeerenstraße, IT-Fachkräfte";
  const std::string expected = index_terms(text);
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int k = 0; k < 200; ++k) results[i] = index_terms(text);
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& r : results) EXPECT_EQ(r, expected);
}

}  // namespace

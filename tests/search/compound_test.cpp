// Compound splitting (src/search/compound.hpp) and what it makes findable.
#include "search/compound.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "search/german.hpp"
#include "search/matching.hpp"

namespace {

using fw::search::testing::finds;
using Views = std::vector<std::string_view>;

Views tails(std::string_view folded) {
  Views out;
  fw::search::detail::compound_tails(folded, out);
  return out;
}

TEST(Compound, SplitsIntoTailsAtEveryPartBoundary) {
  struct Case {
    std::string_view word;
    Views expected;
  };
  for (const Case& c : {
           Case{"fachkraftesicherung", {"kraftesicherung", "sicherung"}},  // fach|kraft|e|sicherung
           Case{"pflegekrafte", {"krafte"}},                               // inflection -e at the end
           Case{"arbeitsmarkt", {"markt"}},                                // link -s-
           Case{"wirtschaftsforderung", {"forderung"}},
           Case{"hochschulabschluss", {"abschluss"}},  // Hochschule without its -e
           Case{"landratsamt", {"ratsamt", "amt"}},
           Case{"grossbeerenstrasse", {"strasse"}},  // unknown head
           Case{"jobcenter", {"center"}},
           Case{"partnerinnen", {}},
           Case{"sicherung", {}},
           Case{"integration", {}},
           Case{"transport", {}},  // "ort" after an unknown head is too short to count
           Case{"vereinbarkeit", {}},
           Case{"netzwerk2014", {}},
       }) {
    EXPECT_EQ(tails(c.word), c.expected) << c.word;
  }
}

TEST(Compound, LexiconEntriesAreSingleFoldableWords) {
  const auto& words = fw::search::detail::lexicon_source();
  EXPECT_GT(words.size(), 400u);
  for (std::string_view w : words) {
    const std::vector<std::string> t = fw::search::tokens(w);
    ASSERT_EQ(t.size(), 1u) << w;
    EXPECT_GE(t[0].size(), 3u) << w;
    EXPECT_EQ(t[0].find_first_not_of("abcdefghijklmnopqrstuvwxyz"), std::string::npos) << w;
  }
}

TEST(Compound, PartsAreFindable) {
  EXPECT_TRUE(finds("sicherung", "Fachkräftesicherung"));
  EXPECT_TRUE(finds("Kräfte", "Pflegekräfte"));
  EXPECT_TRUE(finds("Förderung", "Wirtschaftsförderung"));
  EXPECT_TRUE(finds("Markt", "Arbeitsmärkte"));
  EXPECT_TRUE(finds("Abschluss", "Hochschulabschlüsse"));
  EXPECT_TRUE(finds("Straße", "Netzwerk Großbeerenstraße"));
  EXPECT_TRUE(finds("Allianz", "Fachkräfteallianz Ostwürttemberg"));
  EXPECT_TRUE(finds("Bündnis", "Fachkräftebündnis Heilbronn-Franken"));
  EXPECT_TRUE(finds("Heilbronn Franken", "Fachkräftebündnis Heilbronn-Franken"));
  EXPECT_TRUE(finds("kräftesicherung", "Fachkräftesicherung"));  // a run of inner parts
  EXPECT_TRUE(finds("Partner", "Entwicklungspartnerschaft"));
  EXPECT_TRUE(finds("Vereinbarung", "Kooperationsvereinbarungen"));
  EXPECT_FALSE(finds("Markt", "Marketing"));
  EXPECT_FALSE(finds("Amt", "Transport Separat"));
}

}  // namespace

// Snippets with <mark>ed matches (fw::search::highlight).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "search/german.hpp"

namespace {

using fw::search::highlight;
using fw::search::query_terms;

// Strict UTF-8 validation, independent of the code under test.
bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

// Code points outside the markup.
std::size_t visible_length(std::string s) {
  for (const char* tag : {"<mark>", "</mark>"}) {
    for (std::size_t p; (p = s.find(tag)) != std::string::npos;) s.erase(p, std::string_view(tag).size());
  }
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

TEST(Highlight, MarksMatchingWordsAndEscapesTheRest) {
  EXPECT_EQ(highlight("Die Pflegekräfte & <Ärzte> \"sagen\" 'ja'", query_terms("pflegekraft"), 0),
            "Die <mark>Pflegekräfte</mark> &amp; &lt;Ärzte&gt; &quot;sagen&quot; &#39;ja&#39;");
  EXPECT_EQ(highlight("Herr Müller und Frau Mueller", query_terms("müller"), 0),
            "Herr <mark>Müller</mark> und Frau <mark>Mueller</mark>");
  EXPECT_EQ(highlight("<script>alert(1)</script>", query_terms("script"), 0),
            "&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;");
}

TEST(Highlight, MarksWholeCompoundsAndHyphenatedRuns) {
  EXPECT_EQ(highlight("Zur Fachkräftesicherung.", query_terms("sicherung"), 0),
            "Zur <mark>Fachkräftesicherung</mark>.");
  EXPECT_EQ(highlight("Die Fachkräfte-Sicherung", query_terms("Fachkräftesicherung"), 0),
            "Die <mark>Fachkräfte-Sicherung</mark>");
  EXPECT_EQ(highlight("IT-Fachkräfte", query_terms("it"), 0), "<mark>IT</mark>-Fachkräfte");
}

TEST(Highlight, CutsAWindowAroundTheFirstMatchAtSpaces) {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "Vorrede ";
  text += "die Straße der Netzwerke ";
  for (int i = 0; i < 30; ++i) text += "Nachwort ";
  const std::string out = highlight(text, query_terms("strasse"), 60);
  EXPECT_TRUE(out.starts_with("\xE2\x80\xA6Vorrede")) << out;
  EXPECT_TRUE(out.ends_with("Nachwort\xE2\x80\xA6")) << out;
  EXPECT_NE(out.find("die <mark>Straße</mark> der Netzwerke"), std::string::npos) << out;
  EXPECT_LE(visible_length(out), 60u + 2u) << out;
}

TEST(Highlight, WithoutMatchShowsTheBeginning) {
  EXPECT_EQ(highlight("Eins zwei drei vier", query_terms("fünf"), 10), "Eins zwei\xE2\x80\xA6");
  EXPECT_EQ(highlight("kurz", {}, 10), "kurz");
  EXPECT_EQ(highlight("", query_terms("x"), 10), "");
}

TEST(Highlight, NeverSplitsAUtf8Sequence) {
  const std::string umlauts = [] {
    std::string s;
    for (int i = 0; i < 50; ++i) s += "äöü€𝄞";
    return s;
  }();
  for (std::size_t len = 1; len < 30; ++len) {
    const std::string out = highlight(umlauts, query_terms("x"), len);
    EXPECT_TRUE(valid_utf8(out)) << len;
    EXPECT_EQ(visible_length(out), len + 1) << len;  // no spaces to cut at: exactly len + "…"
  }
}

TEST(Highlight, InvalidBytesBecomeReplacementCharacters) {
  const std::string out = highlight("M\xFCller und \xC3 M\xC3\xBCller \xED\xA0\x80", query_terms("müller"), 0);
  EXPECT_EQ(out, "M\xEF\xBF\xBDller und \xEF\xBF\xBD <mark>M\xC3\xBCller</mark> \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_TRUE(valid_utf8(out));
  std::string bytes;
  for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<char>((i * 7919) & 0xFF));
  for (std::size_t len : {0u, 5u, 17u, 100u}) EXPECT_TRUE(valid_utf8(highlight(bytes, query_terms("a"), len)));
}

}  // namespace

// UTF-8 decoding and character folding (see text.hpp).
#include <cstdint>

#include "search/text.hpp"

namespace fw::search::detail {

Decoded decode_utf8(std::string_view text, std::size_t pos) {
  constexpr Decoded kBad{U'\uFFFD', 1, false};
  const auto at = [&](std::size_t i) { return static_cast<unsigned char>(text[pos + i]); };
  const std::size_t left = text.size() - pos;
  const unsigned char b0 = at(0);
  if (b0 < 0x80) return {b0, 1, true};
  std::size_t len = 0;
  char32_t cp = 0;
  unsigned char lo = 0x80;  // allowed range of the second byte (excludes overlongs, surrogates)
  unsigned char hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
    cp = b0 & 0x1Fu;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    cp = b0 & 0x0Fu;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    cp = b0 & 0x07u;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return kBad;
  }
  if (left < len) return kBad;
  if (at(1) < lo || at(1) > hi) return kBad;
  for (std::size_t i = 1; i < len; ++i) {
    const unsigned char b = at(i);
    if ((b & 0xC0u) != 0x80u) return kBad;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  return {cp, len, true};
}

namespace {

// Folding of U+00C0..U+00FF. Lower-case ASCII letter, ' ' = separator, and markers for the
// letters that fold to two characters: 'A' = "ae" (Æ), 'T' = "th" (Þ), 'S' = "ss" (ß).
// "ae" then goes through the digraph rule like typed text, so Æ, "ae" and Ä all become "a".
constexpr std::string_view kLatin1 =
    "aaaaaaAceeeeiiiidnooooo ouuuuyTS"   // U+00C0..U+00DF
    "aaaaaaAceeeeiiiidnooooo ouuuuyTy";  // U+00E0..U+00FF
// Folding of U+0100..U+017F (Latin Extended-A); 'I' = "ij", 'O' = "oe" (Œ).
constexpr std::string_view kLatinExtA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiIIjjkkklllllllllln"
    "nnnnnnnnooooooOOrrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatin1.size() == 64);
static_assert(kLatinExtA.size() == 128);

Folded from_table_char(char c) {
  switch (c) {
    case ' ':
      return {CharClass::separator, {0, 0, 0}};
    case 'A':
      return {CharClass::letter, {'a', 'e', 0}};
    case 'T':
      return {CharClass::letter, {'t', 'h', 0}};
    case 'S':
      return {CharClass::letter, {'s', 's', 0}};
    case 'I':
      return {CharClass::letter, {'i', 'j', 0}};
    case 'O':
      return {CharClass::letter, {'o', 'e', 0}};
    default:
      return {CharClass::letter, {c, 0, 0}};
  }
}

}  // namespace

Folded fold_char(char32_t cp) {
  if (cp < 0x80) {
    const auto c = static_cast<char>(cp);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return {CharClass::letter, {c, 0, 0}};
    if (c >= 'A' && c <= 'Z') return {CharClass::letter, {static_cast<char>(c - 'A' + 'a'), 0, 0}};
    if (c == '-') return {CharClass::hyphen, {0, 0, 0}};
    return {CharClass::separator, {0, 0, 0}};
  }
  if (cp >= 0xC0 && cp <= 0xFF) return from_table_char(kLatin1[cp - 0xC0]);
  if (cp >= 0x100 && cp <= 0x17F) return from_table_char(kLatinExtA[cp - 0x100]);
  if (cp == 0x1E9E) return {CharClass::letter, {'s', 's', 0}};  // ẞ capital sharp s
  if ((cp >= 0x300 && cp <= 0x36F) || cp == 0xAD || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF) {
    return {CharClass::ignorable, {0, 0, 0}};  // decomposed accents ("u" + U+0308), soft hyphen
  }
  if (cp == 0x2010 || cp == 0x2011) return {CharClass::hyphen, {0, 0, 0}};
  return {CharClass::separator, {0, 0, 0}};
}

void append_folded(std::string& word, char c) {
  if (c == 'e' && !word.empty()) {
    const char prev = word.back();
    if (prev == 'a' || prev == 'o') return;  // "ae" → "a", "oe" → "o"
    if (prev == 'u') {
      const char before = word.size() >= 2 ? word[word.size() - 2] : '\0';
      if (before != 'a' && before != 'e' && before != 'q') return;  // "ue" → "u"
    }
  }
  word.push_back(c);
}

}  // namespace fw::search::detail

// Internal to fw_search: UTF-8 decoding, character folding and the word scanner that every
// public function in german.hpp is built on. Not part of the public interface.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

namespace fw::search::detail {

// Longest word kept, in folded bytes. Longer words are cut to this length on both the document
// and the query side, so they still match each other (and 10 MB of "aaaa…" stays cheap).
inline constexpr std::size_t kMaxWordBytes = 64;

// One decoded code point. `length` is the number of bytes consumed (always >= 1, so a loop
// over a string always advances); `valid` is false for a malformed, overlong, surrogate or
// out-of-range sequence, in which case exactly one byte is consumed and `cp` is U+FFFD.
struct Decoded {
  char32_t cp;
  std::size_t length;
  bool valid;
};
Decoded decode_utf8(std::string_view text, std::size_t pos);

// What a code point contributes to a word.
enum class CharClass {
  letter,     // `folded` holds 1-2 ASCII lower-case letters or a digit (e.g. "ss" for ß)
  ignorable,  // combining accents, soft hyphen, zero-width joiners: dropped, word continues
  hyphen,     // '-' and U+2010/U+2011: a separator that may join two words ("IT-Fachkraft")
  separator,  // everything else, including invalid bytes and non-Latin scripts
};
struct Folded {
  CharClass cls;
  char folded[3];  // NUL-terminated; only for CharClass::letter
};
Folded fold_char(char32_t cp);

// Appends one folded character to a word under construction, applying the digraph rules
// "ae"→"a", "oe"→"o" and "ue"→"u" (the last not after 'a', 'e' or 'q', so that "Bauer",
// "Feuer", "neue" and "Quelle" keep their "ue"). Used identically for documents and queries.
void append_folded(std::string& word, char c);

// A word as found in the original text.
struct Word {
  std::size_t begin = 0;       // byte offset of the first byte in the original text
  std::size_t end = 0;         // one past the last byte in the original text
  std::string folded;          // ASCII [a-z0-9], 1..kMaxWordBytes bytes
  bool hyphen_joined = false;  // directly preceded by "<word>-" (a single hyphen, no spaces)
};

// Calls on_word(const Word&) for every word of `text`, left to right. If on_word returns bool,
// returning false stops the scan. Never throws on bad input; invalid UTF-8 bytes separate words.
template <class F>
void for_each_word(std::string_view text, F&& on_word);

}  // namespace fw::search::detail

// ---- template implementation ----

namespace fw::search::detail {

template <class F>
void for_each_word(std::string_view text, F&& on_word) {
  Word word;
  bool in_word = false;
  // State of the separator run since the last word: 0 = none, 1 = exactly one hyphen,
  // 2 = anything else. Only state 1 joins two words.
  int gap = 2;
  std::size_t pos = 0;
  bool go_on = true;
  auto finish = [&] {
    if (in_word && !word.folded.empty()) {
      if constexpr (std::is_same_v<decltype(on_word(static_cast<const Word&>(word))), bool>) {
        go_on = on_word(static_cast<const Word&>(word));
      } else {
        on_word(static_cast<const Word&>(word));
      }
    }
    in_word = false;
    word.folded.clear();
  };
  while (go_on && pos < text.size()) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    Decoded d;
    Folded f;
    if (byte < 0x80) {  // ASCII fast path
      d = Decoded{byte, 1, true};
      if ((byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9')) {
        f = Folded{CharClass::letter, {static_cast<char>(byte), 0, 0}};
      } else if (byte >= 'A' && byte <= 'Z') {
        f = Folded{CharClass::letter, {static_cast<char>(byte - 'A' + 'a'), 0, 0}};
      } else {
        f = Folded{byte == '-' ? CharClass::hyphen : CharClass::separator, {0, 0, 0}};
      }
    } else {
      d = decode_utf8(text, pos);
      f = d.valid ? fold_char(d.cp) : Folded{CharClass::separator, {0, 0, 0}};
    }
    switch (f.cls) {
      case CharClass::letter:
        if (!in_word) {
          word.begin = pos;
          word.hyphen_joined = (gap == 1);
          in_word = true;
        }
        for (const char* c = f.folded; *c != 0; ++c) {
          if (word.folded.size() < kMaxWordBytes) append_folded(word.folded, *c);
        }
        word.end = pos + d.length;
        break;
      case CharClass::ignorable:
        if (in_word) word.end = pos + d.length;
        break;
      case CharClass::hyphen:
        if (in_word) {
          finish();
          gap = 1;
        } else {
          gap = 2;
        }
        break;
      case CharClass::separator:
        finish();
        gap = 2;
        break;
    }
    pos += d.length;
  }
  if (go_on) finish();
}

}  // namespace fw::search::detail

// Internal to fw_search: splitting German compounds into known parts.
//
// A folded word w is read as  head (link part)* inflection  where every part is a lexicon
// morpheme (lexicon.cpp, folded with the same rules as the text), a link is one of the
// Fugenelemente "", s, es, n, en, er, e, ens, ns, and the inflection one of "", e, en, n, s,
// es, er, ern, ens, ns, in, innen. The head is a lexicon morpheme or, failing that, any
// unknown run of >= 4 letters followed by a part of >= 6 letters ("Großbeeren|straße"; shorter
// parts after an unknown head gave too many false splits: "gest|alten", "thema|tische").
// Lexicon morphemes ending in -e may also appear without it before another part
// ("Schul|abschluss", "Sprach|förderung").
//
// Instead of choosing one segmentation, the splitter returns the *tails* of the word at every
// part boundary of every complete segmentation: "fachkraftesicherung" (fach|kraft|e|sicherung)
// gives "kraftesicherung" and "sicherung". With prefix matching a tail stands for all its
// leading parts too ("kraft" is a prefix of "kraftesicherung"), and the word's first part is a
// prefix of the word itself, so every run of parts can be found.
//
// Cost: one dynamic-programming pass over a trie, O(length × longest morpheme) per word.
#pragma once

#include <string_view>
#include <vector>

namespace fw::search::detail {

// Most tails returned for one word; the longest (leftmost) boundaries win.
inline constexpr std::size_t kMaxTails = 8;

// Appends to `out` the tails of `folded` (ASCII a-z; other words are left alone), longest
// first, each a view into `folded`. Nothing is appended for words that are not compounds.
// Thread-safe; the lexicon is built once on first use.
void compound_tails(std::string_view folded, std::vector<std::string_view>& out);

// The lexicon as written (natural German spelling, before folding). For tests and docs.
const std::vector<std::string_view>& lexicon_source();

}  // namespace fw::search::detail

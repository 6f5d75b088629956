// Compound splitting: a trie of folded morphemes and one forward/backward pass per word.
#include "search/compound.hpp"

#include <array>
#include <cstdint>
#include <string>

#include "search/text.hpp"

namespace fw::search::detail {

const std::vector<std::string_view>& lexicon_words();  // lexicon.cpp

namespace {

constexpr std::uint8_t kFull = 1;      // a morpheme that may end the word
constexpr std::uint8_t kNonFinal = 2;  // a morpheme without its final -e, only before another part
constexpr std::size_t kMinPart = 3;
constexpr std::size_t kMinUnknownHead = 4;
constexpr std::size_t kMinPartAfterUnknown = 6;

constexpr std::array<std::string_view, 9> kLinks = {"", "s", "es", "n", "en", "er", "e", "ens", "ns"};
constexpr std::array<std::string_view, 12> kInflections = {"",   "e",   "en",  "n",  "s",  "es",
                                                           "er", "ern", "ens", "ns", "in", "innen"};

struct Node {
  std::array<std::int32_t, 26> next{};  // 0 = no child (the root is never a child)
  std::uint8_t flags = 0;
};

class Trie {
 public:
  Trie() {
    nodes_.emplace_back();
    for (std::string_view source : lexicon_words()) {
      std::string folded;
      int words = 0;
      for_each_word(source, [&](const Word& w) {
        folded = w.folded;
        ++words;
      });
      if (words != 1 || folded.size() < kMinPart) continue;
      if (folded.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) continue;
      insert(folded, kFull);
      if (folded.size() >= kMinPart + 2 && folded.back() == 'e') {
        insert(std::string_view(folded).substr(0, folded.size() - 1), kNonFinal);
      }
    }
  }

  // Calls on_match(end, flags) for every morpheme that starts at w[begin] and ends before w[end].
  template <class F>
  void matches(std::string_view w, std::size_t begin, F&& on_match) const {
    std::int32_t node = 0;
    for (std::size_t i = begin; i < w.size(); ++i) {
      const char c = w[i];
      if (c < 'a' || c > 'z') return;
      node = nodes_[static_cast<std::size_t>(node)].next[static_cast<std::size_t>(c - 'a')];
      if (node == 0) return;
      const std::uint8_t flags = nodes_[static_cast<std::size_t>(node)].flags;
      if (flags != 0) on_match(i + 1, flags);
    }
  }

 private:
  void insert(std::string_view word, std::uint8_t flag) {
    std::size_t node = 0;
    for (char c : word) {
      const auto idx = static_cast<std::size_t>(c - 'a');
      if (nodes_[node].next[idx] == 0) {
        nodes_[node].next[idx] = static_cast<std::int32_t>(nodes_.size());
        nodes_.emplace_back();
      }
      node = static_cast<std::size_t>(nodes_[node].next[idx]);
    }
    nodes_[node].flags |= flag;
  }

  std::vector<Node> nodes_;
};

const Trie& trie() {
  static const Trie instance;
  return instance;
}

bool has_at(std::string_view w, std::size_t pos, std::string_view piece) {
  return w.size() - pos >= piece.size() && w.compare(pos, piece.size(), piece) == 0;
}

bool is_inflection(std::string_view rest) {
  for (std::string_view infl : kInflections) {
    if (rest == infl) return true;
  }
  return false;
}

}  // namespace

void compound_tails(std::string_view w, std::vector<std::string_view>& out) {
  const std::size_t n = w.size();
  if (n < 2 * kMinPart || n > kMaxWordBytes) return;
  if (w.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos) return;
  const Trie& t = trie();

  // Forward: which part starts are reachable from the beginning of the word?
  // start bit 1: after a head/part and a link; bit 2: after an unknown head (long parts only).
  std::array<std::uint8_t, kMaxWordBytes + 1> start{};
  std::array<bool, kMaxWordBytes + 1> part_end{};
  start[0] = 1;
  for (std::size_t j = kMinUnknownHead; j + kMinPartAfterUnknown <= n; ++j) start[j] |= 2;
  for (std::size_t p = 0; p < n; ++p) {
    if (p > 0 && part_end[p]) {
      for (std::string_view link : kLinks) {
        if (p + link.size() < n && has_at(w, p, link)) start[p + link.size()] |= 1;
      }
    }
    if (start[p] == 0) continue;
    const bool any_length = (start[p] & 1) != 0;
    t.matches(w, p, [&](std::size_t end, std::uint8_t) {
      if (any_length || end - p >= kMinPartAfterUnknown) part_end[end] = true;
    });
  }

  // Backward: from which part starts can the rest of the word be completed?
  std::array<bool, kMaxWordBytes + 1> good_any{};   // for starts of kind 1
  std::array<bool, kMaxWordBytes + 1> good_long{};  // for starts of kind 2
  std::array<bool, kMaxWordBytes + 1> continues{};  // a part ending here can link onwards
  for (std::size_t p = n; p-- > 0;) {
    t.matches(w, p, [&](std::size_t end, std::uint8_t flags) {
      const bool completes = ((flags & kFull) != 0 && is_inflection(w.substr(end))) || continues[end];
      if (!completes) return;
      good_any[p] = true;
      if (end - p >= kMinPartAfterUnknown) good_long[p] = true;
    });
    for (std::string_view link : kLinks) {
      if (p + link.size() < n && has_at(w, p, link) && good_any[p + link.size()]) continues[p] = true;
    }
  }

  std::size_t added = 0;
  for (std::size_t p = 1; p < n && added < kMaxTails; ++p) {
    if (((start[p] & 1) != 0 && good_any[p]) || ((start[p] & 2) != 0 && good_long[p])) {
      out.push_back(w.substr(p));
      ++added;
    }
  }
}

const std::vector<std::string_view>& lexicon_source() {
  return lexicon_words();
}

}  // namespace fw::search::detail

// Search-result snippets with <mark>ed matches (see german.hpp).
#include <algorithm>
#include <utility>

#include "search/analysis.hpp"
#include "search/german.hpp"
#include "search/text.hpp"

namespace fw::search {

namespace {

using Range = std::pair<std::size_t, std::size_t>;  // byte offsets [first, second)

bool any_match(const std::vector<std::string>& query, const std::vector<std::string>& index) {
  for (const std::string& q : query) {
    for (const std::string& t : index) {
      if (term_matches(q, t)) return true;
    }
  }
  return false;
}

// Whether a word's index terms (append_word_terms) match the query, without computing them in
// the common cases: the stem and the compound tails are prefixes/suffixes of the folded word,
// so a prefix term can only match them if it occurs inside the word.
bool word_matches(const std::vector<std::string>& query, const std::string& folded, std::vector<std::string>& scratch) {
  bool maybe = false;
  for (const std::string& q : query) {
    if (term_matches(q, folded)) return true;
    if (!is_prefix_term(q) || folded.find(q, 1) != std::string::npos) maybe = true;
  }
  if (!maybe) return false;
  scratch.clear();
  detail::append_word_terms(folded, scratch);
  return any_match(query, scratch);
}

// The byte ranges of the words (or hyphen-joined runs of words) that match the query, in text
// order and merged. Once a first match is found, scanning stops `window` bytes later.
std::vector<Range> find_marks(std::string_view text, const std::vector<std::string>& query, std::size_t window) {
  std::vector<Range> marks;
  if (query.empty()) return marks;
  std::size_t limit = std::string_view::npos;
  std::vector<std::string> terms;
  std::vector<std::string> chain_terms(1);
  std::size_t chain_begin = 0;
  std::size_t chain_words = 0;
  auto add = [&](Range r) {
    if (!marks.empty() && r.first <= marks.back().second) {
      marks.back().first = std::min(marks.back().first, r.first);
      marks.back().second = std::max(marks.back().second, r.second);
    } else {
      marks.push_back(r);
    }
    if (limit == std::string_view::npos && window != 0) limit = r.first + window;
  };
  detail::for_each_word(text, [&](const detail::Word& w) {
    if (limit != std::string_view::npos && w.begin > limit) return false;
    std::string& chain = chain_terms[0];
    if (!w.hyphen_joined) {
      chain.clear();
      chain_words = 0;
      chain_begin = w.begin;
    }
    if (chain.size() < detail::kMaxWordBytes) chain.append(w.folded, 0, detail::kMaxWordBytes - chain.size());
    ++chain_words;
    if (word_matches(query, w.folded, terms)) {
      add({w.begin, w.end});
    } else if (chain_words >= 2 && any_match(query, chain_terms)) {
      add({chain_begin, w.end});
    }
    return true;
  });
  return marks;
}

std::size_t forward_code_points(std::string_view text, std::size_t pos, std::size_t count) {
  while (pos < text.size() && count > 0) {
    pos += detail::decode_utf8(text, pos).length;
    --count;
  }
  return pos;
}

std::size_t back_code_points(std::string_view text, std::size_t pos, std::size_t count) {
  for (; pos > 0 && count > 0; --count) {
    --pos;
    for (int i = 0; i < 3 && pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0u) == 0x80u; ++i) --pos;
  }
  return pos;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

void append_escaped(std::string& out, std::string_view text, std::size_t begin, std::size_t end) {
  const std::string_view part = text.substr(0, end);
  std::size_t pos = begin;
  while (pos < end) {
    const detail::Decoded d = detail::decode_utf8(part, pos);
    if (!d.valid) {
      out += "\xEF\xBF\xBD";  // U+FFFD
    } else {
      switch (d.cp) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&#39;";
          break;
        default:
          if ((d.cp < 0x20 && d.cp != '\t' && d.cp != '\n' && d.cp != '\r') || d.cp == 0x7F) {
            out.push_back(' ');
          } else {
            out.append(part.substr(pos, d.length));
          }
      }
    }
    pos += d.length;
  }
}

}  // namespace

std::string highlight(std::string_view text, const std::vector<std::string>& query_terms, std::size_t max_len) {
  const std::vector<Range> marks = find_marks(text, query_terms, max_len * 4);

  std::size_t start = 0;
  std::size_t end = text.size();
  if (max_len != 0 && forward_code_points(text, 0, max_len) < text.size()) {
    const std::size_t anchor = marks.empty() ? 0 : marks.front().first;
    const std::size_t anchor_end = marks.empty() ? 0 : marks.front().second;
    start = back_code_points(text, anchor, max_len / 4);
    if (start > 0) {  // begin at a word: after the first space before the match, if any
      const std::size_t space = text.substr(0, anchor).find_first_of(" \t\n\r", start);
      if (space != std::string_view::npos) start = space;
    }
    while (start < anchor && is_space(text[start])) ++start;
    end = forward_code_points(text, start, max_len);
    if (end < text.size()) {  // end after a word: at the last space in the window, if any
      const std::size_t keep = std::max(anchor_end, start + 1);
      const std::size_t space = text.substr(0, end).find_last_of(" \t\n\r");
      if (space != std::string_view::npos && space >= keep) end = space;
    }
    while (end > start && end < text.size() && is_space(text[end - 1])) --end;
  }

  std::string out;
  out.reserve(end - start + 32);
  if (start > 0) out += "\xE2\x80\xA6";  // …
  std::size_t pos = start;
  for (const Range& mark : marks) {
    const std::size_t b = std::max(mark.first, start);
    const std::size_t e = std::min(mark.second, end);
    if (b >= e) continue;
    append_escaped(out, text, pos, b);
    out += "<mark>";
    append_escaped(out, text, b, e);
    out += "</mark>";
    pos = e;
  }
  append_escaped(out, text, pos, end);
  if (end < text.size()) out += "\xE2\x80\xA6";
  return out;
}

}  // namespace fw::search

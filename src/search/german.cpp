// Folding, stemming, index terms and query building (see german.hpp).
#include "search/german.hpp"

#include <libstemmer.h>

#include <algorithm>
#include <iterator>
#include <memory>

#include "search/analysis.hpp"
#include "search/compound.hpp"
#include "search/text.hpp"

namespace fw::search {

namespace {

// Query words that carry no meaning on their own, folded. Dropped from queries that have
// other words; kept in the index, so a query of stop words alone still finds something.
constexpr std::string_view kStopWords[] = {
    "ab",    "aber",  "als",  "am",  "an",   "auch",  "auf",  "aus", "bei",   "beim", "bis",   "bzw",   "da",
    "das",   "dass",  "dem",  "den", "der",  "des",   "die",  "du",  "durch", "ein",  "eine",  "einem", "einen",
    "einer", "eines", "er",   "es",  "fur",  "gegen", "ich",  "ihr", "im",    "in",   "ins",   "ist",   "mit",
    "nach",  "nicht", "noch", "ob",  "oder", "ohne",  "sich", "sie", "sind",  "so",   "sowie", "uber",  "um",
    "und",   "unter", "vom",  "von", "vor",  "war",   "wie",  "wir", "wird",  "zu"};

bool is_stop_word(std::string_view folded) {
  return std::find(std::begin(kStopWords), std::end(kStopWords), folded) != std::end(kStopWords);
}

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

// One stemmer per thread: a libstemmer object is not thread-safe. Null only when out of memory,
// in which case words stay unstemmed (still consistent between documents and queries of the
// same process, and only less forgiving).
sb_stemmer* thread_stemmer() {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("german", "UTF_8"));
  return stemmer.get();
}

bool has_digit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void append_unique(std::vector<std::string>& out, std::size_t from, std::string_view term) {
  if (term.empty()) return;
  for (std::size_t i = from; i < out.size(); ++i) {
    if (out[i] == term) return;
  }
  out.emplace_back(term);
}

}  // namespace

namespace detail {

void append_word_terms(std::string_view folded, std::vector<std::string>& out) {
  const std::size_t from = out.size();
  append_unique(out, from, folded);
  append_unique(out, from, stem(folded));
  thread_local std::vector<std::string_view> tails;
  tails.clear();
  compound_tails(folded, tails);
  for (std::string_view tail : tails) append_unique(out, from, tail);
}

}  // namespace detail

std::string fold(std::string_view utf8) {
  std::string out;
  detail::for_each_word(utf8, [&](const detail::Word& w) {
    if (!out.empty()) out.push_back(' ');
    out += w.folded;
  });
  return out;
}

std::vector<std::string> tokens(std::string_view text) {
  std::vector<std::string> out;
  detail::for_each_word(text, [&](const detail::Word& w) { out.push_back(w.folded); });
  return out;
}

std::string stem(std::string_view folded_word) {
  std::string word(folded_word);
  if (word.empty() || has_digit(word)) return word;
  sb_stemmer* stemmer = thread_stemmer();
  if (stemmer == nullptr) return word;
  const sb_symbol* s =
      sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (s == nullptr) return word;
  std::string_view result(reinterpret_cast<const char*>(s), static_cast<std::size_t>(sb_stemmer_length(stemmer)));
  // Snowball's German rules only remove endings, so for folded ASCII input the stem is a
  // prefix; matching relies on that, so anything else (which would be a stemmer change) is
  // ignored rather than trusted.
  if (result.empty() || !word.starts_with(result)) return word;
  word.resize(result.size());
  return word;
}

std::string index_terms(std::string_view text) {
  std::string out;
  std::vector<std::string> terms;
  std::string chain;  // the current run of words joined by single hyphens, concatenated
  std::size_t chain_words = 0;
  auto flush_chain = [&] {
    if (chain_words >= 2) {
      out.push_back(' ');
      out += chain;
    }
    chain.clear();
    chain_words = 0;
  };
  detail::for_each_word(text, [&](const detail::Word& w) {
    if (!w.hyphen_joined) flush_chain();
    if (chain.size() < detail::kMaxWordBytes) {
      chain.append(w.folded, 0, detail::kMaxWordBytes - chain.size());
    }
    ++chain_words;
    terms.clear();
    detail::append_word_terms(w.folded, terms);
    for (const std::string& term : terms) {
      out.push_back(' ');
      out += term;
    }
  });
  flush_chain();
  if (!out.empty()) out.erase(0, 1);
  return out;
}

std::vector<std::string> query_terms(std::string_view query) {
  std::vector<std::string> words;
  detail::for_each_word(query, [&](const detail::Word& w) {
    words.push_back(w.folded);
    return words.size() < kMaxQueryWords;
  });
  const bool only_stop_words = std::all_of(words.begin(), words.end(), is_stop_word);
  std::vector<std::string> out;
  for (const std::string& word : words) {
    if (!only_stop_words && is_stop_word(word)) continue;
    append_unique(out, 0, stem(word));
  }
  return out;
}

bool is_prefix_term(std::string_view query_term) {
  return query_term.size() >= kMinPrefixTerm;
}

bool term_matches(std::string_view query_term, std::string_view index_term) {
  if (query_term.empty()) return false;
  return is_prefix_term(query_term) ? index_term.starts_with(query_term) : index_term == query_term;
}

std::string fts5_match(std::string_view query) {
  std::string out;
  for (const std::string& term : query_terms(query)) {
    if (!out.empty()) out += " AND ";
    out.push_back('"');
    for (char c : term) {  // terms are [a-z0-9]; the escape is a second line of defence
      if (c == '"') out.push_back('"');
      out.push_back(c);
    }
    out.push_back('"');
    if (is_prefix_term(term)) out.push_back('*');
  }
  return out;
}

std::string tsquery(std::string_view query) {
  std::string out;
  for (const std::string& term : query_terms(query)) {
    if (!out.empty()) out += " & ";
    out.push_back('\'');
    for (char c : term) {
      if (c == '\'' || c == '\\') out.push_back(c);
      out.push_back(c);
    }
    out.push_back('\'');
    if (is_prefix_term(term)) out += ":*";
  }
  return out;
}

}  // namespace fw::search

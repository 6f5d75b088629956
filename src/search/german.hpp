// German text analysis for full-text search, shared by the SQLite and PostgreSQL backends so
// that both find the same documents for the same query (docs/search.md explains the method).
//
// The database never analyses text itself. A document is stored with a pre-analysed column
// (index_terms(): space-separated ASCII terms) that FTS5 indexes with its `ascii` tokenizer and
// PostgreSQL turns into a tsvector; a query is turned into an FTS5 MATCH expression
// (fts5_match()) or a tsquery (tsquery()) built from the same query_terms().
//
// Matching rule: a document matches when EVERY query term matches at least one of its index
// terms. A query term of kMinPrefixTerm or more bytes matches index terms that start with it
// (prefix match: "pflegekraft" matches "pflegekrafte", "fachkraft" matches
// "fachkraftesicherung"); a shorter query term must be equal to an index term ("it", "eu").
//
// All functions accept any bytes (invalid UTF-8 acts as a separator), never throw except
// std::bad_alloc, and are thread-safe. None can fail, so none returns Result<T>.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace fw::search {

// Bump whenever the output of index_terms() changes (folding rules, lexicon, stemmer), so that
// stored documents are re-indexed.
inline constexpr int kAnalyserVersion = 1;

// Query terms at least this long match as prefixes; shorter ones only exactly.
inline constexpr std::size_t kMinPrefixTerm = 3;

// Words of a query beyond this many are ignored (bounds the MATCH expression and its cost).
inline constexpr std::size_t kMaxQueryWords = 16;

// The folded words of `utf8` separated by single spaces. Folding: lower case; ä/ae→a, ö/oe→o,
// ü/ue→u (but "ue" after a, e or q is kept: "Bauer", "Feuer", "Quelle"); ß/ẞ→ss; other Latin-1
// and Latin Extended-A letters lose their accents (é→e, ł→l, æ→a, œ→o); decomposed accents
// (u + U+0308) and soft hyphens are dropped. ASCII letters and digits form words; everything
// else (punctuation, symbols, non-Latin scripts, invalid bytes) separates them. The result is
// pure ASCII [a-z0-9 ]. Example: fold("Müller-Straße 5") == "muller strasse 5".
std::string fold(std::string_view utf8);

// The folded words of `text`, in order, each cut to 64 bytes.
std::vector<std::string> tokens(std::string_view text);

// The Snowball "german" stem of an already folded word (ASCII a-z). Words with digits are
// returned unchanged. The stem is always a prefix of the word.
std::string stem(std::string_view folded_word);

// The space-separated terms to store in a document's index column. For every word: its
// folded form, its stem (when different), its compound tails ("fachkraftesicherung" →
// "kraftesicherung", "sicherung"); for words joined by single hyphens also the joined form
// ("Fachkräfte-Sicherung" → "fachkraftesicherung"). Terms repeat as often as the words do,
// so term frequencies stay meaningful for ranking. Empty for text without words.
std::string index_terms(std::string_view text);

// What a query becomes: for each of its first kMaxQueryWords words, the stem of the folded
// word; German stop words ("der", "und", "für", …) are dropped unless the query has nothing
// else; duplicates are removed. Empty when the query has no words.
std::vector<std::string> query_terms(std::string_view query);

// True when `query_term` matches by prefix (length >= kMinPrefixTerm), false when exactly.
bool is_prefix_term(std::string_view query_term);

// The matching rule above for one query term and one index term.
bool term_matches(std::string_view query_term, std::string_view index_term);

// An FTS5 MATCH expression for `query`: every term double-quoted (so user input with FTS or SQL
// syntax, e.g. `"`, `'`, `*`, `-`, `:`, `NEAR(`, `AND`, `OR`, parentheses, is only ever text),
// prefix terms followed by `*`, joined with AND: `"pflegekraft"* AND "it"`.
// Returns "" when the query has no words; the caller must then not add a MATCH condition
// at all (an empty MATCH is an FTS5 syntax error) and list documents unfiltered by text,
// exactly as for an empty search box.
std::string fts5_match(std::string_view query);

// The same query as a PostgreSQL tsquery text: `'pflegekraft':* & 'it'`. Pass it as a bound
// parameter to `$1::tsquery` (exact lexemes, recommended) or `to_tsquery('simple', $1)`;
// terms are single-quoted with quotes escaped, so no user input is interpreted as operators.
// Returns "" under the same condition as fts5_match(), with the same meaning.
std::string tsquery(std::string_view query);

// A snippet of `original_text` of at most `max_len` code points (0 = no limit) around the
// first word that matches one of `query_terms` (as returned by query_terms(); the start of the
// text when nothing matches), with every matching word wrapped in <mark>…</mark>. Everything
// else is HTML-escaped (& < > " '); cuts are made at spaces where possible, never inside a
// UTF-8 sequence, and marked with "…"; invalid UTF-8 bytes become U+FFFD. The result is
// valid UTF-8 and safe to insert into HTML as element content.
std::string highlight(std::string_view original_text, const std::vector<std::string>& query_terms, std::size_t max_len);

}  // namespace fw::search

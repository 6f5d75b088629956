// Internal to fw_search: the per-word analysis shared by index_terms() and highlight(), so that
// a highlighted word is exactly a word whose index terms the query matched.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fw::search::detail {

// Appends the index terms of one folded word: the word itself, its stem when different, and
// its compound tails, without duplicates among them.
void append_word_terms(std::string_view folded, std::vector<std::string>& out);

}  // namespace fw::search::detail

// Splitting a large JSON list into the texts of its items without building a DOM, so that an
// importer can parse one item at a time into a small reused arena (no page faults for a DOM of
// hundreds of MB, items hot in the cache). This is what makes the BA import fast.
#pragma once

#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>


namespace fw::service {

// The item texts of the top-level array, or of the array under one of `keys` in the top-level
// object (the first such key wins). nullopt when the text has neither shape (e.g. a single
// object: the caller parses it whole). A broken structure (truncated file, unbalanced
// brackets, garbage between items) gives an empty optional in `broken` = true.
// Items themselves are not validated: the caller parses each one strictly.
struct JsonItems {
  std::vector<std::string_view> items;
  bool broken = false;
};
std::optional<JsonItems> split_json_items(std::string_view text, std::initializer_list<std::string_view> keys);

}  // namespace fw::service

// The product's schema, one migration per step, in both dialects, kept by area in
// src/store/schema/. Append only: a released migration is never edited; a change is a new
// migration with the next free version.
//
// Conventions shared by both dialects so that the same DML runs on each: ids are 64-bit
// integers, times are Unix milliseconds (BIGINT), flags are INTEGER 0/1, text is UTF-8.
#include <algorithm>

#include "store/schema/schema_parts.hpp"

namespace fw::store {

std::string with_ids(std::string_view sql, std::string_view id_type) {
  std::string out(sql);
  for (auto p = out.find("{ID}"); p != std::string::npos; p = out.find("{ID}", p)) out.replace(p, 4, id_type);
  return out;
}

const std::vector<Migration>& all_migrations() {
  static const std::vector<Migration> migrations = [] {
    std::vector<Migration> all;
    add_account_migrations(all);
    add_directory_migrations(all);
    add_search_migrations(all);
    add_monitor_migrations(all);
    add_dualcareer_migrations(all);
    // migrate() requires ascending versions; the areas interleave (4 between 3 and 5).
    std::sort(all.begin(), all.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return all;
  }();
  return migrations;
}

}  // namespace fw::store

// Placeholder rewriting for PostgreSQL: the store's SQL uses `?`, libpq wants $1..$n.
#pragma once

#include <string>
#include <string_view>

namespace fw::store {

struct RewrittenSql {
  std::string sql;
  int count = 0;  // number of placeholders found
};

// Replaces each `?` with $1, $2, … in order. A `?` inside a 'string' (with '' escapes, or
// backslash escapes in E'…'), a "quoted identifier", a $tag$dollar-quoted$tag$ string, a
// -- line comment or a /* nested */ comment is left alone. Consequence: PostgreSQL's jsonb
// operators ?, ?| and ?& cannot be written; use jsonb_exists()/jsonb_exists_any() instead.
RewrittenSql rewrite_placeholders(std::string_view sql);

}  // namespace fw::store

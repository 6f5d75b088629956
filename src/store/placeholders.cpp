#include "store/placeholders.hpp"

namespace fw::store {

namespace {

bool ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool tag_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }

// Length of a dollar-quote tag ("$$" or "$name$") starting at sql[i] == '$', or 0 if none.
std::size_t dollar_tag_length(std::string_view sql, std::size_t i) {
  if (i > 0 && ident_char(sql[i - 1])) return 0;  // part of an identifier such as a$b
  std::size_t j = i + 1;
  if (j < sql.size() && sql[j] == '$') return 2;
  if (j >= sql.size() || !tag_start(sql[j])) return 0;  // $1 is a parameter, not a tag
  while (j < sql.size() && ident_char(sql[j]) && sql[j] != '$') ++j;
  if (j < sql.size() && sql[j] == '$') return j - i + 1;
  return 0;
}

// Index just past the literal/comment that starts at i (or i if none starts there).
std::size_t skip_quoted(std::string_view sql, std::size_t i) {
  const std::size_t n = sql.size();
  const char c = sql[i];
  const char next = i + 1 < n ? sql[i + 1] : '\0';
  if (c == '\'') {
    // E'…' strings treat backslash as an escape; standard strings only know ''.
    const bool backslash =
        i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e') && (i < 2 || !ident_char(sql[i - 2]));
    std::size_t j = i + 1;
    while (j < n) {
      if (backslash && sql[j] == '\\') {
        j += 2;
      } else if (sql[j] == '\'') {
        if (j + 1 < n && sql[j + 1] == '\'') {
          j += 2;
        } else {
          return j + 1;
        }
      } else {
        ++j;
      }
    }
    return n;
  }
  if (c == '"') {
    const std::size_t end = sql.find('"', i + 1);
    return end == std::string_view::npos ? n : end + 1;
  }
  if (c == '-' && next == '-') {
    const std::size_t end = sql.find('\n', i);
    return end == std::string_view::npos ? n : end + 1;
  }
  if (c == '/' && next == '*') {
    int depth = 0;
    std::size_t j = i;
    while (j + 1 < n) {
      if (sql[j] == '/' && sql[j + 1] == '*') {
        ++depth;
        j += 2;
      } else if (sql[j] == '*' && sql[j + 1] == '/') {
        j += 2;
        if (--depth == 0) return j;
      } else {
        ++j;
      }
    }
    return n;
  }
  if (c == '$') {
    const std::size_t len = dollar_tag_length(sql, i);
    if (len == 0) return i;
    const std::size_t end = sql.find(sql.substr(i, len), i + len);
    return end == std::string_view::npos ? n : end + len;
  }
  return i;
}

}  // namespace

RewrittenSql rewrite_placeholders(std::string_view sql) {
  RewrittenSql out;
  out.sql.reserve(sql.size() + 16);
  std::size_t i = 0;
  while (i < sql.size()) {
    const std::size_t skipped = skip_quoted(sql, i);
    if (skipped != i) {
      out.sql.append(sql.substr(i, skipped - i));
      i = skipped;
    } else if (sql[i] == '?') {
      out.sql += '$';
      out.sql += std::to_string(++out.count);
      ++i;
    } else {
      out.sql += sql[i++];
    }
  }
  return out;
}

}  // namespace fw::store

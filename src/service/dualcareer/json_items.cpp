#include "service/dualcareer/json_items.hpp"

namespace fw::service {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void skip_space(std::string_view t, std::size_t& i) {
  while (i < t.size() && is_space(t[i])) ++i;
}

// i at the opening quote → i after the closing quote; false if the text ends first.
bool skip_string(std::string_view t, std::size_t& i) {
  for (++i; i < t.size(); ++i) {
    if (t[i] == '\\') {
      ++i;
    } else if (t[i] == '"') {
      ++i;
      return true;
    }
  }
  return false;
}

// i at the first byte of a value → i after it; false if the text ends first or brackets do
// not match.
bool skip_value(std::string_view t, std::size_t& i) {
  if (i >= t.size()) return false;
  if (t[i] == '"') return skip_string(t, i);
  if (t[i] != '{' && t[i] != '[') {
    const auto start = i;
    while (i < t.size() && t[i] != ',' && t[i] != ']' && t[i] != '}' && !is_space(t[i])) ++i;
    return i > start;
  }
  std::vector<char> open;
  while (i < t.size()) {
    const char c = t[i];
    if (c == '"') {
      if (!skip_string(t, i)) return false;
      continue;
    }
    if (c == '{' || c == '[') open.push_back(c == '{' ? '}' : ']');
    if (c == '}' || c == ']') {
      if (open.empty() || open.back() != c) return false;
      open.pop_back();
      if (open.empty()) {
        ++i;
        return true;
      }
    }
    ++i;
  }
  return false;
}

// i at '[' → the items, i after ']'.
bool array_items(std::string_view t, std::size_t& i, std::vector<std::string_view>& out) {
  ++i;
  skip_space(t, i);
  if (i < t.size() && t[i] == ']') {
    ++i;
    return true;
  }
  while (i < t.size()) {
    const auto start = i;
    if (!skip_value(t, i)) return false;
    out.push_back(t.substr(start, i - start));
    skip_space(t, i);
    if (i >= t.size()) return false;
    if (t[i] == ']') {
      ++i;
      return true;
    }
    if (t[i] != ',') return false;
    ++i;
    skip_space(t, i);
  }
  return false;
}

}  // namespace

std::optional<JsonItems> split_json_items(std::string_view t, std::initializer_list<std::string_view> keys) {
  JsonItems r;
  std::size_t i = 0;
  if (t.starts_with("\xEF\xBB\xBF")) i = 3;
  skip_space(t, i);
  if (i >= t.size()) return std::nullopt;
  bool found = false;
  if (t[i] == '[') {
    found = true;
    r.broken = !array_items(t, i, r.items);
  } else if (t[i] == '{') {
    ++i;
    skip_space(t, i);
    while (!r.broken && i < t.size() && t[i] != '}') {
      const auto key_start = i;
      if (t[i] != '"' || !skip_string(t, i)) {
        r.broken = true;
        break;
      }
      const auto key = t.substr(key_start + 1, i - key_start - 2);
      skip_space(t, i);
      if (i >= t.size() || t[i] != ':') {
        r.broken = true;
        break;
      }
      ++i;
      skip_space(t, i);
      bool wanted = false;
      for (const auto k : keys) wanted = wanted || (k == key && !found);
      if (wanted && i < t.size() && t[i] == '[') {
        found = true;
        r.broken = !array_items(t, i, r.items);
      } else {
        r.broken = !skip_value(t, i);
      }
      skip_space(t, i);
      if (i < t.size() && t[i] == ',') {
        ++i;
        skip_space(t, i);
      } else if (i >= t.size() || t[i] != '}') {
        r.broken = true;
      }
    }
    if (i >= t.size()) r.broken = true;
    else ++i;  // the closing brace
  } else {
    return std::nullopt;
  }
  skip_space(t, i);
  if (i != t.size()) r.broken = true;  // something after the document
  if (!found && !r.broken) return std::nullopt;
  return r;
}

}  // namespace fw::service

// The matching rule of german.hpp evaluated in C++, for tests that do not need a database:
// every query term must match one of the document's index terms.
#pragma once

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "search/german.hpp"

namespace fw::search::testing {

inline std::vector<std::string> split(const std::string& terms) {
  std::vector<std::string> out;
  std::istringstream in(terms);
  for (std::string t; in >> t;) out.push_back(t);
  return out;
}

inline bool finds(std::string_view query, std::string_view document) {
  const std::vector<std::string> q = query_terms(query);
  const std::vector<std::string> index = split(index_terms(document));
  if (q.empty()) return false;
  for (const std::string& term : q) {
    bool hit = false;
    for (const std::string& t : index) hit = hit || term_matches(term, t);
    if (!hit) return false;
  }
  return true;
}

}  // namespace fw::search::testing

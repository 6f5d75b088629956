// The controlled vocabularies (Handlungsfelder, Zielgruppen) as data: everyone reads them, admins
// add terms. Built-in terms come from store/vocabulary_data.cpp; added ones are marked
// builtin = 0. Terms are never changed or removed here, since networks and practices refer to them.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "service/actor.hpp"
#include "store/store.hpp"

namespace fw::service {

struct VocabularyTerm {
  std::string kind;  // handlungsfeld | zielgruppe
  std::string code, label_de, label_en;
  bool builtin = false;
};

// Both vocabularies, each ordered by German label.
Result<std::vector<VocabularyTerm>> list_vocabularies(store::Database& db);

// Admins only. `kind_path` is the plural used in URLs ("handlungsfelder", "zielgruppen"),
// unknown → not_found. The code is 2–40 of a–z, 0–9 and "_", starting with a letter
// ("vocab.code_invalid"); labels 1–200 characters ("vocab.label_missing"); code or German label
// already in the vocabulary → conflict "vocab.term_taken". Audited in the same transaction.
Result<VocabularyTerm> add_vocabulary_term(store::Database& db, const Actor& actor, const std::string& kind_path,
                                           const VocabularyTerm& term);

boost::json::object vocabulary_term_json(const VocabularyTerm& t);

}  // namespace fw::service

#include "service/directory/vocabularies.hpp"

#include <boost/json.hpp>

#include "core/json.hpp"
#include "service/audit/audit_log.hpp"
#include "service/authz.hpp"

namespace fw::service {
namespace bj = boost::json;
namespace {

// URL plural → stored kind.
std::optional<std::string> kind_of(const std::string& path) {
  if (path == "handlungsfelder") return "handlungsfeld";
  if (path == "zielgruppen") return "zielgruppe";
  return std::nullopt;
}

bool valid_code(const std::string& code) {
  if (code.size() < 2 || code.size() > 40 || code[0] < 'a' || code[0] > 'z') return false;
  for (char ch : code) {
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_')) return false;
  }
  return true;
}

bool valid_label(const std::string& label) {
  return label.find_first_not_of(' ') != std::string::npos && label.size() <= 200;
}

}  // namespace

bj::object vocabulary_term_json(const VocabularyTerm& t) {
  return {{"kind", t.kind}, {"code", t.code}, {"label_de", t.label_de}, {"label_en", t.label_en}, {"builtin", t.builtin}};
}

Result<std::vector<VocabularyTerm>> list_vocabularies(store::Database& db) {
  return store::with_connection(db, [&](store::Connection& c) -> Result<std::vector<VocabularyTerm>> {
    auto rows = FW_TRY(c.query("SELECT kind, code, label_de, label_en, builtin FROM vocabulary ORDER BY kind, label_de, code"));
    std::vector<VocabularyTerm> out;
    for (const auto& r : rows.rows) out.push_back({r.text_at(0), r.text_at(1), r.text_at(2), r.text_at(3), r.int_at(4) != 0});
    return out;
  });
}

Result<VocabularyTerm> add_vocabulary_term(store::Database& db, const Actor& actor, const std::string& kind_path,
                                           const VocabularyTerm& term) {
  FW_TRY_VOID(require_admin(actor));
  const auto kind = kind_of(kind_path);
  if (!kind) return fail(ErrorCode::not_found, "vocab.kind_unknown", "kind", kind_path);
  if (!valid_code(term.code)) return fail(ErrorCode::invalid_argument, "vocab.code_invalid", "code", term.code);
  if (!valid_label(term.label_de)) return fail(ErrorCode::invalid_argument, "vocab.label_missing", "label_de");
  if (!valid_label(term.label_en)) return fail(ErrorCode::invalid_argument, "vocab.label_missing", "label_en");
  return store::transact(db, [&](store::Connection& c) -> Result<VocabularyTerm> {
    auto same_code = FW_TRY(c.query("SELECT 1 FROM vocabulary WHERE kind = ? AND code = ?", {*kind, term.code}));
    if (!same_code.empty()) return fail(ErrorCode::conflict, "vocab.term_taken", "code", term.code);
    // Two terms with one German label would be indistinguishable in every list and facet.
    auto same_label = FW_TRY(c.query("SELECT 1 FROM vocabulary WHERE kind = ? AND lower(label_de) = lower(?)",
                                     {*kind, term.label_de}));
    if (!same_label.empty()) return fail(ErrorCode::conflict, "vocab.term_taken", "label_de", term.label_de);
    VocabularyTerm added{*kind, term.code, term.label_de, term.label_en, false};
    FW_TRY(c.exec("INSERT INTO vocabulary (kind, code, label_de, label_en, builtin) VALUES (?, ?, ?, ?, 0)",
                  {added.kind, added.code, added.label_de, added.label_en}));
    FW_TRY_VOID(record_audit(c, actor, {"create", "vocabulary", added.kind + ":" + added.code, std::nullopt,
                                        json::dump(vocabulary_term_json(added))}));
    return added;
  });
}

}  // namespace fw::service

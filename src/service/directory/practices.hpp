// The good-practice database (Praxisdatenbank): projects of the networks, written by the
// networks themselves and published after review.
//
// Workflow: draft → submitted (editors) → published (coordinators, admins); submitted or
// published → draft with a reason (coordinators, admins). Who is who is decided by the
// networks the entry is linked to:
//   read a draft/submitted entry: admins and any role in a linked network (others: not_found;
//     changes by signed-in actors without the right are permission_denied);
//   edit, submit, read revisions: admins, editors and coordinators of a linked network;
//   publish, send back to draft: admins and coordinators of a linked network.
// Published entries are public. Editing keeps the status. Every save and every step writes a
// revision (full JSON snapshot) and an audit entry in the same transaction. Awards are facts of
// the programme office: only admins change them.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.hpp"
#include "service/actor.hpp"
#include "store/store.hpp"

namespace fw::service {

struct PracticeAward {
  int year = 0;
  std::string name;  // e.g. "Innovatives Netzwerk"
  bool operator==(const PracticeAward&) const = default;
};

// The contact person of a practice. Visibilities as for organisation contacts: public,
// network (members of a linked network), coordinators (hidden by default).
struct PracticeContact {
  std::optional<std::string> name, email, phone;  // nullopt: hidden from this reader
  std::string name_visibility = "coordinators", email_visibility = "coordinators", phone_visibility = "coordinators";
};

struct PracticeInput {
  std::string title, teaser, ausgangslage, massnahmen, ergebnisse, funding;
  std::optional<std::string> land_ags;                   // 2 digits; taken from the first Kreis if missing
  std::optional<std::string> period_from, period_to;     // YYYY-MM-DD
  std::vector<std::string> kreise, handlungsfelder, zielgruppen;
  std::vector<std::int64_t> networks;
  PracticeContact contact;
  std::vector<PracticeAward> awards;  // replaces all awards (admins only)
  bool is_demo = false;
};

struct Practice {
  std::int64_t id = 0;
  PracticeInput data;
  std::string status = "draft", status_reason;
  std::optional<std::int64_t> published_at;
  std::int64_t created_at = 0, updated_at = 0;
  std::vector<std::pair<std::int64_t, std::string>> network_names;  // id, name
  bool may_edit = false, may_publish = false;                       // for this reader
};

Result<Practice> create_practice(store::Database& db, const Actor& actor, const PracticeInput& in);
Result<Practice> update_practice(store::Database& db, const Actor& actor, std::int64_t id, const PracticeInput& in);
// not_found "practice.not_found" also for entries this reader may not see. Revealing
// non-public contact data is audited ("view", "practice_contacts").
Result<Practice> get_practice(store::Database& db, const Actor& actor, std::int64_t id);

enum class PracticeStep { submit, publish, unpublish };
// unpublish needs a reason (invalid_argument "practice.reason_missing", field "reason"); a
// step that does not fit the status → conflict "practice.state".
Result<Practice> practice_step(store::Database& db, const Actor& actor, std::int64_t id, PracticeStep step,
                               const std::string& reason);

struct PracticeListQuery {
  std::optional<std::int64_t> network;
  std::string status;  // "" (all this reader may see) | draft | submitted | published
  int page = 1, size = 20;
};
struct PracticePage {
  std::vector<Practice> items;
  std::int64_t total = 0;
};
// Published entries, plus for signed-in readers the unpublished ones they may see; newest first.
// Items carry public contact fields only (get_practice shows more to those allowed, audited).
Result<PracticePage> list_practices(store::Database& db, const Actor& actor, const PracticeListQuery& q);

struct PracticeRevision {
  std::int64_t id = 0;
  std::string action, author_label, snapshot;  // snapshot: JSON text
  std::optional<std::int64_t> author_user_id;
  std::int64_t created_at = 0;
};
// Newest first. Who may edit the entry.
Result<std::vector<PracticeRevision>> practice_revisions(store::Database& db, const Actor& actor, std::int64_t id);

boost::json::object practice_json(const Practice& p);
boost::json::object practice_revision_json(const PracticeRevision& r);

}  // namespace fw::service

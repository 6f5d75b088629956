// The lists a user can download (CSV/XLSX), each built with the reader's rights and
// visibility: the same service calls as the JSON routes, so an export never shows more than
// the screen. Column titles are German, except for users and audit, whose titles stay the
// machine names that `fachwerk import users` and scripts read.
#pragma once

#include <cstdint>

#include "core/result.hpp"
#include "service/actor.hpp"
#include "service/audit/audit_log.hpp"
#include "service/directory/directory_lists.hpp"
#include "service/directory/directory_search.hpp"
#include "service/export/table.hpp"
#include "store/store.hpp"

namespace fw::service::exporting {

// At most this many rows per export (search pages through the ranking).
inline constexpr int kMaxExportRows = 5000;

// Public: every hit of the query (its page and size are ignored).
Result<Table> search_list(store::Database& db, const SearchQuery& query);
// Public: members as GET /networks/{id} shows them to the reader, with each organisation's
// first contact in the fields the reader may see (hidden fields stay empty).
Result<Table> network_members_list(store::Database& db, const Actor& actor, std::int64_t network_id);
// Public: every network / organisation matching the filters (page and size ignored).
Result<Table> networks_list(store::Database& db, NetworkListQuery query);
Result<Table> organisations_list(store::Database& db, OrganisationListQuery query);
// Admins; audited as a view of personal data (list_users does that).
Result<Table> users_list(store::Database& db, const Actor& actor);
// Admins; the filter's page and size are ignored. Entries written after the export began
// (the export's own "view" entries) are left out.
Result<Table> audit_list(store::Database& db, const Actor& actor, AuditFilter filter);

}  // namespace fw::service::exporting

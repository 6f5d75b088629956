// The partner's consent to a case's circulation, given through a personal link without an
// account (docs/dualcareer-cases.md). The coordinator creates the link; only the SHA-256 of its
// token is stored (as for password resets), it expires, and a newer link revokes older ones.
// Through the link the partner reads the versioned consent text, chooses data items,
// recipients (all members of the network or selected member organisations) and purpose,
// revokes at once, grants or declines contact reveals, and sees who viewed the profile.
// A bad, expired or revoked link changes nothing and is audited.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "service/actor.hpp"
#include "service/dualcareer/cases.hpp"
#include "store/store.hpp"

namespace fw::service::dualcareer {

// The profile fields a consent can release.
const std::vector<std::string_view>& consent_data_items();

struct ConsentInput {
  int text_version = 0;      // the version the partner was shown; must be the current one
  std::string scope;         // network | organisations
  std::vector<std::int64_t> organisations;  // scope organisations: active member organisations
  std::vector<std::string> data_items;
  std::string purpose;
};

struct ConsentLink {
  std::string token;  // shown once, never stored
  std::string path;   // "/einwilligung/<token>"
  std::int64_t expires_at = 0;
};

inline constexpr std::int64_t kConsentLinkTtlMs = 30LL * 24 * 3600 * 1000;  // 30 days

// Coordinator (or admin) of the case's network.
Result<ConsentLink> create_consent_link(store::Database& db, const Actor& actor, std::int64_t case_id,
                                        std::int64_t ttl_ms = kConsentLinkTtlMs);

// Link actions; `ip` is stored with grant and revocation.
Result<boost::json::object> consent_page(store::Database& db, const std::string& token, const std::string& ip);
Result<boost::json::object> grant_consent(store::Database& db, const std::string& token, const std::string& ip,
                                          const ConsentInput& in);
Result<boost::json::object> revoke_consent(store::Database& db, const std::string& token, const std::string& ip);
Result<boost::json::object> decide_reveal(store::Database& db, const std::string& token, const std::string& ip,
                                          std::int64_t reveal_id, bool grant);

// Who a member is towards a case: covered by the active consent (and for which
// organisation), with the data items released.
struct Viewer {
  bool covered = false;
  std::optional<std::int64_t> organisation_id;
  std::vector<std::string> data_items;
};
Result<Viewer> viewer_of(store::Connection& c, const Actor& actor, const CaseRow& row);
// The organisations the actor edits that are active members of the network.
Result<std::vector<std::int64_t>> member_organisations(store::Connection& c, const Actor& actor, std::int64_t network_id);
Result<bool> consent_covers_organisation(store::Connection& c, const CaseRow& row, std::int64_t organisation_id);
// Consent, links, reveal requests and views of a case, for its owners.
Result<boost::json::object> privacy_json(store::Connection& c, std::int64_t case_id);

}  // namespace fw::service::dualcareer

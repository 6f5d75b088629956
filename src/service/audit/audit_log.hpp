// The audit log: who changed (or viewed personal data) what, when, from where, with the
// state before and after. record() runs on the caller's connection so that the entry is
// part of the same transaction as the change it describes: both land or neither does.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "service/actor.hpp"
#include "store/store.hpp"

namespace fw::service {

struct AuditEvent {
  std::string action;     // create | update | delete | view | login | logout | login_failed | …
  std::string entity;     // "user", "session", "audit_log", …
  std::string entity_id;  // "" when not about one entity
  std::optional<std::string> before;  // JSON
  std::optional<std::string> after;   // JSON
};

Result<void> record_audit(store::Connection& conn, const Actor& actor, const AuditEvent& event);

struct AuditFilter {
  std::optional<std::int64_t> actor_user_id;
  std::optional<std::string> entity;
  std::optional<std::string> entity_id;
  std::optional<std::string> action;
  std::optional<std::int64_t> from_ms;  // inclusive
  std::optional<std::int64_t> to_ms;    // exclusive
  int page = 1;                         // 1-based
  int size = 50;                        // 1..500
};

struct AuditEntry {
  std::int64_t id = 0;
  std::int64_t at = 0;
  std::optional<std::int64_t> actor_user_id;
  std::string actor_label, ip, action, entity, entity_id;
  std::optional<std::string> before, after;
};

struct AuditPage {
  std::vector<AuditEntry> items;
  std::int64_t total = 0;
};

// Admins only. Reading the log is itself logged (it holds personal data: names, IPs).
Result<AuditPage> list_audit(store::Database& db, const Actor& actor, const AuditFilter& filter);
// Entries where the user acted or was the subject (for the user's own data export).
Result<std::vector<AuditEntry>> audit_about_user(store::Connection& conn, std::int64_t user_id);

}  // namespace fw::service

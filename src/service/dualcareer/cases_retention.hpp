// Retention of "Job für Zwei" cases: personal data are deleted a configurable time after a
// case ended (withdrawn or closed; default six months). Deleting the dc_cases row removes the
// activity log, consents, links, reveal requests, views and follow-ups with it (ON DELETE
// CASCADE); the anonymous statistics row stays, unlinked (case_id NULL).
#pragma once

#include <cstdint>

#include "core/result.hpp"
#include "service/actor.hpp"
#include "store/store.hpp"

namespace fw::service::dualcareer {

inline constexpr int kDefaultRetentionDays = 183;  // about six months

// Admins and the system (CLI, server start, daily timer). Returns the number of cases deleted.
// One audit entry per deleted case, in the same transaction.
Result<std::int64_t> purge_cases(store::Database& db, const Actor& actor, int retention_days, std::int64_t now_ms);

}  // namespace fw::service::dualcareer

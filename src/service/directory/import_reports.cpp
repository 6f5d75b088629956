#include "service/directory/import_reports.hpp"

#include <map>
#include <mutex>

#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "service/authz.hpp"

namespace fw::service {
namespace {

constexpr std::int64_t kKeepMs = 3600 * 1000;
constexpr std::size_t kMaxReports = 200;  // bounds memory whatever the traffic

struct Kept {
  std::optional<std::int64_t> owner;
  std::int64_t at = 0;
  std::string de, en;
};

std::mutex mu;
std::map<std::string, Kept>& reports() {
  static std::map<std::string, Kept> m;
  return m;
}

void expire(std::int64_t now) {
  auto& m = reports();
  for (auto it = m.begin(); it != m.end();) it = now - it->second.at > kKeepMs ? m.erase(it) : std::next(it);
  while (m.size() >= kMaxReports) {
    auto oldest = m.begin();
    for (auto it = m.begin(); it != m.end(); ++it) oldest = it->second.at < oldest->second.at ? it : oldest;
    m.erase(oldest);
  }
}

}  // namespace

std::string keep_import_report(const Actor& actor, const OrganisationImportReport& report) {
  Kept k{actor.user_id, clock::now_ms(), import_problems_csv(report, "de"), import_problems_csv(report, "en")};
  auto id = crypto::random_token(16);
  std::lock_guard lock(mu);
  expire(k.at);
  reports().emplace(id, std::move(k));
  return id;
}

Result<std::string> import_report_csv(const Actor& actor, const std::string& id, std::string_view lang) {
  FW_TRY_VOID(require_login(actor));
  std::lock_guard lock(mu);
  expire(clock::now_ms());
  auto it = reports().find(id);
  if (it == reports().end() || (!actor.admin() && it->second.owner != actor.user_id)) {
    return fail(ErrorCode::not_found, "import.report_gone");
  }
  return lang == "en" ? it->second.en : it->second.de;
}

}  // namespace fw::service

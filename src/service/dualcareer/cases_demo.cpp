#include "service/dualcareer/cases_demo.hpp"

#include <boost/json.hpp>

#include "service/dualcareer/cases.hpp"
#include "service/dualcareer/consent.hpp"

namespace fw::service::dualcareer {
namespace {

struct DemoCase {
  const char* name;
  const char* kldb;
  const char* kldb_b;  // a couple's second request, or nullptr
  std::int64_t home;   // place id, 0 = flexible
  const char* working_time;
  std::vector<const char*> steps;  // after "open"
  bool consent;
};

// Places: Aalen 2959927, Heidenheim 2907851, Schwäbisch Gmünd 2835482, Ellwangen 2930889.
const DemoCase kCases[] = {
    {"Anna Demo-Kowalski", "81302", nullptr, 2959927, "teilzeit", {}, false},
    {"Jonas Demo-Weber", "43104", nullptr, 0, "vollzeit", {"circulated"}, true},
    {"Elif Demo-Yılmaz", "71402", nullptr, 2907851, "vollzeit", {"circulated", "contacted"}, true},
    {"Marco Demo-Rossi", "25104", nullptr, 2835482, "schicht", {"circulated", "contacted", "interview"}, true},
    {"Sofia Demo-Novak", "83112", nullptr, 2930889, "teilzeit", {"circulated", "contacted", "interview", "placed"}, true},
    {"Lukas Demo-Schmidt", "27212", nullptr, 2959927, "vollzeit", {"circulated", "withdrawn"}, false},
    {"Priya Demo-Sharma", "26312", nullptr, 0, "vollzeit", {"circulated", "contacted", "interview", "placed", "closed"}, false},
    {"Familie Demo-Hansen", "72213", "82102", 0, "vollzeit", {"circulated"}, true},
};

}  // namespace

Result<int> load_demo_cases(store::Database& db) {
  auto org = FW_TRY(store::with_connection(db, [](store::Connection& c) -> Result<std::optional<std::int64_t>> {
    auto existing = FW_TRY(c.query("SELECT 1 FROM dc_cases WHERE network_id = 1"));
    if (!existing.empty()) return std::nullopt;
    auto m = FW_TRY(c.query("SELECT organisation_id FROM memberships WHERE network_id = 1 AND status = 'active'"
                            " ORDER BY organisation_id"));
    if (m.empty()) return std::nullopt;
    return m[0].int_at(0);
  }));
  if (!org) return 0;
  const auto system = Actor::system("demo-data");
  int created = 0;
  for (const auto& d : kCases) {
    CaseInput in;
    in.network_id = 1;
    in.organisation_id = *org;
    in.contact_name = d.name;
    in.contact_email = "jobfuerzwei-demo@fachwerk.test";
    JobRequest r;
    r.occupations = {{d.kldb, 0}};
    r.working_time = {d.working_time};
    r.languages = {"Deutsch"};
    r.earliest_start = "2027-01-01";
    if (d.home != 0) r.home_place_id = d.home;
    r.mode = "car";
    if (d.kldb_b) {
      in.kind = "couple";
      in.request_b = r;
      in.request_b->occupations = {{d.kldb_b, 0}};
    } else {
      in.applicant = Applicant{2959927, std::nullopt, std::nullopt, "2027-01-01", 40, "car"};
    }
    in.request = r;
    in.note = "Demodaten";
    auto c = FW_TRY(create_case(db, system, in));
    const auto id = c.at("id").as_int64();
    if (d.consent) {
      auto link = FW_TRY(create_consent_link(db, system, id));
      FW_TRY(grant_consent(db, link.token, "127.0.0.1",
                           {1, "network", {}, {"occupations", "working_time", "earliest_start", "region", "languages"},
                            "Vermittlung einer Stelle in Ostwürttemberg (Demo)"}));
    }
    for (const auto* step : d.steps) FW_TRY(change_stage(db, system, id, step, "Demodaten"));
    if (std::string_view(d.kldb) == "83112") FW_TRY(record_followup(db, system, id, 6, true));
    ++created;
  }
  return created;
}

}  // namespace fw::service::dualcareer

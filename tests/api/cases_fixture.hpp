// A network for the "Job für Zwei" tests: two member companies (A opens cases, B is another
// member), a coordinator, a network member, and a second network with its own company and
// member — the strangers who must never see a case of the first.
#pragma once

#include <boost/json.hpp>
#include <string>

#include "api/harness.hpp"
#include "service/actor.hpp"
#include "store/store.hpp"

namespace fw::testing {

struct CasesFixture {
  explicit CasesFixture(Harness& h);

  Harness& h;
  Session admin, coordinator, company_a, company_b, member, stranger, outsider_company;
  std::int64_t network = 0, other_network = 0, org_a = 0, org_b = 0, outsider_org = 0, coordinator_id = 0;

  // A valid case of company A: a hired applicant in Aalen and the partner's job request.
  boost::json::object case_body() const;
  std::int64_t open_case();
  // A consent link (created by the coordinator) and its token.
  std::string consent_link(std::int64_t case_id);
  // Consent for all members of the network with every data item; returns the token.
  std::string consent_network(std::int64_t case_id);
  Reply put(const std::string& target, const boost::json::value& body, const Session& s);
  std::int64_t count(const std::string& sql, const store::Params& params = {});
  service::Actor coordinator_actor() const;
};

}  // namespace fw::testing

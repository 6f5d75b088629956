// A "Job für Zwei" case as it is opened: the hired applicant (anchor of the household) and the
// partner's job request, or, for a couple, two job requests. Decoded from the API's JSON and
// checked here so that every error names its field ("request.occupations[0].kldb").
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "store/store.hpp"

namespace fw::service::dualcareer {

struct Occupation {
  std::string kldb;  // 2–5 digits, checked against the KldB groups shipped in data/
  int level = 0;     // Anforderungsniveau 1–4, 0 = any
};

struct JobRequest {
  std::vector<Occupation> occupations;
  std::vector<std::string> qualifications, languages, working_time;
  std::optional<std::string> earliest_start;  // YYYY-MM-DD
  std::optional<std::int64_t> home_place_id;  // nullopt: "flexible within the region"
  int max_minutes = 45;                       // 1..240
  std::string mode = "car";                   // car | pt | bike
  std::optional<std::string> home_kreis_ags;  // resolved from home_place_id by validation
};

struct Applicant {
  std::optional<std::int64_t> place_id;  // the workplace as a place, or as coordinates
  std::optional<double> lat, lon;
  std::string start_date;
  int max_minutes = 45;
  std::string mode = "car";
};

struct CaseInput {
  std::int64_t network_id = 0;
  std::optional<std::int64_t> organisation_id;  // the member company opening the case
  std::string kind = "partner";                 // partner | couple
  std::string contact_name, contact_email, contact_phone;
  std::optional<Applicant> applicant;  // kind partner
  JobRequest request;                  // the partner (couple: person A)
  std::optional<JobRequest> request_b; // couple: person B
  std::string note;
};

// Structure and types only (missing fields, wrong JSON types).
Result<CaseInput> decode_case_input(const boost::json::object& o);
// Values: KldB codes, levels, limits, modes, dates, places, coordinates inside Germany.
// Fills home_kreis_ags of the requests.
Result<void> validate_case_input(store::Connection& c, CaseInput& in);

boost::json::object job_request_json(const JobRequest& r);
boost::json::object applicant_json(const Applicant& a);

}  // namespace fw::service::dualcareer

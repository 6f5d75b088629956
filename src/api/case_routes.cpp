// "Job für Zwei" cases, the partner's consent link and the statistics (docs/dualcareer-cases.md).
// Authorisation and audit live in service/dualcareer; these handlers only decode and encode.
#include <boost/json.hpp>

#include "api/call.hpp"
#include "api/download.hpp"
#include "api/routes.hpp"
#include "core/clock.hpp"
#include "core/json.hpp"
#include "service/dualcareer/case_stats.hpp"
#include "service/dualcareer/cases.hpp"
#include "service/dualcareer/consent.hpp"

namespace fw::api {
namespace bj = boost::json;
namespace dc = service::dualcareer;
using http::Method;
using http::Response;

namespace {

std::string token_of(const Call& c) {
  auto it = c.req.path_params.find("token");
  return it == c.req.path_params.end() ? std::string() : it->second;
}

Result<std::int64_t> required_int_query(const Call& c, const char* name) {
  const int v = FW_TRY(int_param(c.req, name, 0));
  if (v <= 0) return fail(ErrorCode::invalid_argument, "query.invalid", name, "> 0");
  return v;
}

Result<Response> create_case(Call& c) {
  auto in = FW_TRY(dc::decode_case_input(FW_TRY(json_body(c.req))));
  return json_response(201, bj::object{{"case", FW_TRY(dc::create_case(c.app.db, c.actor, std::move(in)))}});
}

Result<Response> list_cases(Call& c) {
  const auto network = FW_TRY(required_int_query(c, "network"));
  return json_response(200, bj::object{{"items", FW_TRY(dc::list_cases(c.app.db, c.actor, network))}});
}

Result<Response> get_case(Call& c) {
  return json_response(200, bj::object{{"case", FW_TRY(dc::get_case(c.app.db, c.actor, FW_TRY(id_param(c.req, "id"))))}});
}

Result<Response> change_stage(Call& c) {
  const auto id = FW_TRY(id_param(c.req, "id"));
  const auto body = FW_TRY(json_body(c.req));
  const auto stage = FW_TRY(json::get_string(body, "stage"));
  const auto note = FW_TRY(json::opt_string(body, "note")).value_or("");
  return json_response(200, bj::object{{"case", FW_TRY(dc::change_stage(c.app.db, c.actor, id, stage, note))}});
}

Result<Response> followup(Call& c) {
  const auto id = FW_TRY(id_param(c.req, "id"));
  const auto months = FW_TRY(id_param(c.req, "months"));
  const auto body = FW_TRY(json_body(c.req));
  const bool employed = FW_TRY(json::get_bool(body, "still_employed"));
  return json_response(200, bj::object{{"case", FW_TRY(dc::record_followup(c.app.db, c.actor, id,
                                                                           static_cast<int>(std::min<std::int64_t>(months, 1000)),
                                                                           employed))}});
}

Result<Response> consent_link(Call& c) {
  auto link = FW_TRY(dc::create_consent_link(c.app.db, c.actor, FW_TRY(id_param(c.req, "id"))));
  return json_response(201, bj::object{{"token", link.token}, {"path", link.path},
                                       {"expires_at", clock::iso8601(link.expires_at)}});
}

Result<Response> reveal_request(Call& c) {
  const auto id = FW_TRY(id_param(c.req, "id"));
  const auto org = FW_TRY(json::get_int(FW_TRY(json_body(c.req)), "organisation_id"));
  return json_response(201, bj::object{{"reveal_request", FW_TRY(dc::request_reveal(c.app.db, c.actor, id, org))}});
}

Result<Response> stats(Call& c) {
  const auto network = FW_TRY(required_int_query(c, "network"));
  const int year = FW_TRY(int_param(c.req, "year", 0));
  if (year < 2000 || year > 2100) return fail(ErrorCode::invalid_argument, "query.invalid", "year", "2000..2100");
  auto s = FW_TRY(dc::case_stats(c.app.db, c.actor, network, year));
  if (auto format = FW_TRY(download_format(c.req))) return download(dc::case_stats_table(s), *format);
  bj::object o{{"network_id", s.network_id}, {"year", s.year},     {"requests", s.requests},
               {"circulated", s.circulated}, {"responses", s.responses}, {"interviews", s.interviews},
               {"placements", s.placements}, {"employed_6", s.employed_6}, {"followups_6", s.followups_6},
               {"employed_12", s.employed_12}, {"followups_12", s.followups_12}};
  o["median_days_to_placement"] = s.median_days_to_placement ? bj::value(*s.median_days_to_placement) : bj::value(nullptr);
  return json_response(200, o);
}

Result<Response> consent_page(Call& c) {
  return json_response(200, FW_TRY(dc::consent_page(c.app.db, token_of(c), c.actor.ip)));
}

Result<dc::ConsentInput> decode_consent(const bj::object& o) {
  dc::ConsentInput in;
  in.text_version = static_cast<int>(FW_TRY(json::get_int(o, "text_version")));
  in.scope = FW_TRY(json::get_string(o, "scope"));
  in.purpose = FW_TRY(json::get_string(o, "purpose"));
  in.data_items = FW_TRY(string_list(o, "data_items"));
  if (const auto* orgs = FW_TRY(optional_array(o, "organisations"))) {
    for (std::size_t i = 0; i < orgs->size(); ++i) {
      if (!(*orgs)[i].is_int64()) {
        return fail(ErrorCode::invalid_argument, "json.wrong_type", "organisations[" + std::to_string(i) + "]", "integer");
      }
      in.organisations.push_back((*orgs)[i].as_int64());
    }
  }
  return in;
}

Result<Response> grant(Call& c) {
  auto in = FW_TRY(decode_consent(FW_TRY(json_body(c.req))));
  return json_response(200, FW_TRY(dc::grant_consent(c.app.db, token_of(c), c.actor.ip, in)));
}

Result<Response> revoke(Call& c) {
  return json_response(200, FW_TRY(dc::revoke_consent(c.app.db, token_of(c), c.actor.ip)));
}

Result<Response> decide_reveal(Call& c) {
  const auto id = FW_TRY(id_param(c.req, "id"));
  const bool grant_it = FW_TRY(json::get_bool(FW_TRY(json_body(c.req)), "grant"));
  return json_response(200, FW_TRY(dc::decide_reveal(c.app.db, token_of(c), c.actor.ip, id, grant_it)));
}

}  // namespace

void register_case_routes(http::Router& r, App& app) {
  r.add(Method::post, "/api/v1/dualcareer/cases", wrap(app, create_case));
  r.add(Method::get, "/api/v1/dualcareer/cases", wrap(app, list_cases));
  r.add(Method::get, "/api/v1/dualcareer/cases/{id}", wrap(app, get_case));
  r.add(Method::post, "/api/v1/dualcareer/cases/{id}/stage", wrap(app, change_stage));
  r.add(Method::put, "/api/v1/dualcareer/cases/{id}/followups/{months}", wrap(app, followup));
  r.add(Method::post, "/api/v1/dualcareer/cases/{id}/consent-link", wrap(app, consent_link));
  r.add(Method::post, "/api/v1/dualcareer/cases/{id}/reveal-requests", wrap(app, reveal_request));
  r.add(Method::get, "/api/v1/dualcareer/stats", wrap(app, stats));
  r.add(Method::get, "/api/v1/consent/{token}", wrap(app, consent_page));
  r.add(Method::post, "/api/v1/consent/{token}", wrap(app, grant));
  r.add(Method::del, "/api/v1/consent/{token}", wrap(app, revoke));
  r.add(Method::post, "/api/v1/consent/{token}/reveals/{id}", wrap(app, decide_reveal));
}

}  // namespace fw::api

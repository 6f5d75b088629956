// The CSV import of organisations over HTTP: the file is the request body (text/csv), the
// options are query parameters; the answer is the report. Its problems stay downloadable as
// CSV for an hour (service/directory/import_reports.hpp).
#include <boost/json.hpp>
#include <charconv>

#include "api/call.hpp"
#include "api/routes.hpp"
#include "http/json_error.hpp"
#include "service/directory/import_reports.hpp"
#include "service/directory/organisation_import.hpp"

namespace fw::api {
namespace bj = boost::json;

namespace {

bool flag(const http::Request& req, const char* name) {
  auto v = req.query_param(name);
  return v && (*v == "1" || *v == "true" || *v == "ja");
}

// POST /api/v1/import/organisations?dry_run=1&network=ID&skip_invalid=1&file=NAME&map=Spalte=feld,…
Result<http::Response> import_organisations(Call& c) {
  service::OrganisationImportOptions o;
  o.file_name = c.req.query_param("file").value_or("import.csv");
  if (o.file_name.empty() || o.file_name.size() > 200) o.file_name = "import.csv";
  o.dry_run = flag(c.req, "dry_run");
  o.skip_invalid = flag(c.req, "skip_invalid");
  if (auto n = c.req.query_param("network"); n && !n->empty()) {
    std::int64_t id = 0;
    auto [p, ec] = std::from_chars(n->data(), n->data() + n->size(), id);
    if (ec != std::errc{} || p != n->data() + n->size()) return fail(ErrorCode::invalid_argument, "query.invalid", "network", "integer");
    o.network_id = id;
  }
  // Who may import is settled before the body is looked at.
  FW_TRY_VOID(service::require_import_right(c.actor, o.network_id));
  const auto ct = c.req.header("content-type").value_or("");
  if (!ct.starts_with("text/csv") && !ct.starts_with("text/plain")) {
    return fail(ErrorCode::bad_request, "import.csv_expected");
  }
  if (auto m = c.req.query_param("map"); m && !m->empty()) o.mapping = FW_TRY(service::parse_column_mapping(*m, "map"));
  auto report = FW_TRY(service::import_organisations(c.app.db, c.actor, c.req.body, o));
  const auto lang = http::preferred_language(c.req);
  auto body = service::import_report_json(report, lang);
  body["report_id"] = report.problems.empty() ? bj::value(nullptr) : bj::value(service::keep_import_report(c.actor, report));
  if (!report.dry_run && !report.written) {
    // Rows were rejected, nothing stored: an error for the client, with the report beside it.
    const Error err{ErrorCode::invalid_argument, "import.rejected", {}, std::to_string(report.rejected)};
    auto error = bj::parse(http::error_response(err, lang).body).as_object();
    error["report"] = std::move(body);
    return json_response(422, error);
  }
  return json_response(200, body);
}

// GET /api/v1/import/organisations/reports/{report_id}: the problems as CSV for Excel.
Result<http::Response> report_csv(Call& c) {
  const auto it = c.req.path_params.find("report_id");
  const std::string id = it == c.req.path_params.end() ? "" : it->second;
  auto csv = FW_TRY(service::import_report_csv(c.actor, id, http::preferred_language(c.req)));
  auto r = http::Response::text(200, std::move(csv), "text/csv; charset=utf-8");
  r.set_header("Content-Disposition", "attachment; filename=\"Importfehler.csv\"");
  return r;
}

}  // namespace

void register_import_routes(http::Router& r, App& app) {
  r.add(http::Method::post, "/api/v1/import/organisations", wrap(app, import_organisations));
  r.add(http::Method::get, "/api/v1/import/organisations/reports/{report_id}", wrap(app, report_csv));
}

}  // namespace fw::api

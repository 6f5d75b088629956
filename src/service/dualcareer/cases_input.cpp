#include "service/dualcareer/cases_input.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "core/json.hpp"
#include "engine/match/geo.hpp"
#include "engine/match/kldb.hpp"
#include "engine/match/person.hpp"
#include "engine/match/vacancy.hpp"
#include "service/directory/vocab.hpp"

namespace fw::service::dualcareer {
namespace bj = boost::json;
namespace {

std::string at(std::string_view prefix, std::string_view field) { return std::string(prefix) + "." + std::string(field); }

Result<std::optional<double>> opt_number(const bj::object& o, std::string_view field, std::string_view prefix) {
  auto it = o.find(field);
  if (it == o.end() || it->value().is_null()) return std::nullopt;
  if (it->value().is_double()) return it->value().as_double();
  if (it->value().is_int64()) return static_cast<double>(it->value().as_int64());
  return fail(ErrorCode::invalid_argument, "json.wrong_type", at(prefix, field), "number");
}

Result<std::vector<std::string>> strings(const bj::object& o, std::string_view field, std::string_view prefix) {
  std::vector<std::string> out;
  auto it = o.find(field);
  if (it == o.end() || it->value().is_null()) return out;
  if (!it->value().is_array()) return fail(ErrorCode::invalid_argument, "json.wrong_type", at(prefix, field), "array");
  for (const auto& v : it->value().as_array()) {
    if (!v.is_string()) return fail(ErrorCode::invalid_argument, "json.wrong_type", at(prefix, field), "array of strings");
    out.emplace_back(v.as_string());
  }
  return out;
}

Result<const bj::object*> sub_object(const bj::object& o, std::string_view field, bool required) {
  auto it = o.find(field);
  if (it == o.end() || it->value().is_null()) {
    if (required) return fail(ErrorCode::invalid_argument, "json.missing", std::string(field));
    return nullptr;
  }
  if (!it->value().is_object()) return fail(ErrorCode::invalid_argument, "json.wrong_type", std::string(field), "object");
  return &it->value().as_object();
}

// Field errors of core/json name the bare field; prefix them with the object's path.
template <class T>
Result<T> prefixed(Result<T> r, std::string_view prefix) {
  if (!r) {
    auto e = r.error();
    e.field = at(prefix, e.field);
    return std::unexpected(std::move(e));
  }
  return r;
}

Result<int> minutes_of(const bj::object& o, std::string_view prefix) {
  auto v = FW_TRY(prefixed(json::opt_int(o, "max_minutes"), prefix));
  return v ? static_cast<int>(std::clamp<std::int64_t>(*v, -1, 100000)) : 45;
}

Result<JobRequest> decode_request(const bj::object& o, std::string_view prefix) {
  JobRequest r;
  auto it = o.find("occupations");
  if (it != o.end() && !it->value().is_null()) {
    if (!it->value().is_array()) return fail(ErrorCode::invalid_argument, "json.wrong_type", at(prefix, "occupations"), "array");
    const auto& occupations = it->value().as_array();
    for (std::size_t i = 0; i < occupations.size(); ++i) {
      const auto field = at(prefix, "occupations[" + std::to_string(i) + "]");
      if (!occupations[i].is_object()) return fail(ErrorCode::invalid_argument, "json.wrong_type", field, "object");
      const auto& oo = occupations[i].as_object();
      Occupation occ;
      occ.kldb = FW_TRY(prefixed(json::get_string(oo, "kldb"), field));
      occ.level = static_cast<int>(FW_TRY(prefixed(json::opt_int(oo, "level"), field)).value_or(0));
      r.occupations.push_back(std::move(occ));
    }
  }
  r.qualifications = FW_TRY(strings(o, "qualifications", prefix));
  r.languages = FW_TRY(strings(o, "languages", prefix));
  r.working_time = FW_TRY(strings(o, "working_time", prefix));
  r.earliest_start = FW_TRY(prefixed(json::opt_string(o, "earliest_start"), prefix));
  r.home_place_id = FW_TRY(prefixed(json::opt_int(o, "home_place_id"), prefix));
  r.max_minutes = FW_TRY(minutes_of(o, prefix));
  r.mode = FW_TRY(prefixed(json::opt_string(o, "mode"), prefix)).value_or("car");
  return r;
}

Result<void> check_limit(int minutes, const std::string& field) {
  if (minutes < 1 || minutes > 240) return fail(ErrorCode::invalid_argument, "dualcareer.minutes_invalid", field);
  return {};
}

Result<void> check_mode(const std::string& mode, const std::string& field) {
  if (!match::parse_mode(mode)) return fail(ErrorCode::invalid_argument, "dualcareer.mode_invalid", field, mode);
  return {};
}

Result<void> check_date(const std::optional<std::string>& d, const std::string& field) {
  if (d && !valid_iso_date(*d)) return fail(ErrorCode::invalid_argument, "directory.date_invalid", field);
  return {};
}

Result<std::string> kreis_of_place(store::Connection& c, std::int64_t place_id, const std::string& field) {
  auto rows = FW_TRY(c.query("SELECT kreis_ags FROM places WHERE id = ?", {place_id}));
  if (rows.empty()) return fail(ErrorCode::invalid_argument, "dualcareer.place_unknown", field, std::to_string(place_id));
  return rows[0].text_at(0);
}

Result<void> validate_request(store::Connection& c, JobRequest& r, const std::string& prefix) {
  if (r.occupations.empty()) return fail(ErrorCode::invalid_argument, "match.occupations_missing", prefix + ".occupations");
  for (std::size_t i = 0; i < r.occupations.size(); ++i) {
    const auto field = prefix + ".occupations[" + std::to_string(i) + "]";
    const auto& occ = r.occupations[i];
    // parse_kldb knows the 2- and 3-digit groups of data/kldb_*.csv; 4/5-digit codes must
    // start with a known 3-digit group, and a 5th digit is the level.
    auto code = FW_TRY(match::parse_kldb(occ.kldb, field + ".kldb"));
    const int implied = match::level_of(code);
    if (occ.level < 0 || occ.level > 4 || (implied != 0 && occ.level != 0 && occ.level != implied)) {
      return fail(ErrorCode::invalid_argument, "match.level_invalid", field + ".level");
    }
  }
  for (std::size_t i = 0; i < r.working_time.size(); ++i) {
    if (!match::parse_working_time(r.working_time[i])) {
      return fail(ErrorCode::invalid_argument, "dualcareer.working_time_invalid",
                  prefix + ".working_time[" + std::to_string(i) + "]", r.working_time[i]);
    }
  }
  FW_TRY_VOID(check_date(r.earliest_start, prefix + ".earliest_start"));
  FW_TRY_VOID(check_limit(r.max_minutes, prefix + ".max_minutes"));
  FW_TRY_VOID(check_mode(r.mode, prefix + ".mode"));
  if (r.home_place_id) r.home_kreis_ags = FW_TRY(kreis_of_place(c, *r.home_place_id, prefix + ".home_place_id"));
  return {};
}

bj::array string_array(const std::vector<std::string>& v) {
  bj::array a;
  for (const auto& s : v) a.push_back(bj::string(s));
  return a;
}

}  // namespace

Result<CaseInput> decode_case_input(const bj::object& o) {
  CaseInput in;
  in.network_id = FW_TRY(json::get_int(o, "network_id"));
  in.organisation_id = FW_TRY(json::opt_int(o, "organisation_id"));
  in.kind = FW_TRY(json::opt_string(o, "kind")).value_or("partner");
  in.note = FW_TRY(json::opt_string(o, "note")).value_or("");
  const auto* contact = FW_TRY(sub_object(o, "contact", true));
  in.contact_name = FW_TRY(prefixed(json::get_string(*contact, "name"), "contact"));
  in.contact_email = FW_TRY(prefixed(json::opt_string(*contact, "email"), "contact")).value_or("");
  in.contact_phone = FW_TRY(prefixed(json::opt_string(*contact, "phone"), "contact")).value_or("");
  if (const auto* a = FW_TRY(sub_object(o, "applicant", false))) {
    Applicant ap;
    ap.place_id = FW_TRY(prefixed(json::opt_int(*a, "place_id"), "applicant"));
    ap.lat = FW_TRY(opt_number(*a, "lat", "applicant"));
    ap.lon = FW_TRY(opt_number(*a, "lon", "applicant"));
    ap.start_date = FW_TRY(prefixed(json::get_string(*a, "start_date"), "applicant"));
    ap.max_minutes = FW_TRY(minutes_of(*a, "applicant"));
    ap.mode = FW_TRY(prefixed(json::opt_string(*a, "mode"), "applicant")).value_or("car");
    in.applicant = ap;
  }
  in.request = FW_TRY(decode_request(*FW_TRY(sub_object(o, "request", true)), "request"));
  if (const auto* b = FW_TRY(sub_object(o, "request_b", false))) in.request_b = FW_TRY(decode_request(*b, "request_b"));
  return in;
}

Result<void> validate_case_input(store::Connection& c, CaseInput& in) {
  FW_TRY_VOID(check_code(in.kind, {"partner", "couple"}, "kind"));
  if (in.contact_name.find_first_not_of(' ') == std::string::npos || in.contact_name.size() > 300) {
    return fail(ErrorCode::invalid_argument, "dualcareer.contact_missing", "contact.name");
  }
  if (in.kind == "partner") {
    if (!in.applicant) return fail(ErrorCode::invalid_argument, "json.missing", "applicant");
    if (in.request_b) return fail(ErrorCode::invalid_argument, "dualcareer.request_b_only_couple", "request_b");
    auto& a = *in.applicant;
    if (a.place_id) {
      FW_TRY(kreis_of_place(c, *a.place_id, "applicant.place_id"));
    } else if (a.lat && a.lon) {
      FW_TRY_VOID(match::check_point(*a.lat, *a.lon, "applicant"));
    } else {
      return fail(ErrorCode::invalid_argument, "match.anchor_missing", "applicant.place_id");
    }
    FW_TRY_VOID(check_date(a.start_date, "applicant.start_date"));
    FW_TRY_VOID(check_limit(a.max_minutes, "applicant.max_minutes"));
    FW_TRY_VOID(check_mode(a.mode, "applicant.mode"));
  } else {
    if (!in.request_b) return fail(ErrorCode::invalid_argument, "json.missing", "request_b");
    FW_TRY_VOID(validate_request(c, *in.request_b, "request_b"));
  }
  return validate_request(c, in.request, "request");
}

bj::object job_request_json(const JobRequest& r) {
  bj::array occupations;
  for (const auto& o : r.occupations) occupations.push_back(bj::object{{"kldb", o.kldb}, {"level", o.level}});
  bj::object o{{"occupations", std::move(occupations)},
               {"qualifications", string_array(r.qualifications)},
               {"languages", string_array(r.languages)},
               {"working_time", string_array(r.working_time)},
               {"max_minutes", r.max_minutes},
               {"mode", r.mode},
               {"home_flexible", !r.home_place_id.has_value()}};
  o["earliest_start"] = json::nullable(r.earliest_start);
  o["home_place_id"] = r.home_place_id ? bj::value(*r.home_place_id) : bj::value(nullptr);
  o["home_kreis_ags"] = json::nullable(r.home_kreis_ags);
  return o;
}

bj::object applicant_json(const Applicant& a) {
  bj::object o{{"start_date", a.start_date}, {"max_minutes", a.max_minutes}, {"mode", a.mode}};
  o["place_id"] = a.place_id ? bj::value(*a.place_id) : bj::value(nullptr);
  o["lat"] = a.lat ? bj::value(*a.lat) : bj::value(nullptr);
  o["lon"] = a.lon ? bj::value(*a.lon) : bj::value(nullptr);
  return o;
}

}  // namespace fw::service::dualcareer

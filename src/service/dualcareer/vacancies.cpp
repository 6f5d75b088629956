#include "service/dualcareer/vacancies.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/json.hpp>

#include "core/clock.hpp"
#include "core/json.hpp"
#include "engine/match/dates.hpp"
#include "engine/match/geo.hpp"
#include "engine/match/index.hpp"
#include "service/audit/audit_log.hpp"
#include "service/authz.hpp"
#include "service/directory/vocab.hpp"
#include "store/reference_data.hpp"

namespace fw::service {
namespace bj = boost::json;
namespace {

constexpr std::string_view kColumns =
    "SELECT v.id, v.network_id, v.organisation_id, v.employer_name, v.title, v.kldb, v.level, v.working_time,"
    " v.homeoffice_share, v.contract, v.start_date, v.published_on, v.expires_on, v.status, v.visibility, v.source,"
    " v.source_ref, v.is_demo, v.created_at, v.updated_at, COALESCE(o.name, v.employer_name)"
    " FROM vacancies v LEFT JOIN organisations o ON o.id = v.organisation_id";

const std::pair<const char*, match::WorkingTime> kWorkingTimes[] = {{"vollzeit", match::kVollzeit},
                                                                    {"teilzeit", match::kTeilzeit},
                                                                    {"schicht", match::kSchicht},
                                                                    {"homeoffice", match::kHomeoffice},
                                                                    {"minijob", match::kMinijob}};

std::int64_t working_time_flags(const std::vector<std::string>& names) {
  std::int64_t flags = 0;
  for (const auto& n : names) flags |= match::parse_working_time(n).value_or(match::WorkingTime{});
  return flags;
}

std::vector<std::string> working_time_names(std::int64_t flags) {
  std::vector<std::string> out;
  for (const auto& [name, flag] : kWorkingTimes) {
    if ((flags & flag) != 0) out.emplace_back(name);
  }
  return out;
}

Vacancy from_row(const store::Row& r) {
  Vacancy v;
  v.id = r.int_at(0);
  auto& d = v.data;
  d.network_id = r.opt_int(1);
  d.organisation_id = r.opt_int(2);
  d.employer_name = r.text_at(3);
  d.title = r.text_at(4);
  d.kldb = r.text_at(5);
  d.level = static_cast<int>(r.int_at(6));
  d.working_time = working_time_names(r.int_at(7));
  if (auto h = r.opt_int(8)) d.homeoffice_share = static_cast<int>(*h);
  d.contract = r.opt_text(9);
  d.start_date = r.opt_text(10);
  d.published_on = r.opt_text(11);
  d.expires_on = r.opt_text(12);
  d.status = r.text_at(13);
  d.visibility = r.text_at(14);
  d.source = r.text_at(15);
  d.source_ref = r.opt_text(16);
  d.is_demo = r.int_at(17) != 0;
  v.created_at = r.int_at(18);
  v.updated_at = r.int_at(19);
  v.employer = r.text_at(20);
  return v;
}

Result<void> load_locations(store::Connection& c, Vacancy& v) {
  auto rows = FW_TRY(c.query(
      "SELECT l.lat, l.lon, l.label, l.place_id, COALESCE(p.name, ''), l.gemeinde_ags, l.kreis_ags"
      " FROM vacancy_locations l LEFT JOIN places p ON p.id = l.place_id WHERE l.vacancy_id = ? ORDER BY l.position",
      {v.id}));
  for (const auto& r : rows.rows) {
    v.locations.push_back({r.real_at(0), r.real_at(1), r.text_at(2), r.int_at(3), r.text_at(4), r.text_at(5), r.text_at(6)});
    v.data.locations.push_back({r.real_at(0), r.real_at(1), r.text_at(2)});
  }
  return {};
}

Result<void> check_date(const std::optional<std::string>& d, const char* field) {
  if (d && !match::parse_iso_date(*d)) return fail(ErrorCode::invalid_argument, "directory.date_invalid", field, *d);
  return {};
}

// Values that need no database: codes, dates, the engine's own checks (code, level,
// coordinates in Germany). Errors name the field.
Result<void> validate_values(VacancyInput& in) {
  if (in.title.find_first_not_of(' ') == std::string::npos || in.title.size() > 300) {
    return fail(ErrorCode::invalid_argument, "vacancy.title_missing", "title");
  }
  if (!in.organisation_id && in.employer_name.find_first_not_of(' ') == std::string::npos) {
    return fail(ErrorCode::invalid_argument, "vacancy.employer_missing", "employer_name");
  }
  for (std::size_t i = 0; i < in.working_time.size(); ++i) {
    if (!match::parse_working_time(in.working_time[i])) {
      return fail(ErrorCode::invalid_argument, "directory.value_invalid", "working_time[" + std::to_string(i) + "]",
                  in.working_time[i]);
    }
  }
  if (in.homeoffice_share && (*in.homeoffice_share < 0 || *in.homeoffice_share > 100)) {
    return fail(ErrorCode::invalid_argument, "directory.value_invalid", "homeoffice_share",
                std::to_string(*in.homeoffice_share));
  }
  if (in.contract) FW_TRY_VOID(check_code(*in.contract, {"befristet", "unbefristet"}, "contract"));
  FW_TRY_VOID(check_code(in.status, {"open", "filled", "expired"}, "status"));
  FW_TRY_VOID(check_code(in.visibility, {"members", "public"}, "visibility"));
  FW_TRY_VOID(check_date(in.start_date, "start_date"));
  FW_TRY_VOID(check_date(in.published_on, "published_on"));
  FW_TRY_VOID(check_date(in.expires_on, "expires_on"));
  if (in.published_on && in.expires_on && *in.expires_on < *in.published_on) {
    return fail(ErrorCode::invalid_argument, "vacancy.dates_order", "expires_on", *in.expires_on);
  }
  if (!in.network_id && in.visibility != "public") {
    return fail(ErrorCode::invalid_argument, "vacancy.network_required", "network_id");
  }
  Vacancy probe;
  probe.data = in;
  const auto checked = FW_TRY(match::validate_vacancy(to_match_vacancy(probe)));
  if (in.level == 0) in.level = checked.level;
  if (in.level < 1 || in.level > 4) return fail(ErrorCode::invalid_argument, "match.level_invalid", "level");
  return {};
}

Result<bool> org_active_in(store::Connection& c, std::int64_t org, std::int64_t network) {
  auto rows = FW_TRY(c.query(
      "SELECT 1 FROM memberships WHERE organisation_id = ? AND network_id = ? AND status = 'active'", {org, network}));
  return !rows.empty();
}

Result<bool> may_manage(store::Connection& c, const Actor& actor, const VacancyInput& in) {
  if (actor.admin()) return true;
  if (in.network_id && actor.has_network_role(*in.network_id, "editor")) return true;
  if (in.organisation_id && in.network_id && actor.is_organisation_editor(*in.organisation_id)) {
    return org_active_in(c, *in.organisation_id, *in.network_id);
  }
  return false;
}

std::vector<VacancyLocation> resolve_places(const VacancyInput& in) {
  const auto& places = reference_places();
  std::vector<VacancyLocation> out;
  for (const auto& l : in.locations) {
    const auto& p = places[places.nearest(match::to_vec3(l.lat, l.lon), l.lat, l.lon)];
    out.push_back({l.lat, l.lon, l.label, p.id, p.name, p.gemeinde_ags, p.kreis_ags});
  }
  return out;
}

Result<void> write_locations(store::Connection& c, std::int64_t id, const std::vector<VacancyLocation>& locs) {
  FW_TRY(c.exec("DELETE FROM vacancy_locations WHERE vacancy_id = ?", {id}));
  std::int64_t pos = 0;
  for (const auto& l : locs) {
    FW_TRY(c.exec("INSERT INTO vacancy_locations (vacancy_id, position, lat, lon, label, place_id, gemeinde_ags, kreis_ags)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  {id, pos++, l.lat, l.lon, l.label, l.place_id, l.gemeinde_ags, l.kreis_ags}));
  }
  return {};
}

store::Value opt_int_value(const std::optional<int>& v) { return v ? store::Value(std::int64_t{*v}) : store::null(); }
store::Value opt_id(const std::optional<std::int64_t>& v) { return v ? store::Value(*v) : store::null(); }

// The columns insert and update share, in the order both statements list them.
store::Params content_params(const VacancyInput& in) {
  return {opt_id(in.network_id), opt_id(in.organisation_id), in.employer_name, in.title, in.kldb, std::int64_t{in.level},
          working_time_flags(in.working_time), opt_int_value(in.homeoffice_share), store::opt(in.contract),
          store::opt(in.start_date), store::opt(in.published_on), store::opt(in.expires_on), in.status, in.visibility};
}

Result<std::int64_t> insert(store::Connection& c, const VacancyInput& in, const std::string& hash) {
  const auto now = clock::now_ms();
  auto params = content_params(in);
  params.insert(params.end(), {in.source, store::opt(in.source_ref), hash, std::int64_t{in.is_demo}, now, now});
  auto rows = FW_TRY(c.query(
      "INSERT INTO vacancies (network_id, organisation_id, employer_name, title, kldb, level, working_time,"
      " homeoffice_share, contract, start_date, published_on, expires_on, status, visibility, source, source_ref,"
      " content_hash, is_demo, created_at, updated_at)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      params));
  return rows[0].int_at(0);
}

Result<void> update_row(store::Connection& c, std::int64_t id, const VacancyInput& in, const std::string& hash) {
  auto params = content_params(in);
  params.insert(params.end(), {hash, clock::now_ms(), id});
  FW_TRY(c.exec(
      "UPDATE vacancies SET network_id = ?, organisation_id = ?, employer_name = ?, title = ?, kldb = ?, level = ?,"
      " working_time = ?, homeoffice_share = ?, contract = ?, start_date = ?, published_on = ?, expires_on = ?,"
      " status = ?, visibility = ?, content_hash = ?, updated_at = ? WHERE id = ?",
      params));
  return {};
}

}  // namespace

const match::PlaceTable& reference_places() {
  static const match::PlaceTable table = [] {
    auto t = match::parse_places(store::embedded_places_csv(), "places.csv");
    if (!t) {
      spdlog::critical("embedded places.csv: {} {}", t.error().field, t.error().detail);
      std::abort();  // the build embeds a checked file; this cannot happen in a released binary
    }
    return std::move(*t);
  }();
  return table;
}

match::Vacancy to_match_vacancy(const Vacancy& v) {
  match::Vacancy m;
  m.id = v.id;
  m.kldb = v.data.kldb;
  m.level = v.data.level;
  m.working_time = static_cast<match::WorkingTimeSet>(working_time_flags(v.data.working_time));
  if (v.data.start_date) m.start_day = match::parse_iso_date(*v.data.start_date);
  for (const auto& l : v.data.locations) m.locations.push_back({l.lat, l.lon});
  m.status = v.data.status == "open" ? match::VacancyStatus::open
             : v.data.status == "filled" ? match::VacancyStatus::filled
                                         : match::VacancyStatus::expired;
  return m;
}

Result<std::vector<std::int64_t>> networks_of(store::Connection& c, const Actor& actor) {
  std::vector<std::int64_t> out;
  for (const auto& r : actor.roles) {
    if (r.scope == "network") out.push_back(r.scope_id);
    if (r.scope == "organisation") {
      auto rows = FW_TRY(c.query("SELECT network_id FROM memberships WHERE organisation_id = ? AND status = 'active'",
                                 {r.scope_id}));
      for (const auto& m : rows.rows) out.push_back(m.int_at(0));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Result<bool> may_see_vacancy(store::Connection& c, const Actor& actor, const Vacancy& v) {
  if (v.data.visibility == "public" || actor.admin()) return true;
  if (v.data.organisation_id && actor.is_organisation_editor(*v.data.organisation_id)) return true;
  if (!v.data.network_id) return false;
  const auto nets = FW_TRY(networks_of(c, actor));
  return std::find(nets.begin(), nets.end(), *v.data.network_id) != nets.end();
}

Result<Vacancy> load_vacancy(store::Connection& c, std::int64_t id) {
  auto rows = FW_TRY(c.query(std::string(kColumns) + " WHERE v.id = ?", {id}));
  if (rows.empty()) return fail(ErrorCode::not_found, "vacancy.not_found");
  Vacancy v = from_row(rows[0]);
  FW_TRY_VOID(load_locations(c, v));
  return v;
}

Result<std::vector<VacancyLocation>> prepare_vacancy(store::Connection& c, const Actor& actor, VacancyInput& in) {
  FW_TRY_VOID(require_login(actor));
  FW_TRY_VOID(validate_values(in));
  if (in.network_id) {
    auto rows = FW_TRY(c.query("SELECT 1 FROM networks WHERE id = ?", {*in.network_id}));
    if (rows.empty()) return fail(ErrorCode::invalid_argument, "directory.network_not_found", "network_id");
  }
  if (in.organisation_id) {
    auto rows = FW_TRY(c.query("SELECT 1 FROM organisations WHERE id = ?", {*in.organisation_id}));
    if (rows.empty()) return fail(ErrorCode::invalid_argument, "directory.org_not_found", "organisation_id");
  }
  if (!FW_TRY(may_manage(c, actor, in))) return fail(ErrorCode::permission_denied, "auth.forbidden");
  return resolve_places(in);
}

std::string vacancy_content_hash(const VacancyInput& in) {
  bj::array locs;
  for (const auto& l : in.locations) locs.push_back(bj::array{l.lat, l.lon, bj::string(l.label)});
  bj::array wt;
  for (const auto& w : in.working_time) wt.push_back(bj::string(w));
  bj::array a{in.network_id ? bj::value(*in.network_id) : bj::value(nullptr),
              in.organisation_id ? bj::value(*in.organisation_id) : bj::value(nullptr),
              bj::string(in.employer_name), bj::string(in.title), bj::string(in.kldb), in.level, std::move(wt),
              in.homeoffice_share ? bj::value(*in.homeoffice_share) : bj::value(nullptr),
              json::nullable(in.contract), json::nullable(in.start_date), json::nullable(in.published_on),
              json::nullable(in.expires_on), bj::string(in.status), bj::string(in.visibility), std::move(locs),
              in.is_demo};
  return json::dump(a);
}

Result<std::pair<UpsertOutcome, std::int64_t>> upsert_vacancy(store::Connection& c, const Actor& actor, VacancyInput in) {
  auto locs = FW_TRY(prepare_vacancy(c, actor, in));
  const auto hash = vacancy_content_hash(in);
  auto rows = FW_TRY(c.query("SELECT id, content_hash FROM vacancies WHERE source = ? AND source_ref = ?",
                             {in.source, store::opt(in.source_ref)}));
  if (rows.empty()) {
    const auto id = FW_TRY(insert(c, in, hash));
    FW_TRY_VOID(write_locations(c, id, locs));
    FW_TRY_VOID(record_audit(c, actor, {"create", "vacancy", std::to_string(id), std::nullopt, hash}));
    return std::pair{UpsertOutcome::created, id};
  }
  const auto id = rows[0].int_at(0);
  if (rows[0].text_at(1) == hash) return std::pair{UpsertOutcome::unchanged, id};
  auto before = FW_TRY(load_vacancy(c, id));
  // An import may only overwrite what the importing actor may manage.
  if (!FW_TRY(may_manage(c, actor, before.data))) return fail(ErrorCode::permission_denied, "auth.forbidden");
  FW_TRY_VOID(update_row(c, id, in, hash));
  FW_TRY_VOID(write_locations(c, id, locs));
  FW_TRY_VOID(record_audit(c, actor, {"update", "vacancy", std::to_string(id), json::dump(vacancy_json(before)), hash}));
  return std::pair{UpsertOutcome::updated, id};
}

Result<std::vector<Vacancy>> open_vacancies(store::Connection& c, std::optional<std::int64_t> audience_network) {
  store::Rows rows;
  if (audience_network) {
    rows = FW_TRY(c.query(std::string(kColumns) +
                              " WHERE v.status = 'open' AND (v.visibility = 'public' OR v.network_id = ?) ORDER BY v.id",
                          {*audience_network}));
  } else {
    rows = FW_TRY(c.query(std::string(kColumns) + " WHERE v.status = 'open' ORDER BY v.id"));
  }
  std::vector<Vacancy> out;
  out.reserve(rows.size());
  for (const auto& r : rows.rows) out.push_back(from_row(r));
  // Locations in one pass (ordered by vacancy), not one query per vacancy.
  auto locs = FW_TRY(c.query(
      "SELECT l.vacancy_id, l.lat, l.lon FROM vacancy_locations l JOIN vacancies v ON v.id = l.vacancy_id"
      " WHERE v.status = 'open' ORDER BY l.vacancy_id, l.position"));
  std::size_t i = 0;
  for (const auto& r : locs.rows) {
    const auto id = r.int_at(0);
    while (i < out.size() && out[i].id < id) ++i;
    if (i < out.size() && out[i].id == id) out[i].data.locations.push_back({r.real_at(1), r.real_at(2), ""});
  }
  return out;
}

bj::object vacancy_json(const Vacancy& v) {
  const auto& d = v.data;
  bj::array wt, locs;
  for (const auto& w : d.working_time) wt.push_back(bj::string(w));
  for (const auto& l : v.locations) {
    locs.push_back(bj::object{{"lat", l.lat}, {"lon", l.lon}, {"label", l.label}, {"place_id", l.place_id},
                              {"place_name", l.place_name}, {"gemeinde_ags", l.gemeinde_ags}, {"kreis_ags", l.kreis_ags}});
  }
  bj::object o{{"id", v.id},           {"employer", v.employer},   {"employer_name", d.employer_name},
               {"title", d.title},     {"kldb", d.kldb},           {"level", d.level},
               {"working_time", std::move(wt)}, {"status", d.status}, {"visibility", d.visibility},
               {"source", d.source},   {"is_demo", d.is_demo},     {"locations", std::move(locs)},
               {"created_at", clock::iso8601(v.created_at)}, {"updated_at", clock::iso8601(v.updated_at)}};
  o["network_id"] = d.network_id ? bj::value(*d.network_id) : bj::value(nullptr);
  o["organisation_id"] = d.organisation_id ? bj::value(*d.organisation_id) : bj::value(nullptr);
  o["homeoffice_share"] = d.homeoffice_share ? bj::value(*d.homeoffice_share) : bj::value(nullptr);
  o["contract"] = json::nullable(d.contract);
  o["start_date"] = json::nullable(d.start_date);
  o["published_on"] = json::nullable(d.published_on);
  o["expires_on"] = json::nullable(d.expires_on);
  o["source_ref"] = json::nullable(d.source_ref);
  return o;
}

Result<Vacancy> create_vacancy(store::Database& db, const Actor& actor, const VacancyInput& input) {
  VacancyInput in = input;
  in.source = "manual";
  in.source_ref.reset();
  return store::transact(db, [&](store::Connection& c) -> Result<Vacancy> {
    auto locs = FW_TRY(prepare_vacancy(c, actor, in));
    const auto id = FW_TRY(insert(c, in, vacancy_content_hash(in)));
    FW_TRY_VOID(write_locations(c, id, locs));
    auto created = FW_TRY(load_vacancy(c, id));
    FW_TRY_VOID(record_audit(c, actor, {"create", "vacancy", std::to_string(id), std::nullopt,
                                        json::dump(vacancy_json(created))}));
    return created;
  });
}

Result<Vacancy> update_vacancy(store::Database& db, const Actor& actor, std::int64_t id, const VacancyInput& input) {
  FW_TRY_VOID(require_login(actor));
  VacancyInput in = input;
  return store::transact(db, [&](store::Connection& c) -> Result<Vacancy> {
    auto before = FW_TRY(load_vacancy(c, id));
    if (!FW_TRY(may_see_vacancy(c, actor, before))) return fail(ErrorCode::not_found, "vacancy.not_found");
    if (!FW_TRY(may_manage(c, actor, before.data))) return fail(ErrorCode::permission_denied, "auth.forbidden");
    auto locs = FW_TRY(prepare_vacancy(c, actor, in));
    FW_TRY_VOID(update_row(c, id, in, vacancy_content_hash(in)));
    FW_TRY_VOID(write_locations(c, id, locs));
    auto after = FW_TRY(load_vacancy(c, id));
    FW_TRY_VOID(record_audit(c, actor, {"update", "vacancy", std::to_string(id), json::dump(vacancy_json(before)),
                                        json::dump(vacancy_json(after))}));
    return after;
  });
}

Result<Vacancy> close_vacancy(store::Database& db, const Actor& actor, std::int64_t id, const std::string& status) {
  FW_TRY_VOID(require_login(actor));
  FW_TRY_VOID(check_code(status, {"filled", "expired"}, "status"));
  return store::transact(db, [&](store::Connection& c) -> Result<Vacancy> {
    auto before = FW_TRY(load_vacancy(c, id));
    if (!FW_TRY(may_see_vacancy(c, actor, before))) return fail(ErrorCode::not_found, "vacancy.not_found");
    if (!FW_TRY(may_manage(c, actor, before.data))) return fail(ErrorCode::permission_denied, "auth.forbidden");
    FW_TRY(c.exec("UPDATE vacancies SET status = ?, updated_at = ? WHERE id = ?", {status, clock::now_ms(), id}));
    auto after = FW_TRY(load_vacancy(c, id));
    FW_TRY_VOID(record_audit(c, actor, {"close", "vacancy", std::to_string(id), json::dump(vacancy_json(before)),
                                        json::dump(vacancy_json(after))}));
    return after;
  });
}

Result<Vacancy> get_vacancy(store::Database& db, const Actor& actor, std::int64_t id) {
  return store::with_connection(db, [&](store::Connection& c) -> Result<Vacancy> {
    auto v = FW_TRY(load_vacancy(c, id));
    if (!FW_TRY(may_see_vacancy(c, actor, v))) {
      FW_TRY_VOID(require_login(actor));
      return fail(ErrorCode::permission_denied, "auth.forbidden");
    }
    return v;
  });
}

Result<VacancyPage> list_vacancies(store::Database& db, const Actor& actor, const VacancyFilter& f) {
  if (f.page < 1) return fail(ErrorCode::invalid_argument, "query.invalid", "page", "≥ 1");
  if (f.size < 1 || f.size > 200) return fail(ErrorCode::invalid_argument, "query.invalid", "size", "1..200");
  if (f.kldb_prefix.size() > 5 || f.kldb_prefix.find_first_not_of("0123456789") != std::string::npos) {
    return fail(ErrorCode::invalid_argument, "query.invalid", "kldb", "1–5 Ziffern");
  }
  if (f.status) FW_TRY_VOID(check_code(*f.status, {"open", "filled", "expired"}, "status"));
  // Visibility in SQL: public, everything for admins, or the reader's networks (by role, or
  // through an organisation they edit that is an active member). Fixed text, bound values.
  const std::string where =
      " WHERE (v.visibility = 'public' OR ? = 1"
      " OR v.network_id IN (SELECT scope_id FROM role_assignments WHERE user_id = ? AND scope = 'network')"
      " OR v.network_id IN (SELECT m.network_id FROM memberships m JOIN role_assignments r"
      "   ON r.scope = 'organisation' AND r.scope_id = m.organisation_id WHERE r.user_id = ? AND m.status = 'active'))"
      " AND (? = 0 OR v.network_id = ?) AND (? = 0 OR v.organisation_id = ?) AND (? = '' OR v.status = ?)"
      " AND v.kldb LIKE ?";
  const std::int64_t uid = actor.user_id.value_or(0);
  store::Params params{std::int64_t{actor.admin()}, uid, uid,
                       std::int64_t{f.network_id.has_value()}, f.network_id.value_or(0),
                       std::int64_t{f.organisation_id.has_value()}, f.organisation_id.value_or(0),
                       f.status.value_or(""), f.status.value_or(""), f.kldb_prefix + "%"};
  return store::with_connection(db, [&](store::Connection& c) -> Result<VacancyPage> {
    VacancyPage page;
    auto total = FW_TRY(c.query("SELECT COUNT(*) FROM vacancies v" + where, params));
    page.total = total[0].int_at(0);
    store::Params paged = params;
    paged.push_back(std::int64_t{f.size});
    paged.push_back(std::int64_t{(f.page - 1) * f.size});
    auto rows = FW_TRY(c.query(std::string(kColumns) + where + " ORDER BY v.id DESC LIMIT ? OFFSET ?", paged));
    for (const auto& r : rows.rows) {
      Vacancy v = from_row(r);
      FW_TRY_VOID(load_locations(c, v));
      page.items.push_back(std::move(v));
    }
    return page;
  });
}

}  // namespace fw::service

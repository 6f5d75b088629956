#include "service/dualcareer/live_matcher.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/json.hpp>
#include <mutex>

#include "core/json.hpp"
#include "service/authz.hpp"
#include "service/dualcareer/travel_times.hpp"

namespace fw::service {
namespace bj = boost::json;
namespace {

bj::object home_json(const match::HomeOption& h) {
  bj::array commutes;
  for (const auto& c : h.commutes) {
    commutes.push_back(bj::object{{"role", c.role}, {"minutes", c.minutes}, {"limit", c.limit}});
  }
  return bj::object{{"place_id", h.place_id},         {"name", h.name}, {"gemeinde_ags", h.gemeinde_ags},
                    {"lat", h.lat},                   {"lon", h.lon},   {"commutes", std::move(commutes)},
                    {"total_minutes", h.total_minutes}};
}

}  // namespace

LiveMatcher::LiveMatcher(store::Database& db) : db_(db) {}

Result<std::unique_ptr<LiveMatcher>> LiveMatcher::start(store::Database& db) {
  std::unique_ptr<LiveMatcher> m(new LiveMatcher(db));
  (void)reference_places();  // parse the places once, before the first request needs them
  m->matrix_ = FW_TRY(store::with_connection(db, [](store::Connection& c) { return load_stored_travel_matrix(c); }));
  m->commute_ = match::CommuteModel(m->matrix_.get());
  if (!m->matrix_->empty()) spdlog::info("Job für Zwei: Reisezeitmatrix mit {} Einträgen.", m->matrix_->size());
  std::unique_lock lock(m->mu_);
  FW_TRY_VOID(m->ensure(0));
  spdlog::info("Job für Zwei: {} offene Stellen im Index.", m->audiences_[0].index->size());
  return m;
}

Result<void> LiveMatcher::ensure(std::int64_t audience) {
  if (audiences_.contains(audience)) return {};
  auto vacancies = FW_TRY(store::with_connection(db_, [&](store::Connection& c) {
    return open_vacancies(c, audience == 0 ? std::nullopt : std::optional<std::int64_t>(audience));
  }));
  Audience a;
  a.index = std::make_unique<match::VacancyIndex>(reference_places());
  a.index->reserve(vacancies.size());
  for (const auto& v : vacancies) {
    // Rows were validated when written; a row that fails now (e.g. edited by hand) is left out
    // of matching rather than stopping the server.
    if (auto r = a.index->upsert(to_match_vacancy(v)); !r) {
      spdlog::warn("Stelle {} nicht im Index: {} {}", v.id, r.error().key, r.error().field);
    }
  }
  a.index->shrink_to_fit();
  a.matcher = std::make_unique<match::Matcher>(*a.index, commute_);
  audiences_.emplace(audience, std::move(a));
  return {};
}

void LiveMatcher::apply_locked(const Vacancy& v) {
  const auto mv = to_match_vacancy(v);
  for (auto& [audience, a] : audiences_) {
    const bool visible = audience == 0 || v.data.visibility == "public" || v.data.network_id == audience;
    if (visible) {
      if (auto r = a.index->upsert(mv); !r) spdlog::warn("Stelle {} nicht im Index: {}", v.id, r.error().key);
    } else {
      a.index->erase(v.id);
    }
  }
}

void LiveMatcher::sync(std::int64_t id) {
  if (auto r = refresh(id); !r) spdlog::error("Stelle {}: Index nicht aktualisiert: {} {}", id, r.error().key, r.error().detail);
}

Result<Vacancy> LiveMatcher::create(const Actor& actor, const VacancyInput& in) {
  auto v = FW_TRY(create_vacancy(db_, actor, in));
  sync(v.id);
  return v;
}

Result<Vacancy> LiveMatcher::update(const Actor& actor, std::int64_t id, const VacancyInput& in) {
  auto v = FW_TRY(update_vacancy(db_, actor, id, in));
  sync(id);
  return v;
}

Result<Vacancy> LiveMatcher::close(const Actor& actor, std::int64_t id, const std::string& status) {
  auto v = FW_TRY(close_vacancy(db_, actor, id, status));
  sync(id);
  return v;
}

// Reads the committed state under the exclusive lock, so that two changes of one vacancy that
// commit in one order can never reach the index in the other.
Result<void> LiveMatcher::refresh(std::int64_t id) {
  std::unique_lock lock(mu_);
  auto v = FW_TRY(store::with_connection(db_, [&](store::Connection& c) { return load_vacancy(c, id); }));
  apply_locked(v);
  return {};
}

std::size_t LiveMatcher::indexed(std::int64_t audience) const {
  std::shared_lock lock(mu_);
  auto it = audiences_.find(audience);
  return it == audiences_.end() ? 0 : it->second.index->size();
}

Result<std::int64_t> LiveMatcher::audience_for(const Actor& actor, std::optional<std::int64_t> network) {
  FW_TRY_VOID(require_login(actor));
  const auto nets = FW_TRY(store::with_connection(db_, [&](store::Connection& c) { return networks_of(c, actor); }));
  if (network) {
    if (actor.admin() || std::find(nets.begin(), nets.end(), *network) != nets.end()) return *network;
    return fail(ErrorCode::permission_denied, "auth.forbidden");
  }
  if (actor.admin()) return 0;
  if (nets.empty()) return fail(ErrorCode::permission_denied, "auth.forbidden");
  if (nets.size() > 1) return fail(ErrorCode::invalid_argument, "vacancy.network_ambiguous", "network_id");
  return nets.front();
}

Result<bj::object> LiveMatcher::search(const Actor& actor, std::optional<std::int64_t> network,
                                       const std::function<Result<match::SearchResult>(const match::Matcher&)>& run) {
  const auto audience = FW_TRY(audience_for(actor, network));
  {
    std::unique_lock lock(mu_);
    FW_TRY_VOID(ensure(audience));
  }
  match::SearchResult r;
  {
    std::shared_lock lock(mu_);
    r = FW_TRY(run(*audiences_.at(audience).matcher));
  }
  return render(r);  // after the lock: it reads titles from the database
}

Result<bj::object> LiveMatcher::anchored(const Actor& actor, std::optional<std::int64_t> network,
                                         const match::AnchoredQuery& query) {
  return search(actor, network, [&](const match::Matcher& m) { return m.anchored(query); });
}

Result<bj::object> LiveMatcher::couple(const Actor& actor, std::optional<std::int64_t> network,
                                       const match::CoupleQuery& query) {
  return search(actor, network, [&](const match::Matcher& m) { return m.couple(query); });
}

// The engine's result plus what the reader needs to recognise each vacancy.
Result<bj::object> LiveMatcher::render(const match::SearchResult& r) {
  return store::with_connection(db_, [&](store::Connection& c) -> Result<bj::object> {
    auto vacancies = [&](const std::vector<std::int64_t>& ids) -> Result<bj::array> {
      bj::array out;
      for (const auto id : ids) {
        auto v = FW_TRY(load_vacancy(c, id));
        bj::object o{{"id", id}, {"title", v.data.title}, {"employer", v.employer}, {"kldb", v.data.kldb}};
        o["network_id"] = v.data.network_id ? bj::value(*v.data.network_id) : bj::value(nullptr);
        o["start_date"] = json::nullable(v.data.start_date);
        out.push_back(std::move(o));
      }
      return out;
    };
    bj::array matches, near;
    for (const auto& m : r.matches) {
      bj::array homes, components, fits;
      for (const auto& h : m.best_homes) homes.push_back(home_json(h));
      for (const auto& k : m.components) {
        components.push_back(bj::object{{"name", k.name}, {"value", k.value}, {"weight", k.weight}, {"text", k.text}});
      }
      for (const auto f : m.fits) fits.push_back(f);
      matches.push_back(bj::object{{"vacancies", FW_TRY(vacancies(m.vacancy_ids))},
                                   {"score", m.score},
                                   {"fits", std::move(fits)},
                                   {"best_homes", std::move(homes)},
                                   {"feasible_homes", m.feasible_homes},
                                   {"components", std::move(components)}});
    }
    for (const auto& n : r.near_misses) {
      bj::array reasons;
      for (const auto& s : n.reasons) reasons.push_back(bj::string(s));
      near.push_back(bj::object{{"vacancies", FW_TRY(vacancies(n.vacancy_ids))},
                                {"score", n.score},
                                {"home", home_json(n.home)},
                                {"reasons", std::move(reasons)}});
    }
    bj::object out{{"matches", std::move(matches)}, {"near_misses", std::move(near)},
                   {"homes_considered", r.homes_considered}};
    out["feasible"] = r.feasible ? bj::value(*r.feasible) : bj::value(nullptr);
    out["more_with_tolerance"] = r.more_with_tolerance ? bj::value(*r.more_with_tolerance) : bj::value(nullptr);
    return out;
  });
}

}  // namespace fw::service

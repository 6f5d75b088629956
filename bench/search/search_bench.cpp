// Directory search figures (issue 3): fills a database with 1,000 networks, 100,000
// organisations and 10,000 published practices, then times GET /api/v1/search's service call
// for a fixed mix of 1-, 2- and 3-word German queries with and without facets and prints
// p50/p99 per query shape. Also writes the mix as a wrk Lua script for the HTTP side.
//   search_bench fill URL [--networks N] [--organisations N] [--practices N]
//   search_bench query URL [--reps R] [--wrk-script FILE]
#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "service/actor.hpp"
#include "service/directory/demo_directory.hpp"
#include "service/directory/directory_search.hpp"
#include "service/directory/organisations.hpp"
#include "service/directory/practices.hpp"
#include "store/migrations.hpp"
#include "store/store.hpp"

namespace {

using namespace fw;
using Clock = std::chrono::steady_clock;

[[noreturn]] void die(const Error& e) {
  std::fprintf(stderr, "error: %s %s %s\n", e.key.c_str(), e.field.c_str(), e.detail.c_str());
  std::exit(1);
}
template <class T>
T ok(Result<T> r) {
  if (!r) die(r.error());
  return std::move(*r);
}

std::int64_t count(store::Database& db, const char* table) {
  const std::string sql = std::string("SELECT COUNT(*) FROM ") + table;
  return ok(store::with_connection(db, [&](store::Connection& c) { return c.query(sql); }))[0].int_at(0);
}

const char* kSurnames[] = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
                           "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
                           "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier",
                           "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer"};
const char* kBranches[] = {"Maschinenbau", "Pflegedienst", "Elektrotechnik", "Logistik", "Bauunternehmung", "Metallbau",
                           "Softwareentwicklung", "Lebensmittelhandel", "Kunststofftechnik", "Sanitär- und Heizungstechnik",
                           "Altenpflege", "Krankenhausgesellschaft", "Steuerberatung", "Spedition", "Zimmerei",
                           "Kfz-Werkstatt", "Bäckerei", "Gebäudereinigung", "Straßenbau", "Energietechnik"};
const char* kForms[] = {"GmbH", "GmbH & Co. KG", "AG", "e. K.", "KG", "gGmbH"};
const char* kSizes[] = {"1-9", "10-49", "50-249", "250+"};

const char* kTopics[] = {"Pflegekräfte gewinnen", "Ausbildung im Handwerk", "Willkommenskultur für Zugewanderte",
                         "Berufsorientierung an Schulen", "Vereinbarkeit von Familie und Beruf", "Ältere Beschäftigte halten",
                         "Fachkräftesicherung im Mittelstand", "Dual Career für Paare", "Rückkehrer in die Region",
                         "Digitalisierung in der Logistik", "Inklusion in Betrieben", "Studienabbrecher als Azubis"};
// Varied wording, as real entries have: a sentence shared by every entry would make each of
// its words hit all 10,000 practices.
const char* kStarts[] = {"Viele Betriebe der Region finden keine Fachkräfte; Stellen bleiben monatelang unbesetzt.",
                         "Die Zahl der Schulabgänger sinkt, während die Babyboomer in Rente gehen.",
                         "Kleine Unternehmen haben kaum Zeit für Personalgewinnung und Marketing.",
                         "Zugewanderte Fachkräfte brauchen lange, bis ihre Abschlüsse anerkannt sind.",
                         "Junge Menschen verlassen nach dem Abitur die Region für das Studium.",
                         "Pflegeheime und Kliniken konkurrieren um dieselben wenigen Pflegekräfte."};
const char* kResults[] = {"Mehr Bewerbungen und neue Ausbildungsverträge.", "Eine dauerhafte Kooperation von Kammern und Kommunen.",
                          "Zwanzig Betriebe beteiligen sich regelmäßig.", "Die Besucherzahlen der Messe haben sich verdoppelt.",
                          "Drei Viertel der Teilnehmenden fanden eine Stelle in der Region.", "Das Angebot wird vom Land weiter gefördert."};
const char* kHandlungsfelder[] = {"ausbildung", "berufsorientierung", "aeltere", "vereinbarkeit", "zuwanderung",
                                  "frauen", "gewinnung_bindung", "regionalmarketing", "gesundheit", "inklusion"};

void fill_practices(store::Database& db, int practices, std::mt19937& rng) {
  auto kreise = ok(store::with_connection(db, [](store::Connection& c) {
    return c.query("SELECT ags, name FROM kreise ORDER BY ags");
  }));
  auto networks = ok(store::with_connection(db, [](store::Connection& c) {
    return c.query("SELECT id FROM networks ORDER BY id");
  }));
  const auto system = service::Actor::system("search-bench");
  for (std::int64_t i = count(db, "practices"); i < practices; ++i) {
    const auto& k = kreise.rows[rng() % kreise.size()];
    const std::string topic = kTopics[rng() % std::size(kTopics)];
    service::PracticeInput in;
    in.title = fmt::format("{}: {} ({})", topic, k.text_at(1), i);
    in.teaser = fmt::format("Wie ein Netzwerk in {} das Thema „{}“ angeht.", k.text_at(1), topic);
    in.ausgangslage = kStarts[rng() % std::size(kStarts)];
    in.massnahmen = fmt::format("Workshops, Betriebsbesuche und eine Kampagne zu „{}“.", topic);
    in.ergebnisse = kResults[rng() % std::size(kResults)];
    in.kreise = {k.text_at(0)};
    in.handlungsfelder = {kHandlungsfelder[rng() % std::size(kHandlungsfelder)]};
    in.networks = {networks.rows[rng() % networks.size()].int_at(0)};
    in.is_demo = true;
    const auto p = ok(service::create_practice(db, system, in));
    ok(service::practice_step(db, system, p.id, service::PracticeStep::submit, ""));
    ok(service::practice_step(db, system, p.id, service::PracticeStep::publish, ""));
    if ((i + 1) % 2000 == 0) std::fprintf(stderr, "  %lld practices\n", static_cast<long long>(i + 1));
  }
}

void fill(const std::string& url, int networks, int organisations, int practices) {
  auto db = ok(store::Database::open(url));
  ok(store::migrate(*db));
  const auto t0 = Clock::now();
  if (count(*db, "networks") == 0) {
    const auto d = ok(service::load_demo_directory(*db, std::max(0, networks - 15)));
    std::fprintf(stderr, "demo directory: %d networks, %d organisations\n", d.networks, d.organisations);
  }
  auto places = ok(store::with_connection(*db, [](store::Connection& c) {
    return c.query("SELECT id, name FROM places ORDER BY id");
  }));
  std::mt19937 rng(7);
  const auto system = service::Actor::system("search-bench");
  std::int64_t have = count(*db, "organisations");
  for (std::int64_t i = have; i < organisations; ++i) {
    const auto& p = places.rows[rng() % places.size()];
    service::OrganisationInput in;
    in.name = fmt::format("{} {} {} ({} {})", kSurnames[rng() % std::size(kSurnames)],
                          kBranches[rng() % std::size(kBranches)], kForms[rng() % std::size(kForms)], p.text_at(1), i);
    in.type = "unternehmen";
    in.size_class = kSizes[rng() % std::size(kSizes)];
    in.place_id = p.int_at(0);
    in.is_demo = true;
    ok(service::create_organisation(*db, system, in));
    if ((i + 1) % 10000 == 0) std::fprintf(stderr, "  %lld organisations\n", static_cast<long long>(i + 1));
  }
  fill_practices(*db, practices, rng);
  std::fprintf(stderr, "filled in %.1f s: %lld networks, %lld organisations, %lld practices\n",
               std::chrono::duration<double>(Clock::now() - t0).count(), static_cast<long long>(count(*db, "networks")),
               static_cast<long long>(count(*db, "organisations")), static_cast<long long>(count(*db, "practices")));
}

struct Shape {
  const char* name;
  std::vector<service::SearchQuery> queries;
};

std::vector<Shape> query_mix() {
  auto q = [](std::string text, std::string type = "", std::string land = "", std::string hf = "") {
    service::SearchQuery s;
    s.q = std::move(text);
    s.type = std::move(type);
    s.land = std::move(land);
    s.handlungsfeld = std::move(hf);
    return s;
  };
  return {
      {"1 word", {q("pflegekraft"), q("fachkräfte"), q("ausbildung"), q("maschinenbau"), q("müller"), q("logistik")}},
      {"2 words", {q("pflege ausbildung"), q("fachkräfte sicherung"), q("metallbau schmidt"), q("straße bau"),
                   q("handwerk zuwanderung"), q("software stuttgart")}},
      {"3 words", {q("ausbildung pflege altenpflege"), q("fachkräfte allianz ostwürttemberg"),
                   q("müller maschinenbau gmbh"), q("netzwerk berufsorientierung schule"), q("bäckerei meister ausbildung"),
                   q("energie technik elektro")}},
      {"1-3 words + facets", {q("pflege", "", "08"), q("ausbildung", "network", "", "ausbildung"),
                              q("maschinenbau", "organisation", "09"), q("fachkräfte sicherung", "network", "05"),
                              q("müller gmbh", "organisation", "08"), q("netzwerk", "network", "", "zuwanderung"),
                              q("pflegekräfte", "practice", "09"), q("ausbildung handwerk", "practice", "", "ausbildung")}},
  };
}

std::string url_of(const service::SearchQuery& s) {
  std::string u = "/api/v1/search?q=";
  for (unsigned char c : s.q) {
    if (std::isalnum(c)) u += static_cast<char>(c);
    else u += fmt::format("%{:02X}", c);
  }
  if (!s.type.empty()) u += "&type=" + s.type;
  if (!s.land.empty()) u += "&land=" + s.land;
  if (!s.handlungsfeld.empty()) u += "&handlungsfeld=" + s.handlungsfeld;
  return u;
}

double pct(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

void query(const std::string& url, int reps, const std::string& wrk_script) {
  auto db = ok(store::Database::open(url));
  ok(store::migrate(*db));  // a database filled by an older build
  const auto mix = query_mix();
  std::printf("backend %s: %lld networks, %lld organisations, %lld practices\n", db->describe().c_str(),
              static_cast<long long>(count(*db, "networks")), static_cast<long long>(count(*db, "organisations")),
              static_cast<long long>(count(*db, "practices")));
  std::printf("| query shape | queries × reps | p50 ms | p99 ms | max ms | mean hits |\n|---|---|---|---|---|---|\n");
  std::vector<double> all;
  for (const auto& shape : mix) {
    for (const auto& s : shape.queries) ok(service::search_directory(*db, s));  // warm caches
    std::vector<double> ms;
    double hits = 0;
    for (int r = 0; r < reps; ++r) {
      for (const auto& s : shape.queries) {
        const auto t = Clock::now();
        const auto res = ok(service::search_directory(*db, s));
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
        hits += static_cast<double>(res.total);
      }
    }
    all.insert(all.end(), ms.begin(), ms.end());
    std::printf("| %s | %zu × %d | %.2f | %.2f | %.2f | %.0f |\n", shape.name, shape.queries.size(), reps, pct(ms, 0.5),
                pct(ms, 0.99), pct(ms, 1.0), hits / static_cast<double>(ms.size()));
  }
  std::printf("| **all** | %zu | **%.2f** | **%.2f** | %.2f | |\n", all.size(), pct(all, 0.5), pct(all, 0.99), pct(all, 1.0));
  if (!wrk_script.empty()) {
    std::ofstream out(wrk_script);
    out << "-- generated by search_bench: the query mix, in rotation\npaths = {\n";
    for (const auto& shape : mix)
      for (const auto& s : shape.queries) out << "  \"" << url_of(s) << "\",\n";
    out << "}\ni = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: search_bench fill|query URL [options]\n");
    return 2;
  }
  const std::string cmd = argv[1], url = argv[2];
  int networks = 1000, organisations = 100000, practices = 10000, reps = 50;
  std::string wrk_script;
  for (int i = 3; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--networks")) networks = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--organisations")) organisations = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--practices")) practices = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--reps")) reps = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--wrk-script")) wrk_script = argv[i + 1];
  }
  if (cmd == "fill") fill(url, networks, organisations, practices);
  else if (cmd == "query") query(url, reps, wrk_script);
  else return 2;
  return 0;
}

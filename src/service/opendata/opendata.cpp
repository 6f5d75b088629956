#include "service/opendata/opendata.hpp"

#include <boost/json.hpp>
#include <map>

#include "core/clock.hpp"
#include "service/export/table_writer.hpp"

namespace fw::service::opendata {
namespace bj = boost::json;
namespace {

using Lists = std::map<std::int64_t, std::vector<std::string>>;

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

Result<Lists> lists(store::Connection& c, const std::string& sql, const store::Params& params = {}) {
  Lists out;
  for (const auto& r : FW_TRY(c.query(sql, params)).rows) out[r.int_at(0)].push_back(r.text_at(1));
  return out;
}

std::string of(const Lists& l, std::int64_t id) {
  auto it = l.find(id);
  return it == l.end() ? std::string() : joined(it->second);
}

std::vector<std::string> split(const std::string& cell) {
  std::vector<std::string> out;
  for (std::size_t start = 0; start < cell.size();) {
    auto end = cell.find(", ", start);
    if (end == std::string::npos) end = cell.size();
    out.push_back(cell.substr(start, end - start));
    start = end + 2;
  }
  return out;
}

}  // namespace

const std::vector<DatasetSource>& datasets() {
  static const std::vector<DatasetSource> d{{"networks", networks_dataset}, {"practices", practices_dataset}};
  return d;
}

Result<Dataset> networks_dataset(store::Database& db) {
  return store::with_connection(db, [](store::Connection& c) -> Result<Dataset> {
    Dataset d;
    d.fields = {{"id", Kind::integer},           {"name"},
                {"short_name"},                  {"founded_on"},
                {"cooperation_form"},            {"status"},
                {"website"},                     {"description"},
                {"coordinator_organisation"},    {"laender", Kind::list},
                {"kreise", Kind::list},          {"handlungsfelder", Kind::list},
                {"zielgruppen", Kind::list},     {"active_partners", Kind::integer},
                {"regional_partners", Kind::integer}, {"meets_admission_rule", Kind::boolean},
                {"updated_at"}};
    const auto kreise = FW_TRY(lists(c, "SELECT network_id, kreis_ags FROM network_kreise ORDER BY network_id, kreis_ags"));
    const auto laender = FW_TRY(lists(c, "SELECT DISTINCT network_id, substr(kreis_ags, 1, 2) FROM network_kreise"
                                         " ORDER BY 1, 2"));
    const auto felder = FW_TRY(lists(c, "SELECT network_id, code FROM network_topics WHERE kind = 'handlungsfeld'"
                                        " ORDER BY network_id, code"));
    const auto gruppen = FW_TRY(lists(c, "SELECT network_id, code FROM network_topics WHERE kind = 'zielgruppe'"
                                         " ORDER BY network_id, code"));
    // Active partners, and those of them located in the network's region (the admission rule
    // counts lead partners and partners there, not standing guests).
    std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> partners;
    auto counts = FW_TRY(c.query(
        "SELECT m.network_id, COUNT(*), SUM(CASE WHEN m.role <> 'standing_guest' AND EXISTS (SELECT 1 FROM network_kreise nk"
        " WHERE nk.network_id = m.network_id AND nk.kreis_ags = o.kreis_ags) THEN 1 ELSE 0 END)"
        " FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.status = 'active'"
        " GROUP BY m.network_id"));
    for (const auto& r : counts.rows) partners[r.int_at(0)] = {r.int_at(1), r.int_at(2)};
    auto rows = FW_TRY(c.query(
        "SELECT n.id, n.name, n.short_name, n.founded_on, n.cooperation_form, n.status, n.website, n.description,"
        " o.name, n.updated_at FROM networks n LEFT JOIN organisations o ON o.id = n.coordinator_organisation_id"
        " WHERE n.is_demo = 0 ORDER BY n.name"));
    for (const auto& r : rows.rows) {
      const auto id = r.int_at(0);
      const auto [active, regional] = partners.contains(id) ? partners[id] : std::pair<std::int64_t, std::int64_t>{0, 0};
      d.rows.push_back({std::to_string(id), r.text_at(1), r.text_at(2), r.opt_text(3).value_or(""), r.text_at(4),
                        r.text_at(5), r.text_at(6), r.text_at(7), r.opt_text(8).value_or(""), of(laender, id),
                        of(kreise, id), of(felder, id), of(gruppen, id), std::to_string(active),
                        std::to_string(regional), regional >= 3 ? "true" : "false", clock::iso8601(r.int_at(9))});
    }
    return d;
  });
}

Result<Dataset> practices_dataset(store::Database& db) {
  return store::with_connection(db, [](store::Connection& c) -> Result<Dataset> {
    Dataset d;
    d.fields = {{"id", Kind::integer}, {"title"},          {"teaser"},
                {"land"},              {"kreise", Kind::list}, {"handlungsfelder", Kind::list},
                {"zielgruppen", Kind::list}, {"ausgangslage"}, {"massnahmen"},
                {"ergebnisse"},        {"period_from"},    {"period_to"},
                {"funding"},           {"networks", Kind::list}, {"awards"},
                {"published_at"},      {"updated_at"}};
    // Only published, non-demo entries; the joins below are limited to them as well.
    const std::string published = " practice_id IN (SELECT id FROM practices WHERE status = 'published' AND is_demo = 0)";
    const auto kreise = FW_TRY(lists(c, "SELECT practice_id, kreis_ags FROM practice_kreise WHERE" + published +
                                            " ORDER BY practice_id, kreis_ags"));
    const auto felder = FW_TRY(lists(c, "SELECT practice_id, code FROM practice_topics WHERE kind = 'handlungsfeld' AND" +
                                            published + " ORDER BY practice_id, code"));
    const auto gruppen = FW_TRY(lists(c, "SELECT practice_id, code FROM practice_topics WHERE kind = 'zielgruppe' AND" +
                                             published + " ORDER BY practice_id, code"));
    // Network ids (a comma-free list), demo networks left out like in the networks dataset.
    const auto networks = FW_TRY(lists(c, "SELECT pn.practice_id, CAST(pn.network_id AS TEXT) FROM practice_networks pn"
                                          " JOIN networks n ON n.id = pn.network_id WHERE n.is_demo = 0 AND pn." +
                                              published.substr(1) + " ORDER BY pn.practice_id, pn.network_id"));
    // Award names may contain commas, so awards are one text cell: "2020: Name; 2014: Name".
    std::map<std::int64_t, std::string> awards;
    for (const auto& r : FW_TRY(c.query("SELECT practice_id, year, name FROM practice_awards WHERE" + published +
                                        " ORDER BY practice_id, year DESC, name")).rows) {
      auto& cell = awards[r.int_at(0)];
      cell += (cell.empty() ? "" : "; ") + std::to_string(r.int_at(1)) + ": " + r.text_at(2);
    }
    // No contact fields at all: contact persons are personal data, whatever their visibility.
    auto rows = FW_TRY(c.query(
        "SELECT id, title, teaser, land_ags, ausgangslage, massnahmen, ergebnisse, period_from, period_to, funding,"
        " published_at, updated_at FROM practices WHERE status = 'published' AND is_demo = 0 ORDER BY title, id"));
    for (const auto& r : rows.rows) {
      const auto id = r.int_at(0);
      d.rows.push_back({std::to_string(id), r.text_at(1), r.text_at(2), r.opt_text(3).value_or(""), of(kreise, id),
                        of(felder, id), of(gruppen, id), r.text_at(4), r.text_at(5), r.text_at(6),
                        r.opt_text(7).value_or(""), r.opt_text(8).value_or(""), r.text_at(9), of(networks, id),
                        awards.contains(id) ? awards[id] : std::string(),
                        r.is_null(10) ? std::string() : clock::iso8601(r.int_at(10)), clock::iso8601(r.int_at(11))});
    }
    return d;
  });
}

bj::object dataset_json(const std::string& name, const Dataset& d) {
  bj::array items;
  for (const auto& row : d.rows) {
    bj::object o;
    for (std::size_t i = 0; i < d.fields.size(); ++i) {
      const auto& cell = row[i];
      switch (d.fields[i].kind) {
        case Kind::integer: o[d.fields[i].name] = std::stoll(cell); break;
        case Kind::boolean: o[d.fields[i].name] = cell == "true"; break;
        case Kind::list: {
          bj::array a;
          for (auto& v : split(cell)) a.push_back(bj::string(v));
          o[d.fields[i].name] = std::move(a);
          break;
        }
        case Kind::text:
          o[d.fields[i].name] = cell.empty() ? bj::value(nullptr) : bj::value(bj::string(cell));
          break;
      }
    }
    items.push_back(std::move(o));
  }
  return bj::object{{"dataset", name},
                    {"licence", kLicence},
                    {"licence_url", kLicenceUrl},
                    {"schema", "docs/opendata.md#" + name},
                    {"generated_at", clock::iso8601(clock::now_ms())},
                    {"count", d.rows.size()},
                    {"items", std::move(items)}};
}

std::string dataset_csv(const Dataset& d) {
  exporting::Table t;
  for (const auto& f : d.fields) t.columns.push_back({f.name, f.kind == Kind::integer});
  t.rows = d.rows;
  return exporting::to_csv(t);
}

}  // namespace fw::service::opendata

#include "service/directory/directory_search.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <cmath>

#include "search/german.hpp"
#include "service/directory/vocab.hpp"

namespace fw::service {
namespace bj = boost::json;
namespace {

bool digits(const std::string& s, std::size_t n) {
  return s.size() == n && s.find_first_not_of("0123456789") == std::string::npos;
}

// One kind of document: how to find its hits on each backend and how to filter and facet it.
struct Kind {
  const char* type;
  const char* table;
  int fts_kind;        // rowid = id * 4 + fts_kind in search_fts
  const char* title;   // column shown as the hit's title and used to break ties
  const char* text;    // second column of the snippet
  const char* parts;   // networks and practices keep Kreise and topics in <parts>_kreise/_topics
};
constexpr Kind kNetwork{"network", "networks", 1, "name", "description", "network"};
constexpr Kind kOrganisation{"organisation", "organisations", 2, "name", "city", nullptr};
constexpr Kind kPractice{"practice", "practices", 3, "title", "teaser", "practice"};

// Filters on Kreis and topics through the side tables of networks and practices.
void part_filters(const Kind& k, const SearchQuery& q, std::string& where, store::Params& params) {
  const std::string kreise = std::string(k.parts) + "_kreise x WHERE x." + k.parts + "_id = d.id";
  const std::string topics = std::string(k.parts) + "_topics x WHERE x." + k.parts + "_id = d.id";
  if (!q.kreis.empty()) { where += " AND EXISTS (SELECT 1 FROM " + kreise + " AND x.kreis_ags = ?)"; params.emplace_back(q.kreis); }
  if (!q.handlungsfeld.empty()) { where += " AND EXISTS (SELECT 1 FROM " + topics + " AND x.kind = 'handlungsfeld' AND x.code = ?)"; params.emplace_back(q.handlungsfeld); }
  if (!q.zielgruppe.empty()) { where += " AND EXISTS (SELECT 1 FROM " + topics + " AND x.kind = 'zielgruppe' AND x.code = ?)"; params.emplace_back(q.zielgruppe); }
}

// The common table expression "hits(id, score)" for one kind, with every filter applied.
// Every user value is a bound parameter; only fixed fragments are concatenated.
struct HitsSql {
  std::string cte;
  store::Params params;
};

// `scored`: whether hits carry a relevance score. Ranking long documents (bm25, ts_rank) costs
// several microseconds per hit, so counts and facets are taken from unscored hits.
HitsSql hits_sql(store::Backend backend, const Kind& k, const SearchQuery& q, const std::string& match, bool scored) {
  HitsSql h;
  const std::string t = std::string(k.table);
  std::string where = " WHERE 1=1";
  // Organisations carry what their facets and ranking need, so that one pass serves all.
  const std::string extra = k.parts == nullptr ? ", d.name AS title, d.kreis_ags AS kreis, d.type AS otype" : "";
  if (match.empty()) {
    h.cte = "WITH hits AS (SELECT d.id AS id, 0.0 AS score" + extra + " FROM " + t + " d";
  } else if (backend == store::Backend::sqlite) {
    // bm25() is lower for better matches; negate so that higher is better on both backends.
    // The full-text query runs once, first; its rowids lead to the documents by primary key
    // (rowid / 4 = id). Joining on "d.id * 4 + kind = rowid" instead made SQLite scan the
    // table and run the MATCH once per row.
    const std::string kind = std::to_string(k.fts_kind);
    h.cte = "WITH hits AS (SELECT d.id AS id, f.score AS score" + extra + " FROM (SELECT rowid AS rid, " +
            (scored ? "-bm25(search_fts)" : "0.0") + " AS score FROM search_fts WHERE search_fts MATCH ?) f JOIN " + t +
            " d ON d.id = f.rid / 4";
    where += " AND f.rid % 4 = " + kind;
    h.params.emplace_back(match);
  } else {
    h.cte = std::string("WITH hits AS (SELECT d.id AS id, ") +
            (scored ? "ts_rank(d.search_tsv, CAST(? AS tsquery))" : "0.0") + " AS score" + extra +
            " FROM " + t + " d";
    if (scored) h.params.emplace_back(match);
    where += " AND d.search_tsv @@ CAST(? AS tsquery)";  // stored column (migration 12)
    h.params.emplace_back(match);
  }
  if (k.fts_kind == kNetwork.fts_kind) {
    part_filters(k, q, where, h.params);
    if (!q.land.empty()) { where += " AND EXISTS (SELECT 1 FROM network_kreise x WHERE x.network_id = d.id AND substr(x.kreis_ags, 1, 2) = ?)"; h.params.emplace_back(q.land); }
    if (!q.partner_type.empty()) { where += " AND EXISTS (SELECT 1 FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.network_id = d.id AND m.status = 'active' AND o.type = ?)"; h.params.emplace_back(q.partner_type); }
  } else if (k.fts_kind == kPractice.fts_kind) {
    // Only published entries are searched: the search is public.
    where += " AND d.status = 'published'";
    part_filters(k, q, where, h.params);
    if (!q.land.empty()) { where += " AND d.land_ags = ?"; h.params.emplace_back(q.land); }
    if (!q.partner_type.empty()) { where += " AND EXISTS (SELECT 1 FROM practice_networks pn JOIN memberships m ON m.network_id = pn.network_id JOIN organisations o ON o.id = m.organisation_id WHERE pn.practice_id = d.id AND m.status = 'active' AND o.type = ?)"; h.params.emplace_back(q.partner_type); }
  } else {
    if (!q.kreis.empty()) { where += " AND d.kreis_ags = ?"; h.params.emplace_back(q.kreis); }
    if (!q.land.empty()) { where += " AND substr(d.kreis_ags, 1, 2) = ?"; h.params.emplace_back(q.land); }
    if (!q.partner_type.empty()) { where += " AND d.type = ?"; h.params.emplace_back(q.partner_type); }
    for (const auto& [kind, code] : {std::pair{"handlungsfeld", &q.handlungsfeld}, std::pair{"zielgruppe", &q.zielgruppe}}) {
      if (code->empty()) continue;
      where += std::string(" AND EXISTS (SELECT 1 FROM memberships m JOIN network_topics x ON x.network_id = m.network_id"
                           " WHERE m.organisation_id = d.id AND m.status = 'active' AND x.kind = '") + kind + "' AND x.code = ?)";
      h.params.emplace_back(*code);
    }
    if (q.near_lat) {
      // Equirectangular distance: exact enough (< 0.5 %) for radii up to a few hundred km, and
      // plain arithmetic on both backends. cos(lat) is computed here and bound.
      const double kx = 111.195 * std::cos(*q.near_lat * M_PI / 180.0), ky = 111.195;
      where += " AND d.lat IS NOT NULL AND ((d.lon - ?) * ?) * ((d.lon - ?) * ?) + ((d.lat - ?) * ?) * ((d.lat - ?) * ?) <= ?";
      for (double v : {*q.near_lon, kx, *q.near_lon, kx, *q.near_lat, ky, *q.near_lat, ky, *q.radius_km * *q.radius_km}) {
        h.params.emplace_back(v);
      }
    }
  }
  h.cte += where + ") ";
  return h;
}

Result<void> validate(store::Connection& c, const SearchQuery& q) {
  if (!q.type.empty() && q.type != "network" && q.type != "organisation" && q.type != "practice") {
    return fail(ErrorCode::invalid_argument, "directory.value_invalid", "type", q.type);
  }
  if (!q.land.empty() && !digits(q.land, 2)) return fail(ErrorCode::invalid_argument, "region.land_invalid", "land", q.land);
  if (!q.kreis.empty() && !digits(q.kreis, 5)) return fail(ErrorCode::invalid_argument, "region.kreis_invalid", "kreis", q.kreis);
  if (!q.handlungsfeld.empty()) FW_TRY_VOID(check_vocabulary(c, "handlungsfeld", {q.handlungsfeld}, "handlungsfeld"));
  if (!q.zielgruppe.empty()) FW_TRY_VOID(check_vocabulary(c, "zielgruppe", {q.zielgruppe}, "zielgruppe"));
  if (!q.partner_type.empty()) FW_TRY_VOID(check_code(q.partner_type, organisation_types(), "partner_type"));
  if (q.page < 1 || q.page > 10000) return fail(ErrorCode::invalid_argument, "query.invalid", "page", "1..10000");
  if (q.size < 1 || q.size > 100) return fail(ErrorCode::invalid_argument, "query.invalid", "size", "1..100");
  if (q.near_lat && (*q.near_lat < 47 || *q.near_lat > 55.1 || *q.near_lon < 5.8 || *q.near_lon > 15.1)) {
    return fail(ErrorCode::invalid_argument, "query.invalid", "near", "Koordinaten in Deutschland");
  }
  if (q.near_lat && (!q.radius_km || *q.radius_km <= 0 || *q.radius_km > 1000)) {
    return fail(ErrorCode::invalid_argument, "query.invalid", "radius_km", "0 < radius_km <= 1000");
  }
  return {};
}

// The total and every facet of one kind in a single statement: "hits" is referenced several
// times, so both SQLite and PostgreSQL materialise it and the full-text query runs once.
// Networks and practices (organisations: see search_organisations).
std::string counts_sql(const Kind& k) {
  const std::string total = "SELECT 'total', NULL, COUNT(*) FROM hits";
  const std::string parts = k.parts;
  const std::string kreise = " JOIN " + parts + "_kreise x ON x." + parts + "_id = hits.id";
  // A network's Land follows from its Kreise (it may span several); a practice names its Land.
  const std::string land = k.fts_kind == kNetwork.fts_kind
      ? " UNION ALL SELECT 'land', l, COUNT(*) FROM (SELECT DISTINCT hits.id, substr(x.kreis_ags, 1, 2) AS l FROM hits" +
            kreise + ") s GROUP BY l"
      : " UNION ALL SELECT 'land', d.land_ags, COUNT(*) FROM hits JOIN " + std::string(k.table) +
            " d ON d.id = hits.id GROUP BY d.land_ags";
  return total + land + " UNION ALL SELECT 'kreis', x.kreis_ags, COUNT(*) FROM hits" + kreise + " GROUP BY x.kreis_ags" +
         " UNION ALL SELECT x.kind, x.code, COUNT(*) FROM hits JOIN " + parts + "_topics x ON x." + parts +
         "_id = hits.id WHERE x.kind IN ('handlungsfeld', 'zielgruppe') GROUP BY x.kind, x.code";
}

Result<void> search_kind(store::Connection& c, const Kind& k, const SearchQuery& q, const std::string& match,
                         std::vector<SearchHit>& hits, SearchResult& out) {
  const auto counted = hits_sql(c.backend(), k, q, match, false);
  auto counts = FW_TRY(c.query(counted.cte + counts_sql(k), counted.params));
  std::int64_t n = 0;
  for (const auto& r : counts.rows) {
    const std::string facet = r.text_at(0);
    if (facet == "total") n = r.int_at(2);
    else if (!r.is_null(1)) out.facets[facet][r.text_at(1)] += r.int_at(2);
  }
  out.total += n;
  out.facets["type"][k.type] += n;
  if (n == 0) return {};
  // Enough rows of this kind to fill the requested page after merging with the other kind.
  const auto h = hits_sql(c.backend(), k, q, match, true);
  store::Params p = h.params;
  p.emplace_back(std::int64_t{q.page} * q.size);
  const std::string text = std::string("d.") + k.title + ", d." + k.text + ", ''";
  auto rows = FW_TRY(c.query(h.cte + "SELECT d.id, hits.score, " + text + ", d.is_demo FROM hits JOIN " + k.table +
                                 " d ON d.id = hits.id ORDER BY hits.score DESC, d." + k.title + " LIMIT ?",
                             p));
  const auto terms = search::query_terms(q.q);
  for (const auto& r : rows.rows) {
    SearchHit hit{k.type, r.int_at(0), r.text_at(2), "", r.text_at(4), r.real_at(1), r.int_at(5) != 0};
    hit.snippet = search::highlight(r.text_at(2) + (r.text_at(3).empty() ? "" : " – " + r.text_at(3)), terms, 200);
    hits.push_back(std::move(hit));
  }
  return {};
}

// Organisations are the big kind (100,000 and more), and a common word hits thousands of
// them. One pass reads each hit once (score, name, Kreis, type): total and facets are counted
// here and only the best page * size candidates are kept; their display fields are read in
// fill_organisation_hits() once the page across all kinds is known.
Result<void> search_organisations(store::Connection& c, const SearchQuery& q, const std::string& match,
                                  std::vector<SearchHit>& hits, SearchResult& out) {
  const auto h = hits_sql(c.backend(), kOrganisation, q, match, true);
  auto rows = FW_TRY(c.query(h.cte + "SELECT id, score, title, kreis, otype FROM hits", h.params));
  const auto n = static_cast<std::int64_t>(rows.size());
  out.total += n;
  out.facets["type"][kOrganisation.type] += n;
  std::vector<SearchHit> candidates;
  candidates.reserve(rows.size());
  for (const auto& r : rows.rows) {
    if (!r.is_null(3)) {
      const std::string kreis = r.text_at(3);
      ++out.facets["land"][kreis.substr(0, 2)];
      ++out.facets["kreis"][kreis];
    }
    ++out.facets["partner_type"][r.text_at(4)];
    SearchHit hit;
    hit.type = kOrganisation.type;
    hit.id = r.int_at(0);
    hit.score = r.real_at(1);
    hit.title = r.text_at(2);
    candidates.push_back(std::move(hit));
  }
  const auto keep = std::min(candidates.size(), static_cast<std::size_t>(q.page) * static_cast<std::size_t>(q.size));
  std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(keep), candidates.end(),
                    [](const SearchHit& a, const SearchHit& b) { return a.score != b.score ? a.score > b.score : a.title < b.title; });
  candidates.resize(keep);
  hits.insert(hits.end(), std::make_move_iterator(candidates.begin()), std::make_move_iterator(candidates.end()));
  return {};
}

// Snippet, Kreis and demo flag of the organisations on the page (at most `size` rows).
Result<void> fill_organisation_hits(store::Connection& c, const SearchQuery& q, std::vector<SearchHit>& items) {
  std::string in;
  store::Params ids;
  for (const auto& hit : items) {
    if (hit.type != kOrganisation.type) continue;
    in += in.empty() ? "?" : ", ?";
    ids.emplace_back(hit.id);
  }
  if (ids.empty()) return {};
  auto rows = FW_TRY(c.query("SELECT id, name, city, kreis_ags, is_demo FROM organisations WHERE id IN (" + in + ")", ids));
  const auto terms = search::query_terms(q.q);
  for (const auto& r : rows.rows) {
    for (auto& hit : items) {
      if (hit.type != kOrganisation.type || hit.id != r.int_at(0)) continue;
      hit.snippet = search::highlight(r.text_at(1) + (r.text_at(2).empty() ? "" : " – " + r.text_at(2)), terms, 200);
      hit.kreis_ags = r.text_at(3);
      hit.is_demo = r.int_at(4) != 0;
    }
  }
  return {};
}

}  // namespace

Result<SearchResult> search_directory(store::Database& db, const SearchQuery& q) {
  return store::with_connection(db, [&](store::Connection& c) -> Result<SearchResult> {
    FW_TRY_VOID(validate(c, q));
    const std::string match = c.backend() == store::Backend::sqlite ? search::fts5_match(q.q) : search::tsquery(q.q);
    SearchResult out;
    std::vector<SearchHit> hits;
    // Organisation-only filters exclude networks only where they make no sense for them.
    if ((q.type.empty() || q.type == "network") && !q.near_lat) FW_TRY_VOID(search_kind(c, kNetwork, q, match, hits, out));
    if (q.type.empty() || q.type == "organisation") FW_TRY_VOID(search_organisations(c, q, match, hits, out));
    if ((q.type.empty() || q.type == "practice") && !q.near_lat) FW_TRY_VOID(search_kind(c, kPractice, q, match, hits, out));
    // Scores of the kinds come from the same ranking function over the same term model.
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
    const std::size_t from = static_cast<std::size_t>(q.page - 1) * static_cast<std::size_t>(q.size);
    for (std::size_t i = from; i < hits.size() && i < from + static_cast<std::size_t>(q.size); ++i) {
      out.items.push_back(hits[i]);
    }
    FW_TRY_VOID(fill_organisation_hits(c, q, out.items));
    return out;
  });
}

bj::object search_result_json(const SearchResult& r, const SearchQuery& q) {
  bj::array items;
  for (const auto& h : r.items) {
    items.push_back(bj::object{{"type", h.type}, {"id", h.id}, {"title", h.title}, {"snippet", h.snippet},
                               {"kreis_ags", h.kreis_ags}, {"score", h.score}, {"is_demo", h.is_demo}});
  }
  bj::object facets;
  for (const auto& [facet, values] : r.facets) {
    bj::object v;
    for (const auto& [value, count] : values) v[value] = count;
    facets[facet] = std::move(v);
  }
  return bj::object{{"items", std::move(items)}, {"total", r.total}, {"page", q.page}, {"size", q.size},
                    {"facets", std::move(facets)}};
}

}  // namespace fw::service

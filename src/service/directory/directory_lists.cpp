#include "service/directory/directory_lists.hpp"

#include <boost/json.hpp>

#include "core/json.hpp"
#include "service/directory/networks.hpp"
#include "service/directory/vocab.hpp"

namespace fw::service {
namespace bj = boost::json;
namespace {

bool digits(const std::string& s, std::size_t n) {
  return s.size() == n && s.find_first_not_of("0123456789") == std::string::npos;
}

Result<void> check_paging(int page, int size) {
  if (page < 1) return fail(ErrorCode::invalid_argument, "query.invalid", "page", "≥ 1");
  if (size < 1 || size > kMaxListPageSize) return fail(ErrorCode::invalid_argument, "query.invalid", "size", "1..100");
  return {};
}

// WHERE clause and its parameters, built from fixed SQL pieces only (values stay parameters).
struct Filter {
  std::string where;
  store::Params params;
  void add(const std::string& clause, const std::string& value) {
    where += where.empty() ? " WHERE " : " AND ";
    where += clause;
    params.emplace_back(value);
  }
};

// One page of `select` (ending in ORDER BY) over `table` with the filter, and the total count.
Result<store::Rows> page_of(store::Connection& c, const std::string& table, const std::string& select, const Filter& f,
                            int page, int size, std::int64_t& total) {
  total = FW_TRY(c.query("SELECT COUNT(*) FROM " + table + f.where, f.params))[0].int_at(0);
  store::Params params = f.params;
  params.emplace_back(std::int64_t{size});
  params.emplace_back(std::int64_t{(page - 1) * size});
  return c.query(select + " LIMIT ? OFFSET ?", params);
}

}  // namespace

Result<ListPage<NetworkSummary>> list_networks(store::Database& db, const NetworkListQuery& q) {
  FW_TRY_VOID(check_paging(q.page, q.size));
  Filter f;
  if (!q.land.empty()) {
    if (!digits(q.land, 2)) return fail(ErrorCode::invalid_argument, "query.invalid", "land", "08");
    f.add("EXISTS (SELECT 1 FROM network_kreise nk WHERE nk.network_id = n.id AND nk.kreis_ags LIKE ?)", q.land + "%");
  }
  if (!q.status.empty()) {
    FW_TRY_VOID(check_code(q.status, {"active", "inactive"}, "status"));
    f.add("n.status = ?", q.status);
  }
  return store::with_connection(db, [&](store::Connection& c) -> Result<ListPage<NetworkSummary>> {
    ListPage<NetworkSummary> out{{}, 0, q.page, q.size};
    // Regional partners as networks.cpp counts them: active, not standing guests, in the region.
    auto rows = FW_TRY(page_of(
        c, "networks n",
        "SELECT n.id, n.name, n.short_name, n.status, n.cooperation_form, n.website, n.founded_on, n.is_demo,"
        " (SELECT COUNT(*) FROM network_kreise k WHERE k.network_id = n.id),"
        " (SELECT COUNT(*) FROM memberships m JOIN organisations o ON o.id = m.organisation_id"
        "   WHERE m.network_id = n.id AND m.status = 'active' AND m.role <> 'standing_guest'"
        "   AND EXISTS (SELECT 1 FROM network_kreise r WHERE r.network_id = n.id AND r.kreis_ags = o.kreis_ags))"
        " FROM networks n" + f.where + " ORDER BY n.name, n.id",
        f, q.page, q.size, out.total));
    for (const auto& r : rows.rows) {
      NetworkSummary s{r.int_at(0), r.text_at(1), r.text_at(2), r.text_at(3), r.text_at(4), r.text_at(5),
                       r.opt_text(6), r.int_at(8), r.int_at(9), false, r.int_at(7) != 0};
      s.meets_admission_rule = s.regional_partners >= kMinRegionalPartners;
      out.items.push_back(std::move(s));
    }
    return out;
  });
}

Result<ListPage<OrganisationSummary>> list_organisations(store::Database& db, const OrganisationListQuery& q) {
  FW_TRY_VOID(check_paging(q.page, q.size));
  Filter f;
  if (!q.type.empty()) {
    FW_TRY_VOID(check_code(q.type, organisation_types(), "type"));
    f.add("type = ?", q.type);
  }
  if (!q.kreis.empty()) {
    if (!digits(q.kreis, 5)) return fail(ErrorCode::invalid_argument, "query.invalid", "kreis", "08136");
    f.add("kreis_ags = ?", q.kreis);
  }
  return store::with_connection(db, [&](store::Connection& c) -> Result<ListPage<OrganisationSummary>> {
    ListPage<OrganisationSummary> out{{}, 0, q.page, q.size};
    auto rows = FW_TRY(page_of(c, "organisations",
                               "SELECT id, name, type, street, postcode, city, website, kreis_ags, size_class, is_demo"
                               " FROM organisations" + f.where + " ORDER BY name, id",
                               f, q.page, q.size, out.total));
    for (const auto& r : rows.rows) {
      out.items.push_back({r.int_at(0), r.text_at(1), r.text_at(2), r.text_at(3), r.text_at(4), r.text_at(5),
                           r.text_at(6), r.opt_text(7), r.opt_text(8), r.int_at(9) != 0});
    }
    return out;
  });
}

bj::object network_summary_json(const NetworkSummary& n) {
  bj::object o{{"id", n.id},
               {"name", n.name},
               {"short_name", n.short_name},
               {"status", n.status},
               {"cooperation_form", n.cooperation_form},
               {"website", n.website},
               {"kreise", n.kreise},
               {"regional_partners", n.regional_partners},
               {"meets_admission_rule", n.meets_admission_rule},
               {"is_demo", n.is_demo}};
  o["founded_on"] = json::nullable(n.founded_on);
  return o;
}

bj::object organisation_summary_json(const OrganisationSummary& s) {
  bj::object o{{"id", s.id},         {"name", s.name},     {"type", s.type},       {"street", s.street},
               {"postcode", s.postcode}, {"city", s.city}, {"website", s.website}, {"is_demo", s.is_demo}};
  o["kreis_ags"] = json::nullable(s.kreis_ags);
  o["size_class"] = json::nullable(s.size_class);
  return o;
}

}  // namespace fw::service

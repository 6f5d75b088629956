// Paged lists of the directory's public data: networks (filter Land, status) and organisations
// (filter type, Kreis). No contacts, no memberships in flux: what anyone may read anyway, for
// GET /api/v1/networks and /api/v1/organisations and their CSV/XLSX downloads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "core/result.hpp"
#include "store/store.hpp"

namespace fw::service {

inline constexpr int kMaxListPageSize = 100;

struct NetworkListQuery {
  std::string land;    // two digits, networks with at least one Kreis in it; "" = all
  std::string status;  // active | inactive | "" = all
  int page = 1, size = 20;
};

struct NetworkSummary {
  std::int64_t id = 0;
  std::string name, short_name, status, cooperation_form, website;
  std::optional<std::string> founded_on;
  std::int64_t kreise = 0, regional_partners = 0;
  bool meets_admission_rule = false, is_demo = false;
};

struct OrganisationListQuery {
  std::string type;   // an organisation type code; "" = all
  std::string kreis;  // five-digit AGS; "" = all
  int page = 1, size = 20;
};

struct OrganisationSummary {
  std::int64_t id = 0;
  std::string name, type, street, postcode, city, website;
  std::optional<std::string> kreis_ags, size_class;
  bool is_demo = false;
};

template <class T>
struct ListPage {
  std::vector<T> items;
  std::int64_t total = 0;
  int page = 1, size = 20;
};

// Ordered by name. Bad filters or paging → invalid_argument naming the parameter
// ("query.invalid" for page, size, land, kreis; "directory.value_invalid" for status, type).
Result<ListPage<NetworkSummary>> list_networks(store::Database& db, const NetworkListQuery& q);
Result<ListPage<OrganisationSummary>> list_organisations(store::Database& db, const OrganisationListQuery& q);

boost::json::object network_summary_json(const NetworkSummary& n);
boost::json::object organisation_summary_json(const OrganisationSummary& o);

}  // namespace fw::service

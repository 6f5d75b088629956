// Demo data of the good-practice database: the real projects and awards named in the
// programme's press releases (../shared/seeds), linked to their demo networks, and generated
// practices (flagged is_demo) so that every Land has some. Part of load_demo_directory().
#pragma once

#include "core/result.hpp"
#include "store/store.hpp"

namespace fw::service {

struct DemoPracticesReport {
  int real = 0, generated = 0;
};

// Needs the demo networks (looked up by name); `per_land` generated practices per Land, most
// of them published, a few left as draft or submitted (deterministic seed).
Result<DemoPracticesReport> load_demo_practices(store::Database& db, int per_land = 6);

}  // namespace fw::service

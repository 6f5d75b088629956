#include "api/routes.hpp"

namespace fw::api {

void register_routes(http::Router& router, App& app) {
  register_system_routes(router, app);
  register_account_routes(router, app);
  register_audit_routes(router, app);
  register_directory_routes(router, app);
  register_practice_routes(router, app);
  register_import_routes(router, app);
  register_opendata_routes(router, app);
  register_dualcareer_routes(router, app);
  register_monitor_routes(router, app);
  register_case_routes(router, app);
}

}  // namespace fw::api

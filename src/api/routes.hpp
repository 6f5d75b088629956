// One registration function per area; register_routes() (routes.cpp) calls them all.
#pragma once

#include "api/app.hpp"

namespace fw::api {

void register_system_routes(http::Router& r, App& app);
void register_account_routes(http::Router& r, App& app);
void register_audit_routes(http::Router& r, App& app);
void register_directory_routes(http::Router& r, App& app);
void register_practice_routes(http::Router& r, App& app);
void register_import_routes(http::Router& r, App& app);
void register_opendata_routes(http::Router& r, App& app);
void register_dualcareer_routes(http::Router& r, App& app);
void register_monitor_routes(http::Router& r, App& app);
void register_case_routes(http::Router& r, App& app);

}  // namespace fw::api

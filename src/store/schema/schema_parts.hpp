// The product's migrations, one file per area (src/store/schema/*.cpp); schema.cpp collects
// them in version order. Append only: a released migration is never edited.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/migrations.hpp"
#include "store/reference_data.hpp"

namespace fw::store {

// Replaces every {ID} in a template with the dialect's id column type.
std::string with_ids(std::string_view sql, std::string_view id_type);

void add_account_migrations(std::vector<Migration>& out);
void add_directory_migrations(std::vector<Migration>& out);
void add_search_migrations(std::vector<Migration>& out);
void add_monitor_migrations(std::vector<Migration>& out);
void add_dualcareer_migrations(std::vector<Migration>& out);

}  // namespace fw::store

// Reference data shipped with the product (data/, embedded into the binary at build time so
// that a server never depends on its working directory): the 16 Länder, 401 Kreise and about
// 11,500 places with coordinates. Loaded by the regions migration.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "store/store.hpp"

namespace fw::store {

std::string_view embedded_laender_csv();
std::string_view embedded_kreise_csv();
std::string_view embedded_places_csv();

// Inserts Länder, Kreise and places (with umlaut-folded names for prefix search). Fails with
// the file and line of the first bad record; the caller's transaction then undoes everything.
Result<void> load_regions(Connection& c);

}  // namespace fw::store

namespace fw::store {

// The built-in controlled vocabularies of the directory (Handlungsfelder, Zielgruppen), from
// the domain description; admins may add more later (builtin = 0).
Result<void> load_vocabularies(Connection& c);

}  // namespace fw::store

// How a spreadsheet's columns and cells become organisation fields for the CSV import:
// header names in German or English (any case, umlauts, punctuation) map to fields, and the
// type and size class accept the labels people write ("Handwerkskammer", "50 – 249") as well
// as the codes. Pure functions: no database.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fw::service::import_columns {

// name, type, street, postcode, city, kreis_ags, website, email, external_id, size_class
const std::vector<std::string_view>& fields();
// The German label of a field for messages ("PLZ" for postcode).
std::string_view label(std::string_view field);
// The field a header names, or "" when none does ("Straße" → street, "E-Mail" → email).
std::string field_for_header(std::string_view header);

// Organisation type code for a code or a label ("IHK", "Agentur für Arbeit", "Schule/Bildungsträger").
std::optional<std::string> type_code(std::string_view cell);
// Size class code for a code or a label ("10 - 49", "250 und mehr").
std::optional<std::string> size_class_code(std::string_view cell);
// A Kreis AGS as five digits; spreadsheets drop the leading zero ("8136" → "08136").
std::string kreis_ags(std::string_view cell);

// Leading and trailing blanks (space, tab, no-break space) removed.
std::string trim(std::string_view s);

}  // namespace fw::service::import_columns

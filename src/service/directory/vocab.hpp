// Fixed code lists of the directory, checked on every write so that unknown values are
// rejected with the field named (the database's CHECK constraints are the second line).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "store/store.hpp"

namespace fw::service {

const std::vector<std::string_view>& organisation_types();   // ihk, hwk, agentur, …
const std::vector<std::string_view>& size_classes();          // 1-9, 10-49, 50-249, 250+
const std::vector<std::string_view>& cooperation_forms();     // kooperationsvereinbarung, …
const std::vector<std::string_view>& membership_roles();      // lead_partner, partner, standing_guest
const std::vector<std::string_view>& contact_visibilities();  // public, network, coordinators

// invalid_argument "directory.value_invalid" (field, detail = the value) unless value is in list.
Result<void> check_code(std::string_view value, const std::vector<std::string_view>& list, const std::string& field);
// A calendar date written YYYY-MM-DD (month 1..12, day 1..31).
bool valid_iso_date(const std::string& d);
// Handlungsfeld / Zielgruppe codes from the vocabulary table.
Result<void> check_vocabulary(store::Connection& c, std::string_view kind, const std::vector<std::string>& codes,
                              const std::string& field);

}  // namespace fw::service

// The message catalogue: every user-visible error text, in German and English.
// Errors carry a key; the text is chosen at the edge (API, CLI) for the reader's language.
#pragma once

#include <string>
#include <string_view>

#include "core/result.hpp"

namespace fw {

// "de" or "en" from an Accept-Language header value; German unless English is preferred.
std::string_view pick_language(std::string_view accept_language);

// The text for key in lang ("de" | "en"), with {field} and {detail} substituted.
// An unknown key falls back to a generic text naming the key, never an empty string.
std::string message_text(std::string_view key, std::string_view lang, std::string_view field = {},
                         std::string_view detail = {});
std::string message_text(const Error& error, std::string_view lang);

// True if the catalogue has the key in both languages (used by tests).
bool has_message(std::string_view key);

}  // namespace fw

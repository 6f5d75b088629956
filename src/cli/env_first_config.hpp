// Configuration precedence flag > environment > config file. CLI11 2.1 applies the config
// file before the environment, so a value in the file would hide FACHWERK_*. This reader
// drops every file entry whose environment variable is set. Every option's variable is named
// FACHWERK_ + the option name in upper case with '-' as '_' (e.g. static-dir → FACHWERK_STATIC_DIR).
#pragma once

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>

namespace fw::cli {

inline std::string env_name_for(const std::string& option) {
  std::string env = "FACHWERK_";
  for (char ch : option) env += ch == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return env;
}

class EnvFirstConfig : public CLI::ConfigTOML {
 public:
  std::vector<CLI::ConfigItem> from_config(std::istream& input) const override {
    auto entries = CLI::ConfigTOML::from_config(input);
    std::erase_if(entries, [](const CLI::ConfigItem& item) { return std::getenv(env_name_for(item.name).c_str()) != nullptr; });
    return entries;
  }
};

}  // namespace fw::cli

#include "engine/match/kldb.hpp"

#include <algorithm>
#include <cstdlib>

namespace fw::match {
namespace {

// From data/kldb_berufshauptgruppen.csv and data/kldb_berufsgruppen.csv (KldB 2010, BA);
// a test checks that both lists still equal the files.
const std::vector<std::string_view> kMain = {
    "01", "11", "12", "21", "22", "23", "24", "25", "26", "27", "28", "29", "31", "32", "33", "34", "41", "42", "43",
    "51", "52", "53", "54", "61", "62", "63", "71", "72", "73", "81", "82", "83", "84", "91", "92", "93", "94"};
const std::vector<std::string_view> kGroups = {
    "011", "012", "013", "014", "111", "112", "113", "114", "115", "116", "117", "121", "122", "211", "212", "213",
    "214", "221", "222", "223", "231", "232", "233", "234", "241", "242", "243", "244", "245", "251", "252", "261",
    "262", "263", "271", "272", "273", "281", "282", "283", "291", "292", "293", "311", "312", "321", "322", "331",
    "332", "333", "341", "342", "343", "411", "412", "413", "414", "421", "422", "423", "431", "432", "433", "434",
    "511", "512", "513", "514", "515", "516", "521", "522", "523", "524", "525", "531", "532", "533", "541", "611",
    "612", "613", "621", "622", "623", "624", "625", "631", "632", "633", "634", "711", "712", "713", "714", "715",
    "721", "722", "723", "731", "732", "733", "811", "812", "813", "814", "815", "816", "817", "818", "821", "822",
    "823", "824", "825", "831", "832", "833", "841", "842", "843", "844", "845", "911", "912", "913", "914", "921",
    "922", "923", "924", "931", "932", "933", "934", "935", "936", "941", "942", "943", "944", "945", "946", "947"};

int find(const std::vector<std::string_view>& list, std::string_view code) {
  const auto it = std::lower_bound(list.begin(), list.end(), code);
  return it != list.end() && *it == code ? static_cast<int>(it - list.begin()) : -1;
}

// The code as KldbCode without validation (bucket prefixes are valid by construction).
KldbCode raw(std::string_view s) {
  KldbCode c;
  c.len = static_cast<std::uint8_t>(s.size());
  std::copy(s.begin(), s.end(), c.digits.begin());
  return c;
}

}  // namespace

bool KldbCode::same_prefix(const KldbCode& other, int n) const {
  return len >= n && other.len >= n && std::equal(digits.begin(), digits.begin() + n, other.digits.begin());
}

const std::vector<std::string_view>& kldb_main_groups() {
  return kMain;
}
const std::vector<std::string_view>& kldb_groups() {
  return kGroups;
}

Result<KldbCode> parse_kldb(std::string_view text, std::string_view field) {
  const bool digits = std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (text.size() < 2 || text.size() > 5 || !digits)
    return fail(ErrorCode::invalid_argument, "match.kldb_invalid", std::string(field), std::string(text));
  if (text.size() == 5 && (text[4] < '1' || text[4] > '4'))
    return fail(ErrorCode::invalid_argument, "match.kldb_invalid", std::string(field), std::string(text));
  if (find(kMain, text.substr(0, 2)) < 0 || (text.size() >= 3 && find(kGroups, text.substr(0, 3)) < 0))
    return fail(ErrorCode::invalid_argument, "match.kldb_unknown", std::string(field), std::string(text));
  return raw(text);
}

int bucket_of(const KldbCode& code) {
  if (code.len >= 3) return find(kGroups, code.view().substr(0, 3));
  return 144 + find(kMain, code.view().substr(0, 2));
}

std::string_view bucket_prefix(int bucket) {
  return bucket < 144 ? kGroups[static_cast<std::size_t>(bucket)] : kMain[static_cast<std::size_t>(bucket - 144)];
}

std::uint8_t local_code(const KldbCode& code, int level) {
  const int lv = std::clamp(level, 1, 4) - 1;
  switch (code.len) {
    case 2:
      return static_cast<std::uint8_t>(lv);
    case 3:
      return static_cast<std::uint8_t>(4 + lv);
    case 4:
      return static_cast<std::uint8_t>(8 + (code.digits[3] - '0') * 4 + lv);
    default:
      return static_cast<std::uint8_t>(48 + (code.digits[3] - '0') * 4 + (code.digits[4] - '1'));
  }
}

std::pair<KldbCode, int> code_of(int bucket, int local) {
  KldbCode c = raw(bucket_prefix(bucket));
  if (local < 8) return {c, local % 4 + 1};
  const int d4 = (local - (local < 48 ? 8 : 48)) / 4, rest = (local - 8) % 4;
  c.digits[3] = static_cast<char>('0' + d4);
  c.len = 4;
  if (local < 48) return {c, rest + 1};
  c.digits[4] = static_cast<char>('1' + rest);
  c.len = 5;
  return {c, rest + 1};
}

int level_of(const KldbCode& code) {
  return code.len == 5 ? code.digits[4] - '0' : 0;
}

namespace {

double hierarchy_fit(const FitConfig& cfg, const KldbCode& w, int wl, const KldbCode& o, int ol) {
  if (w.len == 5 && o.len == 5 && w == o) return cfg.same_code;
  const bool levels_close = wl == 0 || ol == 0 || std::abs(wl - ol) <= cfg.level_tolerance;
  if (w.same_prefix(o, 4) && levels_close) return cfg.same_4;
  if (w.same_prefix(o, 3)) return cfg.same_3;
  if (w.same_prefix(o, 2)) return cfg.same_2;
  return 0.0;
}

// `code` starts with `prefix` (which has at most as many digits).
bool starts_with(const KldbCode& code, const KldbCode& prefix) {
  return code.same_prefix(prefix, prefix.len);
}

// Could some code in the bucket start with `prefix`? True if the two agree on their common digits.
bool bucket_meets(int bucket, const KldbCode& prefix) {
  const KldbCode b = raw(bucket_prefix(bucket));
  const int n = std::min<int>(b.len, prefix.len);
  return b.same_prefix(prefix, n);
}

}  // namespace

double occupation_fit(const FitConfig& config, const KldbCode& wanted, int wanted_level, const KldbCode& offered,
                      int offered_level) {
  if (wanted_level == 0) wanted_level = level_of(wanted);
  if (offered_level == 0) offered_level = level_of(offered);
  double fit = hierarchy_fit(config, wanted, wanted_level, offered, offered_level);
  for (const auto& r : config.related) {
    if ((starts_with(wanted, r.a) && starts_with(offered, r.b)) ||
        (starts_with(wanted, r.b) && starts_with(offered, r.a)))
      fit = std::max(fit, r.fit);
  }
  return fit;
}

double bucket_fit_bound(const FitConfig& config, const KldbCode& wanted, int bucket) {
  const KldbCode b = raw(bucket_prefix(bucket));
  double bound = 0.0;
  if (wanted.same_prefix(b, 2)) bound = config.same_2;
  if (b.len == 3 && wanted.same_prefix(b, 3)) bound = std::max({config.same_3, config.same_4, config.same_code});
  for (const auto& r : config.related) {
    if ((starts_with(wanted, r.a) && bucket_meets(bucket, r.b)) ||
        (starts_with(wanted, r.b) && bucket_meets(bucket, r.a)))
      bound = std::max(bound, r.fit);
  }
  return bound;
}

}  // namespace fw::match

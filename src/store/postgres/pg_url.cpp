#include "store/postgres/pg_url.hpp"

#include <libpq-fe.h>

namespace fw::store {

std::string redact_url(std::string_view url) {
  std::string out(url);
  const std::size_t scheme = out.find("://");
  if (scheme != std::string::npos) {
    const std::size_t start = scheme + 3;
    std::size_t end = out.find_first_of("/?", start);
    if (end == std::string::npos) end = out.size();
    const std::size_t at = out.rfind('@', end);
    if (at != std::string::npos && at >= start) {
      const std::size_t colon = out.find(':', start);
      if (colon != std::string::npos && colon < at) out.replace(colon + 1, at - colon - 1, "***");
    }
  }
  // Query parameter form: …?password=x or …&password=x (also a conninfo "password=x").
  std::size_t pos = 0;
  while ((pos = out.find("password=", pos)) != std::string::npos) {
    const bool at_param_start = pos == 0 || out[pos - 1] == '?' || out[pos - 1] == '&' || out[pos - 1] == ' ';
    pos += 9;
    if (!at_param_start) continue;
    std::size_t end = out.find_first_of("& ", pos);
    if (end == std::string::npos) end = out.size();
    out.replace(pos, end - pos, "***");
    pos += 3;
  }
  return out;
}

namespace {
std::string quote_conninfo_value(const char* v) {
  std::string q = "'";
  for (const char* p = v; *p != '\0'; ++p) {
    if (*p == '\'' || *p == '\\') q += '\\';
    q += *p;
  }
  q += '\'';
  return q;
}
}  // namespace

Result<ChildConninfo> child_conninfo(const std::string& url) {
  char* err = nullptr;
  PQconninfoOption* opts = PQconninfoParse(url.c_str(), &err);
  if (opts == nullptr) {
    std::string msg = err != nullptr ? err : "out of memory";
    PQfreemem(err);
    return fail(ErrorCode::internal, "db.error", {}, "cannot parse " + redact_url(url) + ": " + msg);
  }
  ChildConninfo out;
  for (PQconninfoOption* o = opts; o->keyword != nullptr; ++o) {
    if (o->val == nullptr || *o->val == '\0') continue;
    const std::string_view key = o->keyword;
    if (key == "password") {
      out.password = o->val;
      continue;
    }
    if (!out.conninfo.empty()) out.conninfo += ' ';
    out.conninfo += key;
    out.conninfo += '=';
    out.conninfo += quote_conninfo_value(o->val);
  }
  PQconninfoFree(opts);
  return out;
}

}  // namespace fw::store

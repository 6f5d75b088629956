// The OpenAPI document and the router must describe the same API: every route is
// documented, and nothing is documented that is not routed.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json.hpp>
#include <set>

#include "api/harness.hpp"

namespace {
using fw::testing::Harness;

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

TEST(OpenApi, DocumentAndRouterAgree) {
  Harness h("sqlite");
  FW_REQUIRE_HARNESS(h);
  std::set<std::string> routed, documented;
  for (const auto& r : h.router.routes()) {
    if (r.in_api_doc) routed.insert(lower(fw::http::method_name(r.method)) + " " + r.pattern);
  }
  auto reply = h.get("/api/openapi.json");
  ASSERT_EQ(reply.status, 200);
  auto doc = reply.json();
  ASSERT_TRUE(doc.is_object()) << "openapi.json does not parse";
  EXPECT_EQ(std::string_view(doc.at("openapi").as_string()).substr(0, 2), "3.");
  for (const auto& [path, item] : doc.at("paths").as_object()) {
    for (const auto& [method, op] : item.as_object()) {
      documented.insert(std::string(method) + " " + std::string(path));
      EXPECT_TRUE(op.as_object().contains("summary")) << method << " " << path << " has no summary";
    }
  }
  for (const auto& r : routed) EXPECT_TRUE(documented.contains(r)) << "routed but not documented: " << r;
  for (const auto& d : documented) EXPECT_TRUE(routed.contains(d)) << "documented but not routed: " << d;
  EXPECT_GE(routed.size(), 15u);
}

}  // namespace

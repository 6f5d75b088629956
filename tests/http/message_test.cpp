#include "http/message.hpp"

#include <gtest/gtest.h>

#include "http/server_support.hpp"

namespace fw::http {
namespace {

TEST(HttpMessage, PercentDecodeKeepsPlusAndBadEscapes) {
  EXPECT_EQ(percent_decode("/a%20b+c"), "/a b+c");
  EXPECT_EQ(percent_decode("%C3%BC"), "ü");
  EXPECT_EQ(percent_decode("100%"), "100%");
  EXPECT_EQ(percent_decode("%zz%4"), "%zz%4");
}

TEST(HttpMessage, ParseQuery) {
  const auto q = parse_query("a=1&b=x%20y&c=x+y&flag&a=2&&=e");
  EXPECT_EQ(q.at("a"), "2");  // last one wins
  EXPECT_EQ(q.at("b"), "x y");
  EXPECT_EQ(q.at("c"), "x y");
  EXPECT_EQ(q.at("flag"), "");
  EXPECT_EQ(q.at(""), "e");
}

TEST(HttpMessage, MethodsRoundTrip) {
  for (const Method m : {Method::get, Method::head, Method::post, Method::put, Method::patch, Method::del, Method::options}) {
    EXPECT_EQ(parse_method(method_name(m)), m);
  }
  EXPECT_EQ(parse_method("get"), Method::other);
  EXPECT_EQ(parse_method("BREW"), Method::other);
}

TEST(HttpMessage, RequestHeaderCookieQuery) {
  Request r;
  r.headers = {{"cookie", "a=1; sid=\"abc\"; b = 2"}, {"cookie", "c=3"}, {"x-y", "z"}};
  r.query = {{"q", "v"}};
  EXPECT_EQ(r.header("x-y"), "z");
  EXPECT_FALSE(r.header("X-Y"));  // names are stored lower-case; lookups use lower case
  EXPECT_EQ(r.cookie("sid"), "abc");
  EXPECT_EQ(r.cookie("b"), "2");
  EXPECT_EQ(r.cookie("c"), "3");
  EXPECT_FALSE(r.cookie("d"));
  EXPECT_EQ(r.query_param("q"), "v");
  EXPECT_FALSE(r.query_param("x"));
}

TEST(HttpMessage, ResponseSetHeaderReplaces) {
  Response r = Response::json(201, "{}");
  EXPECT_EQ(r.status, 201);
  EXPECT_EQ(r.header("content-type"), "application/json");
  r.set_header("Content-Type", "text/plain");
  r.set_header("X-A", "1");
  EXPECT_EQ(r.header("content-type"), "text/plain");
  EXPECT_EQ(r.headers.size(), 2u);
  EXPECT_EQ(Response::no_content().status, 204);
  EXPECT_EQ(Response::text(200, "x").header("content-type"), "text/plain; charset=utf-8");
}

TEST(HttpServerSupport, SplitTarget) {
  Request r;
  r.target = "/api/v1/a%20b?x=1&token=s3cr3t";
  split_target(r);
  EXPECT_EQ(r.path, "/api/v1/a b");
  EXPECT_EQ(r.query.at("x"), "1");
  r.target = "http://example.org/p?q=2";
  split_target(r);
  EXPECT_EQ(r.path, "/p");
  EXPECT_EQ(r.query.at("q"), "2");
}

TEST(HttpServerSupport, SecurityHeaders) {
  Response html = Response::text(200, "<p>", "text/html; charset=utf-8");
  add_security_headers(html);
  EXPECT_EQ(html.header("x-content-type-options"), "nosniff");
  EXPECT_EQ(html.header("referrer-policy"), "same-origin");
  ASSERT_TRUE(html.header("content-security-policy"));
  EXPECT_NE(html.header("content-security-policy")->find("default-src 'self'"), std::string_view::npos);

  Response json = Response::json(200, "{}");
  add_security_headers(json);
  EXPECT_FALSE(json.header("content-security-policy"));
  EXPECT_EQ(json.header("x-content-type-options"), "nosniff");
}

TEST(HttpServerSupport, AccessLogLineIsJson) {
  const std::string line = access_log_line(AccessRecord{"127.0.0.1", "GET", "/a\"b", "/a/{id}", 200, 12, 1.23456, "u1"});
  EXPECT_NE(line.find(R"("ip":"127.0.0.1")"), std::string::npos);
  EXPECT_NE(line.find(R"("path":"/a\"b")"), std::string::npos);
  EXPECT_NE(line.find(R"("status":200)"), std::string::npos);
  EXPECT_NE(line.find(R"("ms":1.235)"), std::string::npos);
  EXPECT_NE(line.find(R"("ts":")"), std::string::npos);
  EXPECT_EQ(line.find('\n'), std::string::npos);
}

}  // namespace
}  // namespace fw::http

#include "http/router.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <stdexcept>

#include "core/messages.hpp"
#include "http/json_error.hpp"

namespace fw::http {
namespace {

Handler reply(std::string text) {
  return [text](Request& req) {
    std::string body = text;
    for (const auto& [k, v] : req.path_params) body += " " + k + "=" + v;
    return Response::text(200, body);
  };
}

Request make(Method m, std::string path, std::string accept_language = {}) {
  Request r;
  r.method = m;
  r.path = path;
  r.target = std::move(path);
  if (!accept_language.empty()) r.headers.emplace_back("accept-language", std::move(accept_language));
  return r;
}

boost::json::object error_of(const Response& res) {
  return boost::json::parse(res.body).as_object().at("error").as_object();
}

class HttpRouterTest : public ::testing::Test {
 protected:
  HttpRouterTest() {
    router.add(Method::get, "/", reply("root"));
    router.add(Method::get, "/api/v1/users/{id}", reply("user"));
    router.add(Method::get, "/api/v1/users/me", reply("me"), RunOn::io);
    router.add(Method::del, "/api/v1/users/{id}", reply("delete"));
    router.add(Method::get, "/api/v1/orgs/{org}/members/{member}", reply("member"));
    router.add(Method::get, "/api/v1/orgs/{org}/members/all", reply("all"));
    router.add(Method::get, "/api/v1/orgs/new/members/{member}", reply("new"));
    router.add(Method::post, "/api/v1/only-post", reply("post"));
  }
  Router router;
};

TEST_F(HttpRouterTest, ParamsAreExtracted) {
  Request req = make(Method::get, "/api/v1/orgs/7/members/42");
  const Response res = router.dispatch(req);
  EXPECT_EQ(res.status, 200);
  EXPECT_EQ(res.body, "member member=42 org=7");
  EXPECT_EQ(res.route, "/api/v1/orgs/{org}/members/{member}");
  EXPECT_EQ(req.path_params.at("org"), "7");
}

TEST_F(HttpRouterTest, LiteralBeatsParam) {
  Request me = make(Method::get, "/api/v1/users/me");
  EXPECT_EQ(router.dispatch(me).body, "me");
  Request other = make(Method::get, "/api/v1/users/17");
  EXPECT_EQ(router.dispatch(other).body, "user id=17");
  // The leftmost difference decides: "new" (literal, 4th segment) beats {org}.
  Request left = make(Method::get, "/api/v1/orgs/new/members/all");
  EXPECT_EQ(router.dispatch(left).body, "new member=all");
  Request right = make(Method::get, "/api/v1/orgs/x/members/all");
  EXPECT_EQ(router.dispatch(right).body, "all org=x");
}

TEST_F(HttpRouterTest, LiteralOfOtherMethodDoesNotShadowParam) {
  // DELETE /users/me goes to DELETE /users/{id}: only routes of the method compete.
  Request req = make(Method::del, "/api/v1/users/me");
  EXPECT_EQ(router.dispatch(req).body, "delete id=me");
}

TEST_F(HttpRouterTest, RootAndEmptySegments) {
  Request root = make(Method::get, "/");
  EXPECT_EQ(router.dispatch(root).body, "root");
  Request trailing = make(Method::get, "/api/v1/users/");
  EXPECT_EQ(router.dispatch(trailing).status, 404);  // {id} needs a non-empty segment
  Request star = make(Method::options, "*");
  EXPECT_EQ(router.dispatch(star).status, 404);
}

TEST_F(HttpRouterTest, HeadIsServedByGet) {
  Request req = make(Method::head, "/api/v1/users/5");
  const Response res = router.dispatch(req);
  EXPECT_EQ(res.status, 200);
  EXPECT_EQ(res.route, "/api/v1/users/{id}");
}

TEST_F(HttpRouterTest, NotFoundIsJsonInGermanByDefault) {
  Request req = make(Method::get, "/nope");
  const Response res = router.dispatch(req);
  EXPECT_EQ(res.status, 404);
  EXPECT_EQ(res.header("content-type"), "application/json");
  EXPECT_EQ(res.route, "");
  const auto err = error_of(res);
  EXPECT_EQ(err.at("code").as_string(), "not_found");
  EXPECT_TRUE(err.at("field").is_null());
  const std::string de = message_text(Error{ErrorCode::not_found, "not_found", {}, {}}, "de");
  const std::string en = message_text(Error{ErrorCode::not_found, "not_found", {}, {}}, "en");
  EXPECT_NE(de, en);
  EXPECT_EQ(err.at("message").as_string(), de);

  Request english = make(Method::get, "/nope", "en-GB,en;q=0.9,de;q=0.8");
  EXPECT_EQ(error_of(router.dispatch(english)).at("message").as_string(), en);
  Request german_first = make(Method::get, "/nope", "de-DE,en;q=0.5");
  EXPECT_EQ(error_of(router.dispatch(german_first)).at("message").as_string(), de);
}

TEST_F(HttpRouterTest, MethodNotAllowedHasAllowHeader) {
  Request req = make(Method::post, "/api/v1/users/5", "en");
  const Response res = router.dispatch(req);
  EXPECT_EQ(res.status, 405);
  EXPECT_EQ(error_of(res).at("code").as_string(), "method_not_allowed");
  EXPECT_EQ(res.header("allow"), "GET, HEAD, DELETE");
  Request get = make(Method::get, "/api/v1/only-post");
  EXPECT_EQ(router.dispatch(get).header("allow"), "POST");
}

TEST_F(HttpRouterTest, RunOn) {
  EXPECT_EQ(router.run_on(make(Method::get, "/api/v1/users/me")), RunOn::io);
  EXPECT_EQ(router.run_on(make(Method::get, "/api/v1/users/3")), RunOn::worker);
  EXPECT_EQ(router.run_on(make(Method::get, "/unknown")), RunOn::io);
  router.set_fallback(reply("fallback"), RunOn::worker);
  EXPECT_EQ(router.run_on(make(Method::get, "/unknown")), RunOn::worker);
}

TEST_F(HttpRouterTest, FallbackGetsUnmatchedButNot405) {
  router.set_fallback(reply("fallback"));
  Request unknown = make(Method::get, "/some/spa/route");
  const Response res = router.dispatch(unknown);
  EXPECT_EQ(res.body, "fallback");
  EXPECT_EQ(res.route, "");
  Request wrong_method = make(Method::put, "/api/v1/users/1");
  EXPECT_EQ(router.dispatch(wrong_method).status, 405);
}

TEST_F(HttpRouterTest, HandlerExceptionBecomes500) {
  router.add(Method::get, "/boom", [](Request&) -> Response { throw std::runtime_error("kaputt"); });
  Request req = make(Method::get, "/boom");
  const Response res = router.dispatch(req);
  EXPECT_EQ(res.status, 500);
  EXPECT_EQ(error_of(res).at("code").as_string(), "internal");
  EXPECT_EQ(res.body.find("kaputt"), std::string::npos);  // no internals to the client
}

TEST(HttpJsonError, FieldAndStatus) {
  Request req;
  const Response res = error_response(Error{ErrorCode::invalid_argument, "user.email_invalid", "email", "x"}, req);
  EXPECT_EQ(res.status, 422);
  const auto err = error_of(res);
  EXPECT_EQ(err.at("code").as_string(), "invalid_argument");
  EXPECT_EQ(err.at("field").as_string(), "email");
  EXPECT_FALSE(err.at("message").as_string().empty());
}

}  // namespace
}  // namespace fw::http

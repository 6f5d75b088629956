#include "http/static_files.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace fw::http {
namespace {

namespace fs = std::filesystem;

std::string gunzip(const std::string& in) {
  z_stream zs{};
  EXPECT_EQ(inflateInit2(&zs, 15 + 16), Z_OK);
  std::string out;
  char buf[4096];
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  int rc = Z_OK;
  while (rc == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
  }
  EXPECT_EQ(rc, Z_STREAM_END);
  inflateEnd(&zs);
  return out;
}

Request get(std::string path, Headers headers = {}) {
  Request r;
  r.method = Method::get;
  r.path = path;
  r.target = std::move(path);
  r.headers = std::move(headers);
  return r;
}

void write_file(const fs::path& p, const std::string& content) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << content;
}

class HttpStaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root = fs::temp_directory_path() / ("fw_static_test_" + std::to_string(::getpid()));
    fs::remove_all(root);
    dist = root / "dist";
    std::string js;
    for (int i = 0; i < 200; ++i) js += "console.log('Veranstaltung " + std::to_string(i) + "');\n";
    app_js = js;
    write_file(dist / "index.html", index_html);
    write_file(dist / "assets" / "app-1a2b3c.js", app_js);
    write_file(dist / "favicon.png", std::string("\x89PNG\r\n\x1a\n", 8) + std::string(300, 'x'));
    write_file(dist / "robots.txt", "x");  // too small to gain from gzip
    write_file(root / "secret.txt", "TOP SECRET");
    auto loaded = StaticFiles::load(dist);
    ASSERT_TRUE(loaded) << loaded.error().key;
    files = std::move(*loaded);
  }
  void TearDown() override { fs::remove_all(root); }

  fs::path root, dist;
  std::string index_html = "<!doctype html><title>Fachwerk</title><div id=root></div>";
  std::string app_js;
  StaticFiles files;
};

TEST_F(HttpStaticFilesTest, LoadsAllFiles) { EXPECT_EQ(files.file_count(), 4u); }

TEST_F(HttpStaticFilesTest, MissingDirIsAnError) {
  const auto r = StaticFiles::load(root / "does-not-exist");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::unavailable);
}

TEST_F(HttpStaticFilesTest, ServesIndexWithEtagAndNoCache) {
  const Response res = files.serve(get("/"));
  EXPECT_EQ(res.status, 200);
  EXPECT_EQ(res.body, index_html);
  EXPECT_EQ(res.header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(res.header("cache-control"), "no-cache");
  ASSERT_TRUE(res.header("etag"));
  const std::string etag(*res.header("etag"));
  EXPECT_EQ(etag.front(), '"');
  EXPECT_EQ(etag.back(), '"');
  EXPECT_EQ(files.serve(get("/index.html")).header("etag"), etag);
}

TEST_F(HttpStaticFilesTest, IfNoneMatchGives304) {
  const std::string etag(*files.serve(get("/assets/app-1a2b3c.js")).header("etag"));
  const Response same = files.serve(get("/assets/app-1a2b3c.js", {{"if-none-match", etag}}));
  EXPECT_EQ(same.status, 304);
  EXPECT_TRUE(same.body.empty());
  EXPECT_EQ(same.header("etag"), etag);
  EXPECT_EQ(files.serve(get("/assets/app-1a2b3c.js", {{"if-none-match", "\"x\", W/" + etag}})).status, 304);
  EXPECT_EQ(files.serve(get("/assets/app-1a2b3c.js", {{"if-none-match", "\"other\""}})).status, 200);
}

TEST_F(HttpStaticFilesTest, EtagChangesWithContent) {
  const auto a = StaticFiles::from_memory({{"/a.js", "1"}, {"/b.js", "2"}, {"/c.js", "1"}});
  EXPECT_NE(a.serve(get("/a.js")).header("etag"), a.serve(get("/b.js")).header("etag"));
  EXPECT_EQ(a.serve(get("/a.js")).header("etag"), a.serve(get("/c.js")).header("etag"));
}

TEST_F(HttpStaticFilesTest, GzipRoundTrip) {
  const Response zipped = files.serve(get("/assets/app-1a2b3c.js", {{"accept-encoding", "br, gzip, deflate"}}));
  EXPECT_EQ(zipped.status, 200);
  EXPECT_EQ(zipped.header("content-encoding"), "gzip");
  EXPECT_EQ(zipped.header("vary"), "Accept-Encoding");
  EXPECT_EQ(zipped.header("content-type"), "text/javascript; charset=utf-8");
  EXPECT_LT(zipped.body.size(), app_js.size());
  EXPECT_EQ(gunzip(zipped.body), app_js);

  const Response plain = files.serve(get("/assets/app-1a2b3c.js"));
  EXPECT_FALSE(plain.header("content-encoding"));
  EXPECT_EQ(plain.header("vary"), "Accept-Encoding");
  EXPECT_EQ(plain.body, app_js);

  const Response refused = files.serve(get("/assets/app-1a2b3c.js", {{"accept-encoding", "gzip;q=0"}}));
  EXPECT_FALSE(refused.header("content-encoding"));
}

TEST_F(HttpStaticFilesTest, BinaryAndTinyFilesAreNotCompressed) {
  const Response png = files.serve(get("/favicon.png", {{"accept-encoding", "gzip"}}));
  EXPECT_EQ(png.header("content-type"), "image/png");
  EXPECT_FALSE(png.header("content-encoding"));
  EXPECT_FALSE(png.header("vary"));
  const Response txt = files.serve(get("/robots.txt", {{"accept-encoding", "gzip"}}));
  EXPECT_FALSE(txt.header("content-encoding"));
  EXPECT_EQ(txt.body, "x");
}

TEST_F(HttpStaticFilesTest, CacheHeaders) {
  EXPECT_EQ(files.serve(get("/assets/app-1a2b3c.js")).header("cache-control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(files.serve(get("/favicon.png")).header("cache-control"), "no-cache");
  EXPECT_EQ(files.serve(get("/some/route")).header("cache-control"), "no-cache");
}

TEST_F(HttpStaticFilesTest, NoPathTraversal) {
  for (const char* path : {"/../secret.txt", "/assets/../../secret.txt", "/..%2Fsecret.txt", "/../dist/index.html",
                           "//secret.txt", "/../../../../etc/passwd", "/assets/../index.html"}) {
    const Response res = files.serve(get(path));
    EXPECT_EQ(res.body.find("TOP SECRET"), std::string::npos) << path;
    EXPECT_EQ(res.body.find("root:"), std::string::npos) << path;
    EXPECT_TRUE(res.status == 404 || res.body == index_html) << path;
  }
  EXPECT_EQ(files.serve(get("/../secret.txt")).status, 404);
}

TEST_F(HttpStaticFilesTest, SpaFallbackAndApi404) {
  const Response spa = files.serve(get("/netzwerke/42"));
  EXPECT_EQ(spa.status, 200);
  EXPECT_EQ(spa.body, index_html);
  EXPECT_EQ(spa.header("cache-control"), "no-cache");

  const Response api = files.serve(get("/api/v1/unknown"));
  EXPECT_EQ(api.status, 404);
  EXPECT_EQ(api.header("content-type"), "application/json");
  EXPECT_NE(api.body.find("\"not_found\""), std::string::npos);

  EXPECT_EQ(files.serve(get("/assets/missing-123.js")).status, 404);
}

TEST_F(HttpStaticFilesTest, OnlyGetAndHead) {
  Request head = get("/");
  head.method = Method::head;
  EXPECT_EQ(files.serve(head).status, 200);
  Request post = get("/netzwerke");
  post.method = Method::post;
  const Response res = files.serve(post);
  EXPECT_EQ(res.status, 405);
  EXPECT_EQ(res.header("allow"), "GET, HEAD");
  post.path = "/api/v1/x";
  EXPECT_EQ(files.serve(post).status, 404);
}

}  // namespace
}  // namespace fw::http

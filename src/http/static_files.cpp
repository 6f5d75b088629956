#include "http/static_files.hpp"

#include <array>
#include <cctype>
#include <charconv>
#include <fstream>
#include <iterator>

#include <sodium.h>
#include <zlib.h>

#include "http/json_error.hpp"

namespace fw::http {

namespace {

struct TypeInfo {
  std::string_view ext;
  std::string_view type;
  bool compressible;
};

constexpr std::array kTypes{
    TypeInfo{".html", "text/html; charset=utf-8", true},
    TypeInfo{".js", "text/javascript; charset=utf-8", true},
    TypeInfo{".mjs", "text/javascript; charset=utf-8", true},
    TypeInfo{".css", "text/css; charset=utf-8", true},
    TypeInfo{".json", "application/json", true},
    TypeInfo{".map", "application/json", true},
    TypeInfo{".webmanifest", "application/manifest+json", true},
    TypeInfo{".svg", "image/svg+xml", true},
    TypeInfo{".txt", "text/plain; charset=utf-8", true},
    TypeInfo{".xml", "application/xml", true},
    TypeInfo{".csv", "text/csv; charset=utf-8", true},
    TypeInfo{".wasm", "application/wasm", true},
    TypeInfo{".ico", "image/x-icon", false},
    TypeInfo{".png", "image/png", false},
    TypeInfo{".jpg", "image/jpeg", false},
    TypeInfo{".jpeg", "image/jpeg", false},
    TypeInfo{".gif", "image/gif", false},
    TypeInfo{".webp", "image/webp", false},
    TypeInfo{".avif", "image/avif", false},
    TypeInfo{".woff", "font/woff", false},
    TypeInfo{".woff2", "font/woff2", false},
    TypeInfo{".ttf", "font/ttf", false},
    TypeInfo{".pdf", "application/pdf", false},
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The extension of the last path segment including the dot, or "" if it has none.
std::string_view extension(std::string_view path) {
  const auto slash = path.rfind('/');
  const std::string_view last = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const auto dot = last.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  return last.substr(dot);
}

const TypeInfo* type_of(std::string_view path) {
  const std::string ext = lower(extension(path));
  for (const TypeInfo& t : kTypes) {
    if (t.ext == ext) return &t;
  }
  return nullptr;
}

std::string strong_etag(std::string_view body) {
  std::array<unsigned char, 16> hash{};
  crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(body.data()), body.size(),
                     nullptr, 0);
  std::array<char, hash.size() * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), hash.data(), hash.size());
  std::string etag;  // built by append: operator+ chains trip g++ 12's -Wrestrict
  etag.reserve(hash.size() * 2 + 2);
  etag.push_back('"');
  etag.append(hex.data(), hash.size() * 2);
  etag.push_back('"');
  return etag;
}

// gzip (RFC 1952) at the highest level: done once at start-up, so the time is well spent.
std::string gzip(std::string_view in) {
  z_stream zs{};
  if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK) return {};
  std::string out(deflateBound(&zs, static_cast<uLong>(in.size())), '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return rc == Z_STREAM_END ? out : std::string{};
}

bool accepts_gzip(const Request& req) {
  const auto header = req.header("accept-encoding");
  if (!header) return false;
  std::string_view rest = *header;
  while (!rest.empty()) {
    const auto comma = rest.find(',');
    std::string_view item = trim(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    const auto semi = item.find(';');
    const std::string name = lower(trim(item.substr(0, semi)));
    if (name != "gzip" && name != "x-gzip" && name != "*") continue;
    if (semi == std::string_view::npos) return true;
    std::string_view params = trim(item.substr(semi + 1));
    if (params.starts_with("q=") || params.starts_with("Q=")) {
      params.remove_prefix(2);
      double q = 1;
      const auto [ptr, ec] = std::from_chars(params.data(), params.data() + params.size(), q);
      if (ec == std::errc{} && q <= 0) return false;
      (void)ptr;
    }
    return true;
  }
  return false;
}

bool etag_matches(const Request& req, std::string_view etag) {
  const auto header = req.header("if-none-match");
  if (!header) return false;
  std::string_view rest = *header;
  while (!rest.empty()) {
    const auto comma = rest.find(',');
    std::string_view tag = trim(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    if (tag == "*") return true;
    // If-None-Match uses the weak comparison (RFC 9110 13.1.2).
    if (tag.starts_with("W/")) tag.remove_prefix(2);
    if (tag == etag) return true;
  }
  return false;
}

bool is_api(std::string_view path) { return path == "/api" || path.starts_with("/api/"); }

Response not_found(const Request& req) {
  return error_response(Error{ErrorCode::not_found, "not_found", {}, {}}, req);
}

}  // namespace

StaticFiles::File StaticFiles::make_file(const std::string& url_path, std::string body) {
  File f;
  const TypeInfo* type = type_of(url_path);
  f.content_type = type != nullptr ? std::string(type->type) : "application/octet-stream";
  f.compressible = type != nullptr && type->compressible;
  f.etag = strong_etag(body);
  if (f.compressible) {
    std::string z = gzip(body);
    if (!z.empty() && z.size() < body.size()) f.gzip = std::move(z);
  }
  f.body = std::move(body);
  return f;
}

StaticFiles StaticFiles::from_memory(const std::map<std::string, std::string>& files) {
  StaticFiles out;
  for (const auto& [path, content] : files) out.files_.emplace(path, make_file(path, content));
  return out;
}

Result<StaticFiles> StaticFiles::load(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return fail(ErrorCode::unavailable, "file.unreadable", dir.string(), ec ? ec.message() : "not a directory");
  }

  std::map<std::string, std::string> files;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code type_ec;
    if (!it->is_regular_file(type_ec)) continue;
    const fs::path rel = it->path().lexically_relative(dir);
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) return fail(ErrorCode::unavailable, "file.unreadable", it->path().string(), "cannot open");
    // Sized read; istreambuf_iterator trips g++ 12's -Wnull-dereference at -O3.
    std::error_code size_ec;
    const auto size = it->file_size(size_ec);
    std::string content(size_ec ? 0 : static_cast<std::size_t>(size), '\0');
    in.read(content.data(), static_cast<std::streamsize>(content.size()));
    if (size_ec || in.gcount() != static_cast<std::streamsize>(content.size())) {
      return fail(ErrorCode::unavailable, "file.unreadable", it->path().string(), "read failed");
    }
    std::string url = "/";  // append, not operator+: g++ 12 -Wrestrict false positive
    url += rel.generic_string();
    files.emplace(std::move(url), std::move(content));
  }
  if (ec) return fail(ErrorCode::unavailable, "file.unreadable", dir.string(), ec.message());
  return from_memory(files);
}

Response StaticFiles::respond(const File& file, bool immutable, const Request& req) const {
  Response res;
  res.set_header("etag", file.etag);
  res.set_header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  if (file.compressible) res.set_header("vary", "Accept-Encoding");
  if (etag_matches(req, file.etag)) {
    res.status = 304;
    return res;
  }
  res.status = 200;
  res.set_header("content-type", file.content_type);
  if (!file.gzip.empty() && accepts_gzip(req)) {
    res.set_header("content-encoding", "gzip");
    res.body = file.gzip;
  } else {
    res.body = file.body;
  }
  return res;
}

Response StaticFiles::serve(const Request& req) const {
  if (req.method != Method::get && req.method != Method::head) {
    if (is_api(req.path)) return not_found(req);
    Response res = error_response(Error{ErrorCode::method_not_allowed, "method_not_allowed", {}, {}}, req);
    res.set_header("allow", "GET, HEAD");
    return res;
  }
  const std::string_view path = req.path == "/" ? std::string_view("/index.html") : std::string_view(req.path);
  if (const auto it = files_.find(std::string(path)); it != files_.end()) {
    return respond(it->second, path.starts_with("/assets/"), req);
  }
  if (is_api(path) || !extension(path).empty()) return not_found(req);
  if (const auto it = files_.find("/index.html"); it != files_.end()) return respond(it->second, false, req);
  return not_found(req);
}

}  // namespace fw::http

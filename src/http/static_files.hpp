// The built web UI (web/dist), held in memory and served by the router's fallback.
// Loading reads every file once at start-up: its bytes, a strong ETag, the content type and,
// for text types, a gzip copy. Serving then never touches the disk, so a request path can
// only ever name one of the loaded files — path traversal has nothing to reach.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <unordered_map>

#include "core/result.hpp"
#include "http/message.hpp"

namespace fw::http {

class StaticFiles {
 public:
  // Reads all regular files below `dir` (recursively; symlinked directories are not
  // followed). Fails with ErrorCode::unavailable, key "file.unreadable" (field = the path,
  // detail = the reason) if `dir` is not a readable directory or a file cannot be read.
  static Result<StaticFiles> load(const std::filesystem::path& dir);
  // From memory: url path ("/index.html", "/assets/app-1a2b.js") → content. For a
  // placeholder page and for tests. Keys must start with '/'.
  static StaticFiles from_memory(const std::map<std::string, std::string>& files);

  // GET/HEAD only (else 405, or 404 under /api/). Never throws except std::bad_alloc.
  //  - "/" is "/index.html".
  //  - If-None-Match matching the ETag → 304.
  //  - Accept-Encoding with gzip and a gzip copy present → gzip body, Content-Encoding: gzip.
  //    Compressible files always carry Vary: Accept-Encoding.
  //  - /assets/… (Vite's content-hashed names) → Cache-Control: public, max-age=31536000,
  //    immutable; everything else no-cache (revalidate by ETag).
  //  - Unknown path: under /api/ → 404 JSON error; without a file extension in its last
  //    segment → index.html (SPA routes like /netzwerke/42); otherwise 404 JSON error.
  Response serve(const Request& req) const;

  std::size_t file_count() const { return files_.size(); }

 private:
  struct File {
    std::string body;
    std::string gzip;  // empty when not compressible or not smaller
    std::string etag;  // quoted, strong
    std::string content_type;
    bool compressible = false;
  };
  static File make_file(const std::string& url_path, std::string body);
  Response respond(const File& file, bool immutable, const Request& req) const;

  std::unordered_map<std::string, File> files_;  // by url path
};

}  // namespace fw::http

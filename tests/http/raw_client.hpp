// A minimal blocking HTTP/1.1 client on POSIX sockets for the server tests: it sends bytes
// exactly as given (so tests can send broken or partial requests) and parses responses
// framed by Content-Length. Deliberately not Beast, to keep test compile times low.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace fw::http::test {

struct RawResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  std::string header(const std::string& lower_name) const {
    const auto it = headers.find(lower_name);
    return it == headers.end() ? std::string{} : it->second;
  }
};

class RawClient {
 public:
  // Connects to 127.0.0.1:port; ok() tells whether it worked.
  explicit RawClient(std::uint16_t port);
  ~RawClient();
  RawClient(RawClient&& other) noexcept;
  RawClient(const RawClient&) = delete;
  RawClient& operator=(const RawClient&) = delete;
  RawClient& operator=(RawClient&&) = delete;

  bool ok() const { return fd_ >= 0; }
  // Sends all bytes; false if the connection is gone.
  bool send(std::string_view data);
  // Reads one response (skipping 100 Continue unless want_interim). For HEAD, the body is
  // not read. nullopt if the connection closed or nothing complete arrived in time.
  std::optional<RawResponse> read_response(std::chrono::milliseconds timeout = std::chrono::seconds(5),
                                           bool head = false, bool want_interim = false);
  // True if the peer closes (EOF or reset) within timeout; discards data received meanwhile.
  bool closed_by_peer_within(std::chrono::milliseconds timeout);
  void close();

  // "GET <path> HTTP/1.1" with Host and optional extra header lines ("Name: value\r\n").
  static std::string get(std::string_view path, std::string_view extra_headers = {});

 private:
  // Receives more bytes into buf_; 0 on EOF/reset, -1 on timeout.
  long receive(std::chrono::steady_clock::time_point deadline);

  int fd_ = -1;
  std::string buf_;
};

}  // namespace fw::http::test

#include "raw_client.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdlib>

namespace fw::http::test {

RawClient::RawClient(std::uint16_t port) {
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd_ < 0) return;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) close();
}

RawClient::~RawClient() { close(); }

RawClient::RawClient(RawClient&& other) noexcept : fd_(other.fd_), buf_(std::move(other.buf_)) { other.fd_ = -1; }

void RawClient::close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

bool RawClient::send(std::string_view data) {
  while (!data.empty()) {
    const auto n = ::send(fd_, data.data(), data.size(), MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

long RawClient::receive(std::chrono::steady_clock::time_point deadline) {
  while (true) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return -1;
    pollfd p{fd_, POLLIN, 0};
    const int rc = ::poll(&p, 1, static_cast<int>(left.count()));
    if (rc < 0 && errno == EINTR) continue;
    if (rc == 0) return -1;
    char chunk[16384];
    const auto n = ::recv(fd_, chunk, sizeof chunk, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return 0;  // EOF or reset
    buf_.append(chunk, static_cast<std::size_t>(n));
    return n;
  }
}

std::optional<RawResponse> RawClient::read_response(std::chrono::milliseconds timeout, bool head, bool want_interim) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    std::size_t end = buf_.find("\r\n\r\n");
    while (end == std::string::npos) {
      if (receive(deadline) <= 0) return std::nullopt;
      end = buf_.find("\r\n\r\n");
    }
    RawResponse res;
    const std::string head_block = buf_.substr(0, end + 2);
    buf_.erase(0, end + 4);
    // "HTTP/1.1 200 OK"
    const auto sp = head_block.find(' ');
    if (sp == std::string::npos) return std::nullopt;
    res.status = std::atoi(head_block.c_str() + sp + 1);
    std::size_t pos = head_block.find("\r\n") + 2;
    while (pos < head_block.size()) {
      const auto eol = head_block.find("\r\n", pos);
      const std::string line = head_block.substr(pos, eol - pos);
      pos = eol + 2;
      const auto colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string name = line.substr(0, colon);
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::string value = line.substr(colon + 1);
      while (!value.empty() && value.front() == ' ') value.erase(0, 1);
      res.headers[name] = value;
    }
    if (res.status == 100 && !want_interim) continue;
    std::size_t length = 0;
    if (!head && res.headers.contains("content-length")) length = std::stoul(res.headers["content-length"]);
    while (buf_.size() < length) {
      if (receive(deadline) <= 0) return std::nullopt;
    }
    res.body = buf_.substr(0, length);
    buf_.erase(0, length);
    return res;
  }
}

bool RawClient::closed_by_peer_within(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    const long n = receive(deadline);
    if (n == 0) return true;
    if (n < 0) return false;
    buf_.clear();
  }
}

std::string RawClient::get(std::string_view path, std::string_view extra_headers) {
  std::string out = "GET ";
  out += path;
  out += " HTTP/1.1\r\nHost: test\r\n";
  out += extra_headers;
  out += "\r\n";
  return out;
}

}  // namespace fw::http::test

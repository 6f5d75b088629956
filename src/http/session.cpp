#include "http/session.hpp"

#include <algorithm>
#include <cctype>
#include <exception>
#include <limits>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <spdlog/logger.h>
#include <spdlog/spdlog.h>

#include "http/json_error.hpp"
#include "http/server_support.hpp"

namespace fw::http::detail {

namespace {

using namespace std::chrono_literals;

constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
// After an error response, read and discard what the client still sends for this long
// before closing: closing with unread data makes the kernel send RST, and the client may
// then never see our 413/431/400.
constexpr std::chrono::milliseconds kMaxLinger = 2s;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Framing is the server's business; a handler's values would corrupt the stream.
bool server_owned(std::string_view lower_name) {
  return lower_name == "content-length" || lower_name == "connection" || lower_name == "transfer-encoding" ||
         lower_name == "keep-alive";
}

Response bare_500() {
  Response r;
  r.status = 500;
  r.headers.emplace_back("content-type", "application/json");
  r.body = R"({"error":{"code":"internal","message":"Internal Server Error","field":null}})";
  return r;
}

}  // namespace

// ---- ServerContext --------------------------------------------------------------------

void ServerContext::add(const std::shared_ptr<Session>& s) {
  std::lock_guard lock(mu_);
  sessions_.emplace(s.get(), s);
}

void ServerContext::remove(Session* s) {
  std::lock_guard lock(mu_);
  sessions_.erase(s);
  if (sessions_.empty()) empty_cv_.notify_all();
}

std::size_t ServerContext::live() const {
  std::lock_guard lock(mu_);
  return sessions_.size();
}

bool ServerContext::wait_empty_for(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mu_);
  return empty_cv_.wait_for(lock, timeout, [this] { return sessions_.empty(); });
}

// ---- Session: lifetime ----------------------------------------------------------------

Session::Session(tcp::socket&& socket, ServerContext& ctx)
    : ctx_(ctx), stream_(std::move(socket)), strand_(stream_.get_executor()) {
  beast::error_code ec;
  const auto ep = stream_.socket().remote_endpoint(ec);
  if (!ec) ip_ = ep.address().to_string();
}

Session::~Session() {
  if (opened_) {
    ctx_.metrics.connection_closed();
    ctx_.remove(this);
  }
}

void Session::start() {
  opened_ = true;
  ctx_.metrics.connection_opened();
  ctx_.add(shared_from_this());
  asio::dispatch(strand_, [self = shared_from_this()] { self->wait_for_request(self->ctx_.options.request_timeout); });
}

void Session::shutdown() {
  asio::post(strand_, [self = shared_from_this()] {
    self->shutdown_requested_ = true;
    if (self->phase_ == Phase::waiting) self->close();
  });
}

void Session::force_close() {
  asio::post(strand_, [self = shared_from_this()] { self->close(); });
}

void Session::close() {
  if (phase_ == Phase::closed) return;
  phase_ = Phase::closed;
  beast::error_code ec;
  stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
  stream_.close();  // pending operations complete with operation_aborted
}

// ---- Session: reading -----------------------------------------------------------------

// Waits (up to `timeout`) for the first byte of the next request. Until it arrives the
// connection counts as idle: graceful stop closes it at once.
void Session::wait_for_request(std::chrono::milliseconds timeout) {
  if (shutdown_requested_ || ctx_.stopping) return close();
  phase_ = Phase::waiting;
  if (buffer_.size() > 0) {  // a pipelined request is already here
    phase_ = Phase::reading;
    stream_.expires_after(ctx_.options.request_timeout);
    return read_header();
  }
  stream_.expires_after(timeout);
  stream_.async_read_some(buffer_.prepare(4096),
                          [self = shared_from_this()](beast::error_code ec, std::size_t n) { self->on_first_bytes(ec, n); });
}

void Session::on_first_bytes(beast::error_code ec, std::size_t n) {
  if (phase_ == Phase::closed) return;
  if (ec) return close();  // timeout, EOF, reset: nothing to answer
  buffer_.commit(n);
  phase_ = Phase::reading;
  // From the first byte on, the whole request must arrive within request_timeout: a client
  // that trickles bytes (slowloris) cannot hold the connection longer.
  stream_.expires_after(ctx_.options.request_timeout);
  read_header();
}

void Session::read_header() {
  parser_.emplace();
  const auto header_limit = std::min<std::size_t>(ctx_.options.header_limit, std::numeric_limits<std::uint32_t>::max());
  parser_->header_limit(static_cast<std::uint32_t>(header_limit));
  parser_->body_limit(static_cast<std::uint64_t>(ctx_.options.body_limit));
  // Fast path: a request usually arrives whole with its first bytes. Parsing what is buffered
  // right here saves the two handler round trips (and timer re-arms) of the asynchronous
  // reads; whatever is still missing is read asynchronously from where the parser stopped.
  beast::error_code ec;
  if (parse_buffered(ec)) return handle();
  if (ec) return on_read_error(ec);
  bhttp::async_read_header(stream_, buffer_, *parser_,
                           [self = shared_from_this()](beast::error_code ec2, std::size_t) { self->on_header(ec2); });
}

// Feeds the buffered bytes to the parser; true once the whole message is parsed. Limits and
// syntax errors come back in `ec` exactly as from the asynchronous reads.
bool Session::parse_buffered(beast::error_code& ec) {
  while (buffer_.size() > 0 && !parser_->is_done()) {
    const std::size_t used = parser_->put(buffer_.data(), ec);
    buffer_.consume(used);
    if (ec == bhttp::error::need_more) {
      ec = {};
      return false;
    }
    if (ec || used == 0) return false;
  }
  return parser_->is_done();
}

void Session::on_header(beast::error_code ec) {
  if (phase_ == Phase::closed) return;
  if (ec) return on_read_error(ec);
  const auto& msg = parser_->get();
  if (parser_->is_done()) return handle();
  // Clients like curl wait for "100 Continue" before sending a larger body. The body limit
  // has already been checked against Content-Length at this point.
  const auto expect = msg[bhttp::field::expect];
  if (msg.version() >= 11 && beast::iequals(expect, "100-continue")) {
    asio::async_write(stream_, asio::buffer(kContinue.data(), kContinue.size()),
                      [self = shared_from_this()](beast::error_code wec, std::size_t) {
                        if (self->phase_ == Phase::closed) return;
                        if (wec) return self->close();
                        self->read_body();
                      });
    return;
  }
  read_body();
}

void Session::read_body() {
  bhttp::async_read(stream_, buffer_, *parser_,
                    [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_body(ec); });
}

void Session::on_body(beast::error_code ec) {
  if (phase_ == Phase::closed) return;
  if (ec) return on_read_error(ec);
  handle();
}

void Session::on_read_error(beast::error_code ec) {
  if (ec == bhttp::error::header_limit) {
    return respond_error(431, Error{ErrorCode::bad_request, "header_too_large", {}, {}});
  }
  if (ec == bhttp::error::body_limit) {
    return respond_error(413, Error{ErrorCode::payload_too_large, "payload_too_large", {}, {}});
  }
  const bool parse_error = ec.category() == bhttp::make_error_code(bhttp::error::bad_method).category() &&
                           ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message;
  if (parse_error) return respond_error(400, Error{ErrorCode::bad_request, "bad_request", {}, {ec.message()}});
  close();  // timeout, EOF in the middle of a request, connection reset
}

// ---- Session: handling ----------------------------------------------------------------

void Session::handle() {
  phase_ = Phase::handling;
  auto msg = parser_->release();
  parser_.reset();

  Request req;
  req.method = parse_method(msg.method_string());
  req.target = std::string(msg.target());
  split_target(req);
  req.headers.reserve(static_cast<std::size_t>(std::distance(msg.begin(), msg.end())));
  for (const auto& field : msg) req.headers.emplace_back(lower(field.name_string()), std::string(field.value()));
  req.body = std::move(msg.body());
  req.remote_ip = ip_;
  req.tls = ctx_.options.tls;

  cur_ = Current{};
  cur_.started = std::chrono::steady_clock::now();
  cur_.method = method_name(req.method);
  cur_.path = req.path;
  cur_.version = msg.version();
  cur_.keep_alive = msg.keep_alive();
  cur_.head = req.method == Method::head;

  RunOn where = RunOn::io;
  try {
    where = ctx_.router.run_on(req);
  } catch (const std::exception&) {
    // only bad_alloc is possible; answer on the io thread then
  }
  if (where == RunOn::io) return send(dispatch(req));

  ctx_.workers.submit([self = shared_from_this(), req = std::move(req)]() mutable {
    t_on_server_thread = true;
    Response res = self->dispatch(req);
    asio::post(self->strand_, [self, res = std::move(res)]() mutable { self->send(std::move(res)); });
  });
}

// Runs on an io or worker thread; touches only the immutable context.
Response Session::dispatch(Request& req) noexcept {
  try {
    return ctx_.router.dispatch(req);
  } catch (const std::exception& e) {
    spdlog::error("request {} {} failed: {}", method_name(req.method), req.path, e.what());
  } catch (...) {
    spdlog::error("request {} {} failed with a non-standard exception", method_name(req.method), req.path);
  }
  try {
    return error_response(Error{ErrorCode::internal, "internal", {}, {}}, req);
  } catch (...) {
    return bare_500();
  }
}

// An error found while reading: answer, then close (the stream position is unknown).
void Session::respond_error(int status, const Error& err) {
  phase_ = Phase::handling;
  Request req;  // only for the language of the message
  if (parser_ && parser_->is_header_done()) {
    const auto& msg = parser_->get();
    req.method = parse_method(msg.method_string());
    req.target = std::string(msg.target());
    split_target(req);
    if (const auto it = msg.find("accept-language"); it != msg.end()) {
      req.headers.emplace_back("accept-language", std::string(it->value()));
    }
  }
  parser_.reset();
  Response res = error_response(err, req);
  res.status = status;
  if (err.code == ErrorCode::bad_request && !err.detail.empty()) spdlog::debug("bad request from {}: {}", ip_, err.detail);

  cur_ = Current{};
  cur_.started = std::chrono::steady_clock::now();
  cur_.method = method_name(req.method);
  cur_.path = req.path;
  cur_.keep_alive = false;
  cur_.linger = true;
  send(std::move(res));
}

// ---- Session: writing -----------------------------------------------------------------

void Session::send(Response res) {
  cur_.status = res.status;
  cur_.route = res.route.empty() ? "unmatched" : std::move(res.route);
  cur_.user = std::move(res.log_user);
  if (phase_ == Phase::closed) {  // force-closed while the handler ran
    cur_.bytes = 0;
    return on_write(asio::error::operation_aborted);
  }
  phase_ = Phase::writing;
  add_security_headers(res);

  auto& out = response_.emplace();
  out.version(cur_.version);
  out.result(static_cast<unsigned>(res.status));
  for (auto& [name, value] : res.headers) {
    if (server_owned(name)) continue;
    // Beast does not validate: a CR/LF from user input in a header would split the response.
    std::ranges::replace_if(value, [](char c) { return c == '\r' || c == '\n'; }, ' ');
    out.insert(name, value);
  }
  // Interim responses, 204 and 304 have no body and no Content-Length (RFC 9110 8.6).
  const bool bodiless_status = res.status < 200 || res.status == 204 || res.status == 304;
  if (bodiless_status) {
    cur_.bytes = 0;
  } else if (cur_.head) {
    out.content_length(res.body.size());  // what GET would send, without the body
    cur_.bytes = 0;
  } else {
    out.content_length(res.body.size());
    cur_.bytes = res.body.size();
    out.body() = std::move(res.body);
  }
  out.keep_alive(cur_.keep_alive && !shutdown_requested_ && !ctx_.stopping);

  stream_.expires_after(ctx_.options.write_timeout);
  bhttp::async_write(stream_, out, [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_write(ec); });
}

void Session::on_write(beast::error_code ec) {
  const auto elapsed = std::chrono::steady_clock::now() - cur_.started;
  const double seconds = std::chrono::duration<double>(elapsed).count();
  ctx_.metrics.observe(cur_.method, cur_.route, cur_.status, seconds);
  if (ctx_.access_log) {
    ctx_.access_log->info(access_log_line(AccessRecord{ip_, cur_.method, cur_.path, cur_.route, cur_.status,
                                                       ec ? 0 : cur_.bytes, seconds * 1000.0, cur_.user}));
  }
  const bool keep = response_ && response_->keep_alive();
  response_.reset();
  if (phase_ == Phase::closed) return;
  if (ec) return close();
  if (cur_.linger) return linger();
  if (!keep) return close();
  wait_for_request(ctx_.options.idle_timeout);
}

// Half-close and drain: see kMaxLinger.
void Session::linger() {
  phase_ = Phase::writing;
  beast::error_code ec;
  stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
  if (ec) return close();
  stream_.expires_after(std::min(kMaxLinger, ctx_.options.request_timeout));
  buffer_.clear();
  drain();
}

void Session::drain() {
  stream_.async_read_some(buffer_.prepare(16 * 1024), [self = shared_from_this()](beast::error_code ec, std::size_t) {
    if (self->phase_ == Phase::closed) return;
    if (ec) return self->close();  // EOF from the client, or the linger time is up
    self->drain();
  });
}

}  // namespace fw::http::detail

#include <curl/curl.h>
#include <spdlog/spdlog.h>

#include <cstring>
#include <fmt/format.h>
#include <mutex>

#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "service/mail/mailer.hpp"

namespace fw::service {
namespace {

// RFC 2047 encoded-word so that umlauts in the subject survive every mail client.
std::string encode_header(const std::string& text) {
  bool ascii = true;
  for (unsigned char ch : text) ascii = ascii && ch < 0x80;
  if (ascii) return text;
  static constexpr char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out = "=?UTF-8?B?";
  std::size_t i = 0;
  for (; i + 2 < text.size(); i += 3) {
    unsigned v = (static_cast<unsigned char>(text[i]) << 16) | (static_cast<unsigned char>(text[i + 1]) << 8) |
                 static_cast<unsigned char>(text[i + 2]);
    out += {kB64[(v >> 18) & 63], kB64[(v >> 12) & 63], kB64[(v >> 6) & 63], kB64[v & 63]};
  }
  if (i < text.size()) {
    unsigned v = static_cast<unsigned char>(text[i]) << 16;
    if (i + 1 < text.size()) v |= static_cast<unsigned char>(text[i + 1]) << 8;
    out += kB64[(v >> 18) & 63];
    out += kB64[(v >> 12) & 63];
    out += i + 1 < text.size() ? kB64[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out + "?=";
}

struct Payload {
  std::string data;
  std::size_t pos = 0;
};

std::size_t read_payload(char* buffer, std::size_t size, std::size_t nitems, void* user) {
  auto* p = static_cast<Payload*>(user);
  std::size_t n = std::min(size * nitems, p->data.size() - p->pos);
  std::memcpy(buffer, p->data.data() + p->pos, n);
  p->pos += n;
  return n;
}

class SmtpMailer final : public Mailer {
 public:
  explicit SmtpMailer(SmtpConfig c) : config_(std::move(c)) {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  }

  Result<void> send(const Mail& mail) override {
    if (mail.to.find_first_of("\r\n<>") != std::string::npos) {
      return fail(ErrorCode::invalid_argument, "mail.failed", "to", "invalid recipient");
    }
    Payload payload;
    payload.data = fmt::format(
        "Date: {}\r\nFrom: {}\r\nTo: {}\r\nSubject: {}\r\nMessage-ID: <{}@fachwerk>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n",
        clock::iso8601(clock::now_ms()), config_.from, mail.to, encode_header(mail.subject), crypto::random_token(12));
    // Normalise line ends to CRLF as SMTP requires.
    for (char ch : mail.text) {
      if (ch == '\n') payload.data += "\r\n";
      else if (ch != '\r') payload.data += ch;
    }
    payload.data += "\r\n";

    CURL* curl = curl_easy_init();
    if (!curl) return fail(ErrorCode::internal, "mail.failed", {}, "curl_easy_init");
    curl_slist* rcpt = curl_slist_append(nullptr, fmt::format("<{}>", mail.to).c_str());
    curl_easy_setopt(curl, CURLOPT_URL, config_.url.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, fmt::format("<{}>", config_.from).c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_payload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &payload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 20L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (!config_.user.empty()) {
      curl_easy_setopt(curl, CURLOPT_USERNAME, config_.user.c_str());
      curl_easy_setopt(curl, CURLOPT_PASSWORD, config_.password.c_str());
      curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
    }
    CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);
    if (rc != CURLE_OK) return fail(ErrorCode::unavailable, "mail.failed", {}, curl_easy_strerror(rc));
    return {};
  }

 private:
  SmtpConfig config_;
};

class LogMailer final : public Mailer {
 public:
  Result<void> send(const Mail& mail) override {
    spdlog::info("mail (no SMTP server configured) to={} subject={}\n{}", mail.to, mail.subject, mail.text);
    return {};
  }
};

}  // namespace

std::unique_ptr<Mailer> make_smtp_mailer(SmtpConfig config) { return std::make_unique<SmtpMailer>(std::move(config)); }
std::unique_ptr<Mailer> make_log_mailer() { return std::make_unique<LogMailer>(); }

}  // namespace fw::service

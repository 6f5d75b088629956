// Outgoing e-mail. SmtpMailer speaks SMTP through libcurl; LogMailer only logs (the default
// when no SMTP server is configured, so that a demo works without one).
#pragma once

#include <memory>
#include <string>

#include "core/result.hpp"

namespace fw::service {

struct Mail {
  std::string to;
  std::string subject;
  std::string text;  // plain text, UTF-8
};

class Mailer {
 public:
  virtual ~Mailer() = default;
  // Sends one mail; ErrorCode::unavailable ("mail.failed") when the server refuses or is down.
  virtual Result<void> send(const Mail& mail) = 0;
};

struct SmtpConfig {
  std::string url;   // "smtp://host:port" or "smtps://…"
  std::string from;  // envelope and header sender
  std::string user;  // optional
  std::string password;
};

std::unique_ptr<Mailer> make_smtp_mailer(SmtpConfig config);
std::unique_ptr<Mailer> make_log_mailer();

}  // namespace fw::service

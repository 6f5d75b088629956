// serve: the HTTP server. Waits for the database if it is down at start-up (answering 503
// with a clear message meanwhile) instead of exiting, so that a server started before its
// PostgreSQL comes up by itself.
#include <spdlog/spdlog.h>

#include <atomic>
#include <csignal>
#include <thread>

#include "api/app.hpp"
#include "cli/commands.hpp"
#include "core/messages.hpp"
#include "http/json_error.hpp"
#include "http/server.hpp"
#include "http/static_files.hpp"
#include "service/dualcareer/live_matcher.hpp"
#include "service/dualcareer/cases_retention.hpp"
#include "service/mail/mailer.hpp"
#include "service/monitor/monitor_cache.hpp"

namespace fw::cli {
namespace {

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";
  std::string static_dir = "web/dist";
  std::string base_url;
  std::string smtp_url, mail_from = "fachwerk@localhost", smtp_user, smtp_password;
  int io_threads = 1, workers = 4, worker_spin_us = 0;
  std::size_t body_limit = 1024 * 1024, max_connections = 4096;
  int request_timeout_s = 15, idle_timeout_s = 30;
  bool secure_cookies = false, no_access_log = false;
  int case_retention_days = service::dualcareer::kDefaultRetentionDays;
};

std::atomic<bool> g_stop_waiting{false};
extern "C" void on_stop_signal(int) { g_stop_waiting = true; }

Result<http::ServerOptions> server_options(const ServeOptions& o) {
  http::ServerOptions s;
  const auto colon = o.listen.rfind(':');
  if (colon == std::string::npos) return fail(ErrorCode::invalid_argument, "config.invalid", "listen", "HOST:PORT erwartet");
  s.address = o.listen.substr(0, colon);
  try {
    const int port = std::stoi(o.listen.substr(colon + 1));
    if (port < 0 || port > 65535) throw std::out_of_range("port");
    s.port = static_cast<std::uint16_t>(port);
  } catch (const std::exception&) {
    return fail(ErrorCode::invalid_argument, "config.invalid", "listen", "Port 0–65535 erwartet");
  }
  s.io_threads = o.io_threads;
  s.worker_threads = o.workers;
  s.worker_spin = std::chrono::microseconds(o.worker_spin_us);
  s.body_limit = o.body_limit;
  s.max_connections = o.max_connections;
  s.request_timeout = std::chrono::seconds(o.request_timeout_s);
  s.idle_timeout = std::chrono::seconds(o.idle_timeout_s);
  s.access_log = !o.no_access_log;
  s.tls = o.secure_cookies;
  return s;
}

http::StaticFiles load_ui(const std::string& dir) {
  auto files = http::StaticFiles::load(dir);
  if (files) return std::move(*files);
  spdlog::warn("Weboberfläche nicht gefunden in {} – bitte `make demo` oder `npm run build` in web/ ausführen.", dir);
  return http::StaticFiles::from_memory(
      {{"/index.html",
        "<!doctype html><html lang=\"de\"><meta charset=\"utf-8\"><title>Fachwerk</title>"
        "<p>Fachwerk läuft, aber die Weboberfläche wurde nicht gebaut. Die API steht unter /api/ bereit.</p></html>"}});
}

// Serves 503 until the database is reachable; returns the opened database, or nullptr when
// asked to stop while waiting.
std::unique_ptr<store::Database> wait_for_database(const Global& g, const http::ServerOptions& so,
                                                   const http::StaticFiles& ui, http::Metrics& metrics) {
  std::unique_ptr<http::Server> waiting;
  http::Router router;
  std::string last_detail;
  for (;;) {
    auto db = open_database(g);
    if (db) {
      if (waiting) waiting->stop();
      return std::move(*db);
    }
    if (db.error().code != ErrorCode::unavailable) std::exit(report(db.error()));
    if (db.error().detail != last_detail) {
      spdlog::error("{} – neuer Versuch alle 2 Sekunden.", message_text(db.error(), "de"));
      last_detail = db.error().detail;
    }
    if (!waiting) {
      Error down = db.error();
      down.detail = "bitte später erneut versuchen";
      router.add(http::Method::get, "/healthz", [](http::Request&) {
        return http::Response::json(503, R"({"status":"unavailable","db":"unavailable","version":")" FACHWERK_VERSION "\"}");
      }, http::RunOn::io);
      router.set_fallback([&ui, down](http::Request& req) {
        if (req.path.starts_with("/api/")) return http::error_response(down, req);
        return ui.serve(req);
      });
      waiting = std::make_unique<http::Server>(so, router, metrics);
      if (auto started = waiting->start(); !started) std::exit(report(started.error()));
      std::signal(SIGTERM, on_stop_signal);
      std::signal(SIGINT, on_stop_signal);
    }
    for (int i = 0; i < 20 && !g_stop_waiting; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (g_stop_waiting) {
      waiting->stop();
      return nullptr;
    }
  }
}

}  // namespace

void add_serve(CLI::App& app, Global& g) {
  static ServeOptions o;
  auto* cmd = app.add_subcommand("serve", "HTTP-Server mit Weboberfläche und API starten");
  cmd->add_option("--listen", o.listen, "Adresse HOST:PORT")->envname("FACHWERK_LISTEN")->capture_default_str();
  cmd->add_option("--static-dir", o.static_dir, "Verzeichnis der gebauten Weboberfläche")
      ->envname("FACHWERK_STATIC_DIR")->capture_default_str();
  cmd->add_option("--base-url", o.base_url, "öffentliche Adresse für Links in E-Mails (Standard: http://LISTEN)")
      ->envname("FACHWERK_BASE_URL");
  cmd->add_option("--smtp-url", o.smtp_url, "SMTP-Server, z. B. smtp://127.0.0.1:25 (ohne: E-Mails nur ins Protokoll)")
      ->envname("FACHWERK_SMTP_URL");
  cmd->add_option("--mail-from", o.mail_from, "Absenderadresse")->envname("FACHWERK_MAIL_FROM")->capture_default_str();
  cmd->add_option("--smtp-user", o.smtp_user, "SMTP-Benutzer")->envname("FACHWERK_SMTP_USER");
  cmd->add_option("--smtp-password", o.smtp_password, "SMTP-Passwort")->envname("FACHWERK_SMTP_PASSWORD");
  cmd->add_option("--io-threads", o.io_threads, "I/O-Threads")->envname("FACHWERK_IO_THREADS")->check(CLI::Range(1, 64))->capture_default_str();
  cmd->add_option("--workers", o.workers, "Worker-Threads für Datenbankarbeit")->envname("FACHWERK_WORKERS")->check(CLI::Range(1, 256))->capture_default_str();
  cmd->add_option("--worker-spin", o.worker_spin_us, "Mikrosekunden, die ein freier Worker auf Arbeit wartet, bevor er schläft")
      ->envname("FACHWERK_WORKER_SPIN")->check(CLI::Range(0, 10000))->capture_default_str();
  cmd->add_option("--body-limit", o.body_limit, "größte Anfrage in Bytes")->envname("FACHWERK_BODY_LIMIT")->capture_default_str();
  cmd->add_option("--max-connections", o.max_connections, "höchstens gleichzeitige Verbindungen")->envname("FACHWERK_MAX_CONNECTIONS")->capture_default_str();
  cmd->add_option("--request-timeout", o.request_timeout_s, "Sekunden für eine vollständige Anfrage")->envname("FACHWERK_REQUEST_TIMEOUT")->capture_default_str();
  cmd->add_option("--idle-timeout", o.idle_timeout_s, "Sekunden Leerlauf bis zum Schließen")->envname("FACHWERK_IDLE_TIMEOUT")->capture_default_str();
  cmd->add_flag("--secure-cookies", o.secure_cookies, "Cookies nur über HTTPS (hinter einem TLS-Proxy setzen)")->envname("FACHWERK_SECURE_COOKIES");
  cmd->add_option("--case-retention-days", o.case_retention_days, "Job für Zwei: Tage nach Abschluss, bis Falldaten gelöscht werden")
      ->envname("FACHWERK_CASE_RETENTION_DAYS")->check(CLI::Range(0, 3650))->capture_default_str();
  cmd->add_flag("--no-access-log", o.no_access_log, "kein Zugriffsprotokoll")->envname("FACHWERK_NO_ACCESS_LOG");

  cmd->callback([&g] {
    auto so = server_options(o);
    if (!so) std::exit(report(so.error()));
    http::Metrics metrics;
    const http::StaticFiles ui = load_ui(o.static_dir);
    auto db = wait_for_database(g, *so, ui, metrics);
    if (!db) return;

    std::unique_ptr<service::Mailer> mailer = o.smtp_url.empty()
        ? service::make_log_mailer()
        : service::make_smtp_mailer({o.smtp_url, o.mail_from, o.smtp_user, o.smtp_password});
    service::AuthConfig auth_config;
    auth_config.base_url = o.base_url.empty() ? "http://" + o.listen : o.base_url;
    service::Auth auth(*db, *mailer, auth_config);
    // The Job für Zwei index lives as long as the server; built once here, then updated per change.
    auto matcher = service::LiveMatcher::start(*db);
    if (!matcher) std::exit(report(matcher.error()));
    api::App fachwerk{*db, auth, metrics, {o.secure_cookies, FACHWERK_VERSION}, matcher->get()};

    http::Router router;
    api::register_routes(router, fachwerk);
    router.set_fallback([&ui](http::Request& req) { return ui.serve(req); });
    store::Database* dbp = db.get();
    metrics.add_gauge("fachwerk_db_pool_connections", "Open database connections",
                      [dbp] { return static_cast<double>(dbp->pool_stats().size); });
    metrics.add_gauge("fachwerk_db_pool_in_use", "Database connections in use",
                      [dbp] { return static_cast<double>(dbp->pool_stats().in_use); });
    metrics.add_gauge("fachwerk_db_pool_capacity", "Database pool capacity",
                      [dbp] { return static_cast<double>(dbp->pool_stats().capacity); });
    metrics.add_gauge("fachwerk_db_pool_waits_total", "Acquisitions that had to wait",
                      [dbp] { return static_cast<double>(dbp->pool_stats().waits); });

    http::Server server(*so, router, metrics);
    if (auto started = server.start(); !started) std::exit(report(started.error()));
    spdlog::info("Fachwerk {} läuft auf http://{}:{} (Datenbank {})", FACHWERK_VERSION, so->address, server.port(),
                 db->describe());
    // The monitor's synthetic demo figures take a few seconds to generate: do it now, not on
    // the first request. Joined before the database closes (declared after it).
    std::jthread monitor_warm_up([dbp] { service::monitor_data::warm_up(*dbp); });
    auto retention = start_case_retention(*db, o.case_retention_days);
    server.run_until_signal();
    spdlog::info("Fachwerk beendet.");
  });
}

}  // namespace fw::cli

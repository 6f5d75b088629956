// user add | list | passwd. Passwords come from FACHWERK_PASSWORD, --password-stdin, or a
// prompt; never from a flag (it would land in the shell history and in `ps`).
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "cli/commands.hpp"
#include "service/accounts/users.hpp"

namespace fw::cli {
namespace {

struct UserOptions {
  std::string email, name, language = "de";
  bool admin = false, password_stdin = false;
};

Result<std::string> read_password(bool from_stdin) {
  if (const char* env = std::getenv("FACHWERK_PASSWORD"); env && *env) return std::string(env);
  std::string pw;
  if (from_stdin || !isatty(STDIN_FILENO)) {
    std::getline(std::cin, pw);
    return pw;
  }
  std::fprintf(stderr, "Passwort: ");
  termios old{};
  tcgetattr(STDIN_FILENO, &old);
  termios quiet = old;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  std::getline(std::cin, pw);
  tcsetattr(STDIN_FILENO, TCSANOW, &old);
  std::fprintf(stderr, "\n");
  return pw;
}

}  // namespace

void add_user(CLI::App& app, Global& g) {
  static UserOptions o;
  auto* user = app.add_subcommand("user", "Benutzerkonten verwalten");
  user->require_subcommand(1);

  auto* add = user->add_subcommand("add", "Konto anlegen");
  add->add_option("--email", o.email, "E-Mail-Adresse (Anmeldename)")->required();
  add->add_option("--name", o.name, "Anzeigename")->required();
  add->add_option("--language", o.language, "de oder en")->check(CLI::IsMember({"de", "en"}));
  add->add_flag("--admin", o.admin, "Plattform-Administrator");
  add->add_flag("--password-stdin", o.password_stdin, "Passwort von der Standardeingabe lesen");
  add->callback([&g] {
    auto db = open_database(g);
    if (!db) std::exit(report(db.error()));
    auto pw = read_password(o.password_stdin);
    if (!pw) std::exit(report(pw.error()));
    service::NewUser nu{o.email, o.name, *pw, o.admin, o.language, false};
    auto u = service::create_user(**db, service::Actor::system("cli"), nu);
    if (!u) std::exit(report(u.error()));
    std::printf("Konto %lld angelegt: %s\n", static_cast<long long>(u->id), u->email.c_str());
  });

  auto* list = user->add_subcommand("list", "Konten auflisten");
  list->callback([&g] {
    auto db = open_database(g);
    if (!db) std::exit(report(db.error()));
    auto users = service::list_users(**db, service::Actor::system("cli"));
    if (!users) std::exit(report(users.error()));
    std::printf("%-6s %-36s %-28s %-6s %s\n", "ID", "E-Mail", "Name", "Admin", "Status");
    for (const auto& u : *users) {
      std::printf("%-6lld %-36s %-28s %-6s %s\n", static_cast<long long>(u.id), u.email.c_str(),
                  u.display_name.c_str(), u.is_admin ? "ja" : "nein", u.disabled ? "gesperrt" : "aktiv");
    }
  });

  auto* passwd = user->add_subcommand("passwd", "Passwort eines Kontos neu setzen");
  passwd->add_option("--email", o.email, "E-Mail-Adresse des Kontos")->required();
  passwd->add_flag("--password-stdin", o.password_stdin, "Passwort von der Standardeingabe lesen");
  passwd->callback([&g] {
    auto db = open_database(g);
    if (!db) std::exit(report(db.error()));
    auto email = service::normalise_email(o.email);
    if (!email) std::exit(report(email.error()));
    auto found = store::with_connection(**db, [&](store::Connection& c) { return service::find_user_by_email(c, *email); });
    if (!found) std::exit(report(found.error()));
    if (!*found) std::exit(report(Error{ErrorCode::not_found, "user.not_found", "email", ""}));
    auto pw = read_password(o.password_stdin);
    if (!pw) std::exit(report(pw.error()));
    if (auto r = service::change_password(**db, service::Actor::system("cli"), (*found)->id, std::nullopt, *pw); !r) {
      std::exit(report(r.error()));
    }
    std::printf("Passwort für %s geändert.\n", email->c_str());
  });
}

}  // namespace fw::cli

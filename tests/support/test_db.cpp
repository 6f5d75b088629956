#include "support/test_db.hpp"

#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <system_error>
#include <utility>

namespace fw::testing {

namespace {

std::atomic<unsigned> g_counter{0};

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr ? v : "";
}

// postgresql://host:port/maint?x=y → postgresql://host:port/<name>?x=y
std::string with_dbname(const std::string& url, const std::string& name) {
  const std::size_t scheme = url.find("://");
  const std::size_t start = scheme == std::string::npos ? 0 : scheme + 3;
  const std::size_t slash = url.find_first_of("/?", start);
  if (slash == std::string::npos) return url + "/" + name;
  if (url[slash] == '?') return url.substr(0, slash) + "/" + name + url.substr(slash);
  const std::size_t query = url.find('?', slash);
  return url.substr(0, slash + 1) + name + (query == std::string::npos ? "" : url.substr(query));
}

std::string admin_exec(const std::string& admin_url, const std::string& sql) {
  PGconn* conn = PQconnectdb(admin_url.c_str());
  std::string error;
  if (PQstatus(conn) != CONNECTION_OK) {
    error = PQerrorMessage(conn);
  } else {
    PGresult* res = PQexec(conn, sql.c_str());
    if (PQresultStatus(res) != PGRES_COMMAND_OK && PQresultStatus(res) != PGRES_TUPLES_OK) {
      error = PQresultErrorMessage(res);
    }
    PQclear(res);
  }
  PQfinish(conn);
  return error;
}

}  // namespace

std::vector<std::string> test_backends() { return {"sqlite", "postgresql"}; }

TestDatabase::TestDatabase(TestDatabase&& other) noexcept { *this = std::move(other); }

TestDatabase& TestDatabase::operator=(TestDatabase&& other) noexcept {
  if (this != &other) {
    cleanup();
    backend = std::move(other.backend);
    url = std::move(other.url);
    db = std::move(other.db);
    skipped = other.skipped;
    problem = std::move(other.problem);
    temp_dir = std::exchange(other.temp_dir, {});
    admin_url = std::exchange(other.admin_url, {});
    pg_name = std::exchange(other.pg_name, {});
  }
  return *this;
}

TestDatabase::~TestDatabase() { cleanup(); }

void TestDatabase::cleanup() {
  db.reset();  // close pooled connections first
  if (!temp_dir.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(temp_dir, ec);
    temp_dir.clear();
  }
  if (!pg_name.empty()) {
    const std::string err = admin_exec(admin_url, "DROP DATABASE IF EXISTS " + pg_name + " WITH (FORCE)");
    if (!err.empty()) ADD_FAILURE() << "cannot drop test database " << pg_name << ": " << err;
    pg_name.clear();
  }
}

TestDatabase make_test_database(std::string_view backend, const fw::store::OpenOptions& options) {
  TestDatabase td;
  td.backend = std::string(backend);
  const unsigned n = g_counter.fetch_add(1);
  if (backend == "sqlite") {
    std::string tmpl = (std::filesystem::temp_directory_path() / "fwt-XXXXXX").string();
    if (mkdtemp(tmpl.data()) == nullptr) {
      td.problem = "mkdtemp failed";
      ADD_FAILURE() << td.problem;
      return td;
    }
    td.temp_dir = tmpl;
    td.url = "sqlite:" + (td.temp_dir / "data" / "fachwerk.db").string();
  } else if (backend == "postgresql") {
    td.admin_url = env("FACHWERK_TEST_PG");
    if (td.admin_url.empty()) {
      td.problem =
          "FACHWERK_TEST_PG is not set: run the tests through scripts/with-postgres.sh "
          "(or set FACHWERK_TEST_ALLOW_NO_PG=1 to skip PostgreSQL locally)";
      if (env("FACHWERK_TEST_ALLOW_NO_PG") == "1") {
        td.skipped = true;
      } else {
        ADD_FAILURE() << td.problem;
      }
      return td;
    }
    const std::string name = "fwt_" + std::to_string(getpid()) + "_" + std::to_string(n);
    if (std::string err = admin_exec(td.admin_url, "CREATE DATABASE " + name); !err.empty()) {
      td.problem = "CREATE DATABASE " + name + " failed: " + err;
      ADD_FAILURE() << td.problem;
      return td;
    }
    td.pg_name = name;
    td.url = with_dbname(td.admin_url, name);
  } else {
    td.problem = "unknown backend " + td.backend;
    ADD_FAILURE() << td.problem;
    return td;
  }
  auto opened = fw::store::Database::open(td.url, options);
  if (!opened) {
    td.problem = "Database::open(" + td.url + "): " + opened.error().key + ": " + opened.error().detail;
    ADD_FAILURE() << td.problem;
    return td;
  }
  td.db = std::move(*opened);
  return td;
}

std::unique_ptr<fw::store::Database> reopen(const TestDatabase& td, const fw::store::OpenOptions& options) {
  auto opened = fw::store::Database::open(td.url, options);
  if (!opened) {
    ADD_FAILURE() << "reopen " << td.url << ": " << opened.error().detail;
    return nullptr;
  }
  return std::move(*opened);
}

std::string pg_admin_exec(const std::string& sql) {
  const std::string admin = env("FACHWERK_TEST_PG");
  if (admin.empty()) return "FACHWERK_TEST_PG is not set";
  return admin_exec(admin, sql);
}

}  // namespace fw::testing

#include "service/directory/organisation_import.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <map>

#include "core/csv.hpp"
#include "core/json.hpp"
#include "core/messages.hpp"
#include "service/audit/audit_log.hpp"
#include "service/authz.hpp"
#include "service/directory/import_columns.hpp"
#include "service/directory/networks.hpp"
#include "service/directory/organisations.hpp"

namespace fw::service {
namespace bj = boost::json;
namespace cols = import_columns;
namespace {

// Returned from inside the transaction to roll it back (dry run, rejected rows); never escapes.
constexpr std::string_view kRollBack = "import.rolled_back";

std::string place(const std::string& file, std::size_t line, std::string_view column = {}) {
  std::string p = file + ":" + std::to_string(line);
  if (!column.empty()) p += ":" + std::string(column);
  return p;
}

// The line a byte offset lies on (1-based).
std::size_t line_at(std::string_view text, std::size_t offset) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

// UTF-16 text (what Excel's "Unicode text" writes) has a BOM or a NUL beside every ASCII
// letter; csv::parse would only call it "not UTF-8", so name it. Other NULs mean a binary file.
bool looks_utf16(std::string_view text) {
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) return true;
  const std::size_t n = std::min<std::size_t>(text.size(), 256) & ~std::size_t{1};
  if (n < 4) return false;
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < n; ++i) (i % 2 ? odd : even) += text[i] == '\0';
  return even * 10 >= n / 2 * 9 || odd * 10 >= n / 2 * 9;
}

Result<void> check_bytes(std::string_view text, const std::string& file) {
  if (text.size() > kMaxImportBytes) {
    return fail(ErrorCode::payload_too_large, "import.too_large", file, std::to_string(kMaxImportBytes / (1024 * 1024)) + " MB");
  }
  if (looks_utf16(text)) return fail(ErrorCode::invalid_argument, "import.utf16", place(file, 1));
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    return fail(ErrorCode::invalid_argument, "import.binary", place(file, line_at(text, nul)));
  }
  return {};
}

// The separator is the more frequent of `;` and `,` in the header line (outside quotes).
Result<char> detect_separator(std::string_view text, const std::string& file) {
  if (text.starts_with(csv::kBom)) text.remove_prefix(csv::kBom.size());
  std::size_t semicolons = 0, commas = 0;
  bool quoted = false;
  for (char ch : text) {
    if (ch == '"') quoted = !quoted;
    if (quoted) continue;
    if (ch == '\n' || ch == '\r') break;
    semicolons += ch == ';';
    commas += ch == ',';
  }
  if (semicolons == 0 && commas == 0) return fail(ErrorCode::invalid_argument, "import.separator", place(file, 1));
  return semicolons >= commas ? ';' : ',';
}

struct Layout {
  std::vector<std::string> headers;
  std::map<std::string, std::size_t, std::less<>> column_of;  // field → column index
};

Result<Layout> map_columns(const std::vector<std::string>& header, const OrganisationImportOptions& o,
                           OrganisationImportReport& report) {
  Layout l;
  const auto at = place(o.file_name, 1);
  for (const auto& [column, field] : o.mapping) {
    bool found = false;
    for (const auto& h : header) found = found || cols::trim(h) == column;
    if (!found) return fail(ErrorCode::invalid_argument, "csv.missing_column", at, column);
  }
  for (std::size_t i = 0; i < header.size(); ++i) {
    const auto h = cols::trim(header[i]);
    l.headers.push_back(h);
    std::string field = cols::field_for_header(h);
    for (const auto& [column, mapped] : o.mapping) {
      if (column == h) field = mapped;
    }
    report.columns.emplace_back(h, field);
    if (field.empty()) {
      report.unknown_columns.push_back(h);
      continue;
    }
    if (!l.column_of.emplace(field, i).second) {
      return fail(ErrorCode::invalid_argument, "import.column_twice", place(o.file_name, 1, h), std::string(cols::label(field)));
    }
  }
  for (std::string_view required : {"name", "type"}) {
    if (!l.column_of.contains(required)) {
      return fail(ErrorCode::invalid_argument, "csv.missing_column", at, std::string(cols::label(required)));
    }
  }
  return l;
}

bool same_data(const OrganisationInput& a, const OrganisationInput& b) {
  return a.name == b.name && a.type == b.type && a.street == b.street && a.postcode == b.postcode && a.city == b.city &&
         a.website == b.website && a.email == b.email && a.kreis_ags == b.kreis_ags && a.size_class == b.size_class &&
         a.external_id == b.external_id;
}

struct Context {
  const Actor& actor;
  const OrganisationImportOptions& options;
  const Layout& layout;
};

// The non-empty cells of a row laid over `base` (a stored organisation, or nothing for a new one).
// Errors name the field; the caller turns that into the column.
Result<OrganisationInput> overlay(const Context& ctx, const csv::Record& rec, OrganisationInput base) {
  for (const auto& [field, index] : ctx.layout.column_of) {
    const std::string v = cols::trim(rec.fields[index]);
    if (v.empty()) continue;
    if (field == "name") base.name = v;
    else if (field == "type") {
      auto code = cols::type_code(v);
      if (!code) return fail(ErrorCode::invalid_argument, "directory.value_invalid", field, v);
      base.type = *code;
    } else if (field == "street") base.street = v;
    else if (field == "postcode") base.postcode = v;
    else if (field == "city") base.city = v;
    else if (field == "kreis_ags") base.kreis_ags = cols::kreis_ags(v);
    else if (field == "website") base.website = v;
    else if (field == "email") {
      if (v.find('@') == std::string::npos || v.find(' ') != std::string::npos) {
        return fail(ErrorCode::invalid_argument, "directory.value_invalid", field, v);
      }
      base.email = v;
    } else if (field == "external_id") base.external_id = v;
    else if (field == "size_class") {
      auto code = cols::size_class_code(v);
      if (!code) return fail(ErrorCode::invalid_argument, "directory.value_invalid", field, v);
      base.size_class = *code;
    }
  }
  return base;
}

// The stored organisation a row means: by external id, else e-mail, else name + postcode.
Result<std::pair<std::optional<std::int64_t>, std::string>> match(store::Connection& c, const OrganisationInput& in) {
  using Found = std::pair<std::optional<std::int64_t>, std::string>;
  if (in.external_id) {
    auto rows = FW_TRY(c.query("SELECT id FROM organisations WHERE external_id = ?", {*in.external_id}));
    if (!rows.empty()) return Found{rows[0].int_at(0), "external_id"};
  }
  // A weaker key must not take over an organisation that the source system knows by
  // another id: that would silently rewrite a different record.
  auto checked = [&](const store::Row& r, const char* rule) -> Result<Found> {
    const auto stored = r.opt_text(1);
    if (in.external_id && stored && !stored->empty() && *stored != *in.external_id) {
      return fail(ErrorCode::conflict, "import.external_id_differs", "external_id", *stored);
    }
    return Found{r.int_at(0), rule};
  };
  if (!in.email.empty()) {
    auto rows = FW_TRY(c.query("SELECT id, external_id FROM organisations WHERE lower(email) = lower(?) ORDER BY id",
                               {in.email}));
    if (rows.size() > 1) return fail(ErrorCode::conflict, "import.ambiguous", "email", in.email);
    if (!rows.empty()) return checked(rows[0], "email");
  }
  auto rows = FW_TRY(c.query("SELECT id, external_id FROM organisations WHERE name = ? AND postcode = ?",
                             {in.name, in.postcode}));
  if (!rows.empty()) return checked(rows[0], "name_postcode");
  return Found{std::nullopt, ""};
}

// Brings the organisation into the network as far as the actor's rights go: a coordinator
// invites (or approves a request); an admin, who may also answer for the organisation, makes it active.
Result<std::string> join_network(store::Connection& c, const Actor& actor, std::int64_t network, std::int64_t org) {
  auto status = FW_TRY(membership_status(c, network, org));
  if (status.empty() || status == "left") {
    FW_TRY(membership_step_in(c, actor, MembershipStep::invite, network, org, "partner", "Import"));
    status = "invited";
  }
  if (status == "requested") {
    FW_TRY(membership_step_in(c, actor, MembershipStep::approve, network, org, "partner", ""));
    status = "active";
  }
  if (status == "invited" && (actor.admin() || actor.is_organisation_editor(org))) {
    FW_TRY(membership_step_in(c, actor, MembershipStep::accept, network, org, "partner", ""));
    status = "active";
  }
  return status;
}

Result<ImportedRow> import_row(store::Connection& c, const Context& ctx, const csv::Record& rec) {
  ImportedRow row;
  row.line = rec.line;
  if (rec.fields.size() != ctx.layout.headers.size()) {
    return fail(ErrorCode::invalid_argument, "csv.field_count", "", std::to_string(rec.fields.size()));
  }
  auto in = FW_TRY(overlay(ctx, rec, {}));
  row.name = in.name;
  auto [id, matched_by] = FW_TRY(match(c, in));
  row.matched_by = matched_by;
  if (id) {
    auto stored = FW_TRY(load_organisation(c, *id));
    auto merged = FW_TRY(overlay(ctx, rec, stored.data));
    if (same_data(merged, stored.data)) {
      row.action = "unchanged";
    } else {
      FW_TRY(update_organisation_in(c, ctx.actor, *id, merged, false));
      row.action = "updated";
    }
  } else {
    if (in.name.empty()) return fail(ErrorCode::invalid_argument, "import.value_missing", "name");
    if (in.type.empty()) return fail(ErrorCode::invalid_argument, "import.value_missing", "type");
    id = FW_TRY(create_organisation_in(c, ctx.actor, in)).id;
    row.action = "created";
  }
  row.organisation_id = id;
  if (ctx.options.network_id) row.membership = FW_TRY(join_network(c, ctx.actor, *ctx.options.network_id, *id));
  return row;
}

// A row's fault as the report shows it: the column by its header, the cell, the place.
ImportProblem problem_of(const Context& ctx, const csv::Record& rec, Error err) {
  ImportProblem p;
  p.line = rec.line;
  auto it = ctx.layout.column_of.find(err.field);
  if (it != ctx.layout.column_of.end()) {
    p.column = ctx.layout.headers[it->second];
    p.value = it->second < rec.fields.size() ? rec.fields[it->second] : "";
  }
  err.field = place(ctx.options.file_name, rec.line, p.column);
  p.error = std::move(err);
  return p;
}

bool row_fault(const Error& e) {
  return e.code == ErrorCode::invalid_argument || e.code == ErrorCode::conflict ||
         e.code == ErrorCode::permission_denied || e.code == ErrorCode::not_found;
}

}  // namespace

Result<void> require_import_right(const Actor& actor, std::optional<std::int64_t> network_id) {
  FW_TRY_VOID(require_login(actor));
  if (actor.admin()) return {};
  if (!network_id) return fail(ErrorCode::permission_denied, "import.network_required", "network");
  return require_network_role(actor, *network_id, "coordinator");
}

Result<OrganisationImportReport> import_organisations(store::Database& db, const Actor& actor, std::string_view text,
                                                      const OrganisationImportOptions& options) {
  FW_TRY_VOID(require_import_right(actor, options.network_id));
  const auto& file = options.file_name;
  FW_TRY_VOID(check_bytes(text, file));
  OrganisationImportReport report;
  report.file_name = file;
  report.dry_run = options.dry_run;
  report.separator = FW_TRY(detect_separator(text, file));
  const auto records = FW_TRY(csv::parse(text, file, report.separator));
  if (records.empty()) return fail(ErrorCode::invalid_argument, "import.empty", place(file, 1));
  const auto layout = FW_TRY(map_columns(records[0].fields, options, report));
  if (records.size() < 2) return fail(ErrorCode::invalid_argument, "import.empty", place(file, 2));
  const Context ctx{actor, options, layout};

  auto outcome = store::transact(db, [&](store::Connection& c) -> Result<void> {
    if (options.network_id) {
      auto net = FW_TRY(c.query("SELECT 1 FROM networks WHERE id = ?", {*options.network_id}));
      if (net.empty()) return fail(ErrorCode::not_found, "directory.network_not_found", "network");
    }
    for (std::size_t i = 1; i < records.size(); ++i) {
      // A savepoint per row: a rejected row leaves no trace, and on PostgreSQL a failed
      // statement does not poison the rest of the transaction.
      FW_TRY(c.exec("SAVEPOINT fw_import_row"));
      auto row = import_row(c, ctx, records[i]);
      if (!row) {
        if (!row_fault(row.error())) return std::unexpected(row.error());
        FW_TRY(c.exec("ROLLBACK TO SAVEPOINT fw_import_row"));
        report.problems.push_back(problem_of(ctx, records[i], row.error()));
        report.rows.push_back({records[i].line, "rejected", std::nullopt, "", "", ""});
        ++report.rejected;
        continue;
      }
      FW_TRY(c.exec("RELEASE SAVEPOINT fw_import_row"));
      if (row->action == "created") ++report.created;
      else if (row->action == "updated") ++report.updated;
      else ++report.unchanged;
      report.rows.push_back(std::move(*row));
    }
    if (options.dry_run || (report.rejected > 0 && !options.skip_invalid)) {
      return fail(ErrorCode::internal, std::string(kRollBack));
    }
    bj::object summary{{"file", file},
                       {"created", report.created},
                       {"updated", report.updated},
                       {"unchanged", report.unchanged},
                       {"rejected", report.rejected}};
    summary["network_id"] = options.network_id ? bj::value(*options.network_id) : bj::value(nullptr);
    return record_audit(c, actor, {"import", "organisation", "", std::nullopt, json::dump(summary)});
  });
  if (!outcome && outcome.error().key != kRollBack) return std::unexpected(outcome.error());
  report.written = outcome.has_value();
  // Ids handed out inside a rolled-back transaction name nothing.
  if (!report.written) {
    for (auto& row : report.rows) {
      if (row.action == "created") row.organisation_id.reset();
    }
  }
  return report;
}

Result<ColumnMapping> parse_column_mapping(std::string_view text, const std::string& at) {
  ColumnMapping out;
  if (text.starts_with(csv::kBom)) text.remove_prefix(csv::kBom.size());
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find_first_of(",\n", start);
    if (end == std::string_view::npos) end = text.size();
    const auto entry = cols::trim(text.substr(start, end - start));
    start = end + 1;
    if (entry.empty() || entry[0] == '#' || entry == "\r") continue;
    const auto eq = entry.find('=');
    if (eq == std::string::npos) return fail(ErrorCode::invalid_argument, "import.mapping_invalid", at, entry);
    auto column = cols::trim(std::string_view(entry).substr(0, eq));
    auto field = cols::trim(std::string_view(entry).substr(eq + 1));
    if (!field.empty() && field.back() == '\r') field.pop_back();
    if (field == "-") field.clear();
    const auto& known = cols::fields();
    if (column.empty() || (!field.empty() && std::find(known.begin(), known.end(), field) == known.end())) {
      return fail(ErrorCode::invalid_argument, "import.mapping_invalid", at, entry);
    }
    out.emplace_back(std::move(column), std::move(field));
  }
  return out;
}

std::string import_problems_csv(const OrganisationImportReport& r, std::string_view lang) {
  std::string out(csv::kBom);
  csv::write_row(out, lang == "en" ? std::vector<std::string>{"line", "column", "value", "message"}
                                   : std::vector<std::string>{"Zeile", "Spalte", "Wert", "Meldung"});
  for (const auto& p : r.problems) {
    csv::write_row(out, {std::to_string(p.line), p.column, p.value, message_text(p.error, lang)});
  }
  return out;
}

bj::object import_report_json(const OrganisationImportReport& r, std::string_view lang) {
  bj::array columns, unknown, rows, problems;
  for (const auto& [column, field] : r.columns) {
    bj::object o{{"column", column}, {"field", field.empty() ? bj::value(nullptr) : bj::value(bj::string(field))}};
    columns.push_back(std::move(o));
  }
  for (const auto& u : r.unknown_columns) unknown.push_back(bj::string(u));
  for (const auto& row : r.rows) {
    bj::object o{{"line", row.line}, {"action", row.action}, {"name", row.name}, {"matched_by", row.matched_by},
                 {"membership", row.membership}};
    o["organisation_id"] = row.organisation_id ? bj::value(*row.organisation_id) : bj::value(nullptr);
    rows.push_back(std::move(o));
  }
  for (const auto& p : r.problems) {
    problems.push_back(bj::object{{"line", p.line}, {"column", p.column}, {"value", p.value},
                                  {"code", p.error.key}, {"message", message_text(p.error, lang)}});
  }
  return bj::object{{"file", r.file_name},
                    {"separator", std::string(1, r.separator)},
                    {"dry_run", r.dry_run},
                    {"written", r.written},
                    {"counts", bj::object{{"created", r.created}, {"updated", r.updated},
                                          {"unchanged", r.unchanged}, {"rejected", r.rejected}}},
                    {"columns", std::move(columns)},
                    {"unknown_columns", std::move(unknown)},
                    {"rows", std::move(rows)},
                    {"problems", std::move(problems)}};
}

}  // namespace fw::service

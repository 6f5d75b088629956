#include "service/export/table_writer.hpp"

#include <xlsxwriter.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "core/csv.hpp"
#include "search/german.hpp"

namespace fw::service::exporting {
namespace {

// A temporary file that is removed when it goes out of scope: libxlsxwriter 1.1.4 (Debian 12)
// can only write workbooks to files.
class TempFile {
 public:
  TempFile() {
    std::string pattern = (std::filesystem::temp_directory_path() / "fachwerk-export-XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd >= 0) {
      close(fd);
      path_ = pattern;
    }
  }
  ~TempFile() {
    if (!path_.empty()) std::remove(path_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Excel allows 31 characters and none of []:*?/\ in a sheet name.
std::string sheet_name(const std::string& title) {
  std::string s;
  for (char ch : title) {
    if (std::string_view("[]:*?/\\").find(ch) == std::string_view::npos) s += ch;
  }
  // Cut at 31 bytes without splitting a UTF-8 sequence.
  if (s.size() > 31) {
    std::size_t cut = 31;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s.resize(cut);
  }
  return s.empty() ? "Liste" : s;
}

std::unexpected<Error> xlsx_failed(lxw_error e) {
  return fail(ErrorCode::internal, "export.failed", {}, lxw_strerror(e));
}

}  // namespace

Result<Format> parse_format(std::string_view value, const std::string& field) {
  if (value == "csv") return Format::csv;
  if (value == "xlsx") return Format::xlsx;
  return fail(ErrorCode::invalid_argument, "query.invalid", field, "csv, xlsx");
}

std::string to_csv(const Table& table, bool bom) {
  std::string out = bom ? std::string(csv::kBom) : std::string();
  std::vector<std::string> header;
  for (const auto& c : table.columns) header.push_back(c.title);
  csv::write_row(out, header);
  for (const auto& row : table.rows) csv::write_row(out, row);
  return out;
}

Result<std::string> to_xlsx(const Table& table) {
  TempFile file;
  if (file.path().empty()) return fail(ErrorCode::internal, "export.failed", {}, "no temporary file");
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;  // rows stream to disk: large lists need little memory
  options.tmpdir = nullptr;
  lxw_workbook* wb = workbook_new_opt(file.path().c_str(), &options);
  if (!wb) return fail(ErrorCode::internal, "export.failed", {}, "workbook_new");
  const auto name = sheet_name(table.title);
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), table.columns[c].title.c_str(), bold);
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto row = static_cast<lxw_row_t>(r + 1);
    for (std::size_t c = 0; c < table.columns.size() && c < table.rows[r].size(); ++c) {
      const auto& cell = table.rows[r][c];
      const auto col = static_cast<lxw_col_t>(c);
      if (cell.empty()) continue;
      char* end = nullptr;
      const double number = table.columns[c].numeric ? std::strtod(cell.c_str(), &end) : 0;
      if (table.columns[c].numeric && end && *end == '\0') {
        worksheet_write_number(ws, row, col, number, nullptr);
      } else {
        // write_string never evaluates: "=SUMME(…)" stays text.
        worksheet_write_string(ws, row, col, cell.c_str(), nullptr);
      }
    }
  }
  worksheet_freeze_panes(ws, 1, 0);
  if (const auto e = workbook_close(wb); e != LXW_NO_ERROR) return xlsx_failed(e);
  std::ifstream in(file.path(), std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Result<std::string> write_table(const Table& table, Format format) {
  if (format == Format::csv) return to_csv(table);
  return to_xlsx(table);
}

std::string_view content_type(Format format) {
  return format == Format::csv ? "text/csv; charset=utf-8"
                               : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

std::string content_disposition(const std::string& title, Format format, std::string_view date) {
  const std::string ext = format == Format::csv ? ".csv" : ".xlsx";
  const std::string name = title + "-" + std::string(date) + ext;
  // ASCII fallback: the folded title with hyphens ("Suchergebnisse", "Mitglieder-fka-ow").
  std::string ascii;
  for (char ch : search::fold(title)) ascii += ch == ' ' ? '-' : ch;
  if (ascii.empty()) ascii = "export";
  std::string encoded;
  for (unsigned char ch : name) {
    if (std::isalnum(ch) || ch == '-' || ch == '.' || ch == '_') {
      encoded += static_cast<char>(ch);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", ch);
      encoded += buf;
    }
  }
  return "attachment; filename=\"" + ascii + "-" + std::string(date) + ext + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace fw::service::exporting

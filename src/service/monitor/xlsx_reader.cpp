#include "service/monitor/xlsx_reader.hpp"

#include <expat.h>
#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <type_traits>

namespace fw::service::monitor_data {
namespace {

constexpr zip_uint64_t kMaxEntry = 256u << 20;  // 256 MiB uncompressed per part
// Grid cells a sheet may allocate (cell references far apart or huge merged ranges would
// otherwise make a small file allocate gigabytes).
constexpr std::size_t kMaxCells = 10'000'000;  // a national Kreis × group × level table has ≈ 5 million

// Grows the grid to hold (r, c) within the budget; false when the budget is exhausted.
bool reserve_cell(XlsxSheet& sheet, std::size_t r, std::size_t c, std::size_t& used) {
  auto& rows = sheet.rows;
  if (rows.size() <= r) {
    used += r + 1 - rows.size();
    if (used > kMaxCells) return false;
    rows.resize(r + 1);
  }
  if (rows[r].size() <= c) {
    used += c + 1 - rows[r].size();
    if (used > kMaxCells) return false;
    rows[r].resize(c + 1);
  }
  return true;
}

std::string_view local(const XML_Char* name) {
  std::string_view n(name);
  const auto colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

const XML_Char* attribute(const XML_Char** attrs, std::string_view name) {
  for (int i = 0; attrs[i]; i += 2) {
    if (local(attrs[i]) == name) return attrs[i + 1];
  }
  return nullptr;
}

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};

class Archive {
 public:
  Archive(std::string_view bytes, std::string file) : file_(std::move(file)) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    if (src) {
      zip_.reset(zip_open_from_source(src, ZIP_RDONLY, &err));
      if (!zip_) zip_source_free(src);
    }
    zip_error_fini(&err);
  }
  bool ok() const { return zip_ != nullptr; }
  bool has(const std::string& name) const {
    zip_stat_t st;
    return zip_stat(zip_.get(), name.c_str(), 0, &st) == 0;
  }
  Result<std::string> read(const std::string& name) const {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip_.get(), name.c_str(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
      return fail(ErrorCode::invalid_argument, "monitor.bad_file", file_ + ":" + name, "Teil fehlt");
    }
    if (st.size > kMaxEntry) return fail(ErrorCode::invalid_argument, "monitor.bad_file", file_ + ":" + name, "zu groß");
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen(zip_.get(), name.c_str(), 0), zip_fclose);
    if (!f) return fail(ErrorCode::invalid_argument, "monitor.bad_file", file_ + ":" + name, "nicht lesbar");
    std::string out(static_cast<std::size_t>(st.size), '\0');
    const auto n = zip_fread(f.get(), out.data(), st.size);
    if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
      return fail(ErrorCode::invalid_argument, "monitor.bad_file", file_ + ":" + name, "beschädigt");
    }
    return out;
  }

 private:
  std::string file_;
  std::unique_ptr<zip_t, ZipCloser> zip_;
};

// Runs expat over a document with the given handlers; `self` is passed as user data.
template <class Handler>
Result<void> parse_xml(const std::string& xml, Handler& self, const std::string& where) {
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, void (*)(XML_Parser)> p(XML_ParserCreate(nullptr), XML_ParserFree);
  XML_SetUserData(p.get(), &self);
  XML_SetElementHandler(
      p.get(), [](void* u, const XML_Char* n, const XML_Char** a) { static_cast<Handler*>(u)->start(local(n), a); },
      [](void* u, const XML_Char* n) { static_cast<Handler*>(u)->end(local(n)); });
  XML_SetCharacterDataHandler(p.get(), [](void* u, const XML_Char* s, int len) {
    static_cast<Handler*>(u)->text(std::string_view(s, static_cast<std::size_t>(len)));
  });
  if (XML_Parse(p.get(), xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_ERROR) {
    return fail(ErrorCode::invalid_argument, "monitor.bad_file", where,
                std::string(XML_ErrorString(XML_GetErrorCode(p.get()))) + " (XML-Zeile " +
                    std::to_string(XML_GetCurrentLineNumber(p.get())) + ")");
  }
  return {};
}

struct SharedStrings {
  std::vector<std::string> items;
  bool in_si = false, in_t = false, in_rph = false;
  void start(std::string_view n, const XML_Char**) {
    if (n == "si") {
      in_si = true;
      items.emplace_back();
    } else if (n == "t" && in_si && !in_rph) {
      in_t = true;
    } else if (n == "rPh") {
      in_rph = true;  // phonetic hints are not part of the text
    }
  }
  void end(std::string_view n) {
    if (n == "si") in_si = false;
    if (n == "t") in_t = false;
    if (n == "rPh") in_rph = false;
  }
  void text(std::string_view s) {
    if (in_t) items.back() += s;
  }
};

struct Workbook {
  std::vector<std::pair<std::string, std::string>> sheets;  // name, relationship id
  void start(std::string_view n, const XML_Char** a) {
    if (n != "sheet") return;
    const auto* name = attribute(a, "name");
    const auto* id = attribute(a, "id");
    if (name && id) sheets.emplace_back(name, id);
  }
  void end(std::string_view) {}
  void text(std::string_view) {}
};

struct Relationships {
  std::map<std::string, std::string> target;
  void start(std::string_view n, const XML_Char** a) {
    if (n != "Relationship") return;
    const auto* id = attribute(a, "Id");
    const auto* t = attribute(a, "Target");
    if (id && t) target[id] = t;
  }
  void end(std::string_view) {}
  void text(std::string_view) {}
};

// A stored number ("1234.5", "1.5E-3") as a German table cell ("1234,5"), so that one parser
// (parse_ba_value: decimal comma, dot = thousands) reads typed and text cells alike.
std::string german_number(const std::string& v) {
  char* end = nullptr;
  const double d = std::strtod(v.c_str(), &end);
  if (end == v.c_str() || *end != '\0') return v;  // not a number after all: leave as text
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", d);
  std::string out(buf);
  if (out.find_first_of("eE") != std::string::npos) {
    std::snprintf(buf, sizeof buf, "%.9f", d);
    out = buf;
  }
  for (auto& ch : out) {
    if (ch == '.') ch = ',';
  }
  return out;
}

// "B12" → (11, 1); false if malformed.
bool parse_ref(std::string_view ref, std::size_t& row, std::size_t& col) {
  std::size_t i = 0, c = 0, r = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z') c = c * 26 + static_cast<std::size_t>(ref[i++] - 'A' + 1);
  const std::size_t letters = i;
  while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9') r = r * 10 + static_cast<std::size_t>(ref[i++] - '0');
  if (letters == 0 || letters > 3 || i != ref.size() || r == 0 || r > 1048576) return false;
  row = r - 1;
  col = c - 1;
  return true;
}

struct SheetParser {
  const std::vector<std::string>* shared = nullptr;
  XlsxSheet* sheet = nullptr;
  std::vector<std::pair<std::string, std::string>> merges;  // "A5", "A9"
  std::size_t next_row = 0, row = 0, col = 0, cells = 0;
  std::string type, value;
  bool in_v = false, in_t = false, in_cell = false, bad = false;

  void start(std::string_view n, const XML_Char** a) {
    if (n == "row") {
      const auto* r = attribute(a, "r");
      row = r ? static_cast<std::size_t>(std::strtoul(r, nullptr, 10)) - 1 : next_row;
      if (row > 1048575) bad = true;
      next_row = row + 1;
      col = 0;
    } else if (n == "c") {
      in_cell = true;
      value.clear();
      const auto* t = attribute(a, "t");
      type = t ? t : "n";
      if (const auto* r = attribute(a, "r")) {
        std::size_t rr = 0;
        if (!parse_ref(r, rr, col)) bad = true;
      }
    } else if (n == "v" && in_cell) {
      in_v = true;
    } else if (n == "t" && in_cell) {
      in_t = true;
    } else if (n == "mergeCell") {
      if (const auto* ref = attribute(a, "ref")) {
        std::string_view s(ref);
        const auto colon = s.find(':');
        if (colon != std::string_view::npos) merges.emplace_back(s.substr(0, colon), s.substr(colon + 1));
      }
    }
  }
  void end(std::string_view n) {
    if (n == "v") in_v = false;
    if (n == "t") in_t = false;
    if (n == "c" && in_cell) {
      in_cell = false;
      if (bad) return;
      std::string text = value;
      if (type == "s") {
        const auto i = std::strtoul(value.c_str(), nullptr, 10);
        if (value.empty() || i >= shared->size()) {
          bad = true;
          return;
        }
        text = (*shared)[i];
      } else if (type == "b") {
        text = value == "1" ? "WAHR" : "FALSCH";
      } else if (type == "n" && !value.empty()) {
        text = german_number(value);
      }
      if (!reserve_cell(*sheet, row, col, cells)) {
        bad = true;
        return;
      }
      sheet->rows[row][col] = std::move(text);
      ++col;
    }
  }
  void text(std::string_view s) {
    if (in_v || in_t) value += s;
  }
};

// False when the merged ranges exceed the cell budget.
bool fill_merges(XlsxSheet& sheet, const std::vector<std::pair<std::string, std::string>>& merges, std::size_t& cells) {
  for (const auto& [from, to] : merges) {
    std::size_t r0 = 0, c0 = 0, r1 = 0, c1 = 0;
    if (!parse_ref(from, r0, c0) || !parse_ref(to, r1, c1) || r1 < r0 || c1 < c0) continue;
    if ((r1 - r0 + 1) * (c1 - c0 + 1) > kMaxCells - std::min(cells, kMaxCells)) return false;
    const std::string v = sheet.cell(r0, c0);
    for (std::size_t r = r0; r <= r1; ++r) {
      for (std::size_t c = c0; c <= c1; ++c) {
        if (!reserve_cell(sheet, r, c, cells)) return false;
        sheet.rows[r][c] = v;
      }
    }
  }
  return true;
}

}  // namespace

const std::string& XlsxSheet::cell(std::size_t r, std::size_t c) const {
  static const std::string empty;
  if (r >= rows.size() || c >= rows[r].size()) return empty;
  return rows[r][c];
}

std::string column_letter(std::size_t c) {
  std::string s;
  for (++c; c > 0; c = (c - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
  return s;
}

Result<std::vector<XlsxSheet>> read_xlsx(std::string_view bytes, const std::string& file) {
  Archive zip(bytes, file);
  if (!zip.ok()) return fail(ErrorCode::invalid_argument, "monitor.bad_file", file, "keine XLSX-Datei (ZIP)");
  SharedStrings strings;
  if (zip.has("xl/sharedStrings.xml")) {
    FW_TRY_VOID(parse_xml(FW_TRY(zip.read("xl/sharedStrings.xml")), strings, file + ":xl/sharedStrings.xml"));
  }
  Workbook book;
  FW_TRY_VOID(parse_xml(FW_TRY(zip.read("xl/workbook.xml")), book, file + ":xl/workbook.xml"));
  Relationships rels;
  FW_TRY_VOID(parse_xml(FW_TRY(zip.read("xl/_rels/workbook.xml.rels")), rels, file + ":xl/_rels/workbook.xml.rels"));
  std::vector<XlsxSheet> out;
  for (const auto& [name, id] : book.sheets) {
    auto it = rels.target.find(id);
    if (it == rels.target.end()) return fail(ErrorCode::invalid_argument, "monitor.bad_file", file + ":" + name, "Blatt ohne Ziel");
    std::string path = it->second;
    if (path.starts_with("/")) {
      path.erase(0, 1);
    } else {
      path = "xl/" + path;
    }
    XlsxSheet sheet;
    sheet.name = name;
    SheetParser parser;
    parser.shared = &strings.items;
    parser.sheet = &sheet;
    FW_TRY_VOID(parse_xml(FW_TRY(zip.read(path)), parser, file + ":" + name));
    if (parser.bad) {
      return fail(ErrorCode::invalid_argument, "monitor.bad_file", file + ":" + name, "ungültiger Zellbezug oder zu viele Zellen");
    }
    if (!fill_merges(sheet, parser.merges, parser.cells)) {
      return fail(ErrorCode::invalid_argument, "monitor.bad_file", file + ":" + name, "zu viele Zellen");
    }
    out.push_back(std::move(sheet));
  }
  return out;
}

}  // namespace fw::service::monitor_data

#include "core/csv.hpp"

namespace fw::csv {
namespace {

bool valid_utf8(std::string_view s, std::size_t& bad_at) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) {
      bad_at = i;
      return false;
    }
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) {
        bad_at = i;
        return false;
      }
    }
    i += n;
  }
  return true;
}

}  // namespace

void write_row(std::string& out, const std::vector<std::string>& fields, char sep) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out += sep;
    const auto& f = fields[i];
    // A leading = + - @ would make a spreadsheet evaluate the cell: prefix with ' (CSV injection).
    const bool formula = !f.empty() && (f[0] == '=' || f[0] == '+' || f[0] == '-' || f[0] == '@');
    const bool quote = formula || f.find_first_of(std::string("\"\r\n") + sep) != std::string::npos;
    if (!quote) {
      out += f;
      continue;
    }
    out += '"';
    if (formula) out += '\'';
    for (char ch : f) {
      if (ch == '"') out += '"';
      out += ch;
    }
    out += '"';
  }
  out += "\r\n";
}

Result<std::vector<Record>> parse(std::string_view text, std::string_view name, char sep) {
  if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
  std::size_t bad = 0;
  if (!valid_utf8(text, bad)) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < bad; ++i) line += text[i] == '\n';
    return fail(ErrorCode::invalid_argument, "csv.encoding", std::string(name) + ":" + std::to_string(line));
  }
  std::vector<Record> out;
  Record rec;
  std::string field;
  std::size_t line = 1;
  bool in_quotes = false, field_started = false, row_has_content = false;
  rec.line = 1;
  auto end_field = [&] {
    rec.fields.push_back(std::move(field));
    field.clear();
    field_started = false;
  };
  auto end_row = [&] {
    end_field();
    if (row_has_content) out.push_back(std::move(rec));
    rec = Record{};
    rec.line = line;
    row_has_content = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (in_quotes) {
      if (ch == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (ch == '\n') ++line;
        field += ch;
      }
      continue;
    }
    if (ch == '"' && !field_started) {
      in_quotes = field_started = row_has_content = true;
    } else if (ch == sep) {
      end_field();
      row_has_content = true;
    } else if (ch == '\r') {
      // CR of CRLF; a lone CR is treated as a line end as well.
      if (i + 1 >= text.size() || text[i + 1] != '\n') {
        ++line;
        end_row();
      }
    } else if (ch == '\n') {
      ++line;
      end_row();
    } else {
      field += ch;
      field_started = row_has_content = true;
    }
  }
  if (in_quotes) return fail(ErrorCode::invalid_argument, "csv.unterminated_quote", std::string(name) + ":" + std::to_string(rec.line));
  if (field_started || row_has_content || !rec.fields.empty()) end_row();
  return out;
}

}  // namespace fw::csv

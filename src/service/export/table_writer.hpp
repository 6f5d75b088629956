// Writes a Table as CSV (UTF-8, `;`, CRLF, BOM for Excel; cells that would start a formula
// are defused, see core/csv.hpp) or as an XLSX workbook with one sheet (libxlsxwriter, linked
// only into this small library). Both return the file's bytes.
#pragma once

#include <string>
#include <string_view>

#include "core/result.hpp"
#include "service/export/table.hpp"

namespace fw::service::exporting {

enum class Format { csv, xlsx };

// "csv" | "xlsx" → format; anything else → invalid_argument "query.invalid" naming `field`.
Result<Format> parse_format(std::string_view value, const std::string& field = "format");

std::string to_csv(const Table& table, bool bom = true);
Result<std::string> to_xlsx(const Table& table);
Result<std::string> write_table(const Table& table, Format format);

// "text/csv; charset=utf-8" or the XLSX media type.
std::string_view content_type(Format format);
// attachment; filename="Suchergebnisse-2026-11-25.csv" with an ASCII fallback and the
// UTF-8 name per RFC 6266/5987 (umlauts survive in every browser).
std::string content_disposition(const std::string& title, Format format, std::string_view date);

}  // namespace fw::service::exporting

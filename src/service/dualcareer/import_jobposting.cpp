// schema.org JobPosting as JSON-LD: one object, an array, an @graph, or embedded in HTML as
// <script type="application/ld+json"> blocks (what Google for Jobs reads).
#include <boost/json.hpp>
#include <cctype>

#include "service/dualcareer/import_common.hpp"
#include "service/dualcareer/vacancy_import.hpp"

namespace fw::service {
namespace bj = boost::json;
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The JSON texts of the file: the file itself if it is JSON, else every ld+json script block.
std::vector<std::string_view> json_blocks(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first != std::string_view::npos && (text[first] == '{' || text[first] == '[')) return {text};
  std::vector<std::string_view> out;
  const std::string low = lower(text);
  for (std::size_t pos = low.find("<script"); pos != std::string::npos; pos = low.find("<script", pos + 7)) {
    const auto tag_end = low.find('>', pos);
    if (tag_end == std::string::npos) break;
    if (low.substr(pos, tag_end - pos).find("application/ld+json") == std::string::npos) continue;
    const auto close = low.find("</script", tag_end);
    if (close == std::string::npos) break;
    out.push_back(text.substr(tag_end + 1, close - tag_end - 1));
  }
  return out;
}

bool is_job_posting(const bj::object& o) {
  auto it = o.find("@type");
  if (it == o.end()) return false;
  if (it->value().is_string()) return it->value().as_string() == "JobPosting";
  if (it->value().is_array()) {
    for (const auto& t : it->value().as_array()) {
      if (t.is_string() && t.as_string() == "JobPosting") return true;
    }
  }
  return false;
}

void collect(const bj::value& v, std::vector<const bj::object*>& out) {
  if (v.is_array()) {
    for (const auto& x : v.as_array()) collect(x, out);
  } else if (v.is_object()) {
    const auto& o = v.as_object();
    if (is_job_posting(o)) out.push_back(&o);
    if (auto g = o.find("@graph"); g != o.end()) collect(g->value(), out);
  }
}

std::optional<std::string> text_of(const bj::value* v) {
  if (!v) return std::nullopt;
  if (v->is_string()) return clean_text(v->as_string());
  if (v->is_int64()) return std::to_string(v->as_int64());
  if (v->is_object()) {  // PropertyValue {value}, Organization {name}, CategoryCode {codeValue}
    for (const char* key : {"value", "name", "codeValue"}) {
      if (auto r = text_of(v->as_object().if_contains(key))) return r;
    }
  }
  if (v->is_array() && !v->as_array().empty()) return text_of(&v->as_array()[0]);
  return std::nullopt;
}

std::optional<double> number_of(const bj::value* v) {
  if (!v) return std::nullopt;
  if (v->is_double()) return v->as_double();
  if (v->is_int64()) return static_cast<double>(v->as_int64());
  if (v->is_string()) {
    try {
      return std::stod(std::string(v->as_string()));
    } catch (const std::exception&) {
    }
  }
  return std::nullopt;
}

std::vector<const bj::value*> list_of(const bj::value* v) {
  std::vector<const bj::value*> out;
  if (!v) return out;
  if (v->is_array()) {
    for (const auto& x : v->as_array()) out.push_back(&x);
  } else {
    out.push_back(v);
  }
  return out;
}

ImportRecord map_posting(const bj::object& o, const std::string& place, const ImportDefaults& d, OccupationCache& occupations) {
  ImportRecord rec;
  rec.place = place;
  VacancyInput in = defaults_input(d, "jobposting");
  in.source_ref = text_of(o.if_contains("identifier"));
  if (!in.source_ref) in.source_ref = text_of(o.if_contains("url"));
  if (!in.source_ref) return reject(std::move(rec), "import.field_missing", "identifier");
  auto title = text_of(o.if_contains("title"));
  if (!title) return reject(std::move(rec), "import.field_missing", "title");
  in.title = strip_html(*title);
  auto employer = text_of(o.if_contains("hiringOrganization"));
  if (!employer) return reject(std::move(rec), "import.field_missing", "hiringOrganization");
  in.employer_name = *employer;

  std::optional<std::string> code;
  for (const auto* c : list_of(o.if_contains("occupationalCategory"))) {
    if (auto t = text_of(c); t && !code) code = kldb_from_code_text(*t);
  }
  if (!code) code = occupations.lookup(in.title);
  if (!code) return reject(std::move(rec), "import.kldb_unmapped", "occupationalCategory", in.title);
  in.kldb = *code;

  const auto locations = list_of(o.if_contains("jobLocation"));
  for (std::size_t i = 0; i < locations.size(); ++i) {
    const std::string at = "jobLocation[" + std::to_string(i) + "]";
    if (!locations[i]->is_object()) return reject(std::move(rec), "import.field_missing", at);
    const auto& loc = locations[i]->as_object();
    const bj::value* geo = loc.if_contains("geo");
    const auto lat = number_of(geo && geo->is_object() ? geo->as_object().if_contains("latitude") : nullptr);
    const auto lon = number_of(geo && geo->is_object() ? geo->as_object().if_contains("longitude") : nullptr);
    if (!lat || !lon) return reject(std::move(rec), "import.field_missing", at + ".geo");
    std::string label;
    if (const auto* a = loc.if_contains("address"); a && a->is_object()) {
      label = text_of(a->as_object().if_contains("postalCode")).value_or("");
      if (auto city = text_of(a->as_object().if_contains("addressLocality"))) label += (label.empty() ? "" : " ") + *city;
    }
    in.locations.push_back({*lat, *lon, label});
  }
  if (in.locations.empty()) return reject(std::move(rec), "import.field_missing", "jobLocation");

  for (const auto* t : list_of(o.if_contains("employmentType"))) {
    const auto s = text_of(t).value_or("");
    if (s == "FULL_TIME") in.working_time.emplace_back("vollzeit");
    if (s == "PART_TIME") in.working_time.emplace_back("teilzeit");
    if (s == "TEMPORARY") in.contract = "befristet";
  }
  if (text_of(o.if_contains("jobLocationType")).value_or("") == "TELECOMMUTE") in.working_time.emplace_back("homeoffice");
  if (auto p = text_of(o.if_contains("datePosted"))) in.published_on = date_part(*p);
  if (auto v = text_of(o.if_contains("validThrough"))) in.expires_on = date_part(*v);
  if (auto s = text_of(o.if_contains("jobStartDate"))) in.start_date = date_part(*s);
  rec.input = std::move(in);
  return rec;
}

}  // namespace

Result<std::vector<ImportRecord>> read_jobposting(std::string_view text, std::string_view name, const ImportDefaults& d) {
  const auto blocks = json_blocks(text);
  if (blocks.empty()) return fail(ErrorCode::invalid_argument, "import.malformed", std::string(name), "no JSON-LD found");
  std::vector<bj::value> docs;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    boost::system::error_code ec;
    docs.push_back(bj::parse(blocks[b], ec));
    if (ec) {
      return fail(ErrorCode::invalid_argument, "import.malformed",
                  std::string(name) + (blocks.size() > 1 ? ":script " + std::to_string(b + 1) : ""), ec.message());
    }
  }
  std::vector<const bj::object*> postings;
  for (const auto& doc : docs) collect(doc, postings);
  if (postings.empty()) return fail(ErrorCode::invalid_argument, "import.malformed", std::string(name), "no JobPosting");
  std::vector<ImportRecord> out;
  OccupationCache occupations;
  for (std::size_t i = 0; i < postings.size(); ++i) {
    out.push_back(map_posting(*postings[i], std::string(name) + ":record " + std::to_string(i + 1), d, occupations));
  }
  return out;
}

}  // namespace fw::service

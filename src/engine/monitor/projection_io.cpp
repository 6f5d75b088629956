#include "engine/monitor/projection_io.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <fstream>

namespace fw::monitor {

namespace {

static_assert(std::endian::native == std::endian::little, "the file format is little-endian");

constexpr char kInputMagic[9] = "FWPROJ01";
constexpr char kOutputMagic[9] = "FWRES001";

void put_ints(std::ofstream& f, std::initializer_list<std::int32_t> v) {
  for (std::int32_t x : v) f.write(reinterpret_cast<const char*>(&x), sizeof x);
}
void put_text(std::ofstream& f, const std::string& s) {
  std::array<char, 8> buf{};
  std::memcpy(buf.data(), s.data(), std::min<std::size_t>(s.size(), buf.size()));
  f.write(buf.data(), buf.size());
}
template <class Vector>
void put_doubles(std::ofstream& f, const Vector& v) {
  f.write(reinterpret_cast<const char*>(v.data()), static_cast<std::streamsize>(v.size() * sizeof(double)));
}

Result<void> get(std::ifstream& f, void* dst, std::size_t bytes, const std::string& path) {
  f.read(static_cast<char*>(dst), static_cast<std::streamsize>(bytes));
  if (!f) return fail(ErrorCode::invalid_argument, "monitor.bad_file", path, "truncated");
  return {};
}
Result<void> get_doubles(std::ifstream& f, std::vector<double>& v, std::size_t n, const std::string& path) {
  v.resize(n);
  return get(f, v.data(), n * sizeof(double), path);
}

}  // namespace

Result<void> write_projection_input(const ProjectionInput& in, const std::string& path) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) return fail(ErrorCode::unavailable, "monitor.io_failed", path);
  f.write(kInputMagic, 8);
  put_ints(f, {static_cast<std::int32_t>(in.kreise.size()), static_cast<std::int32_t>(in.groups.size()), kLevels, kAges,
               in.growth_years, in.base_year, in.synthetic ? 1 : 0, 0});
  for (const auto& k : in.kreise) put_text(f, k);
  for (const auto& g : in.groups) put_text(f, g);
  for (const auto* v :
       {&in.stock, &in.female_share, &in.demand0, &in.entrants, &in.net_migration, &in.mortality, &in.retirement,
        &in.entry_profile, &in.migration_profile, &in.growth, &in.participation_women, &in.participation_all}) {
    put_doubles(f, *v);
  }
  f.close();
  if (!f) return fail(ErrorCode::unavailable, "monitor.io_failed", path);
  return {};
}

Result<ProjectionInput> read_projection_input(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return fail(ErrorCode::not_found, "monitor.file_missing", path);
  char magic[8];
  FW_TRY_VOID(get(f, magic, 8, path));
  if (std::memcmp(magic, kInputMagic, 8) != 0)
    return fail(ErrorCode::invalid_argument, "monitor.bad_file", path, "magic");
  std::int32_t h[8];
  FW_TRY_VOID(get(f, h, sizeof h, path));
  const auto [K, G, L, A, H] = std::array<std::int32_t, 5>{h[0], h[1], h[2], h[3], h[4]};
  if (K <= 0 || G <= 0 || L != kLevels || A != kAges || H <= 0 || K > 100000 || G > 100000 || H > 200) {
    return fail(ErrorCode::invalid_argument, "monitor.bad_file", path, "header");
  }
  ProjectionInput in;
  in.growth_years = H;
  in.base_year = h[5];
  in.synthetic = h[6] != 0;
  auto text = [&](std::vector<std::string>& out, std::int32_t n) -> Result<void> {
    for (std::int32_t i = 0; i < n; ++i) {
      std::array<char, 8> buf{};
      FW_TRY_VOID(get(f, buf.data(), buf.size(), path));
      out.emplace_back(buf.data(), strnlen(buf.data(), buf.size()));
    }
    return {};
  };
  FW_TRY_VOID(text(in.kreise, K));
  FW_TRY_VOID(text(in.groups, G));
  const std::size_t R = static_cast<std::size_t>(K) * static_cast<std::size_t>(G) * kLevels;
  const std::size_t GLA = static_cast<std::size_t>(G) * kLevels * kAges;
  FW_TRY_VOID(get_doubles(f, in.stock, R * kAges, path));
  FW_TRY_VOID(get_doubles(f, in.female_share, R, path));
  FW_TRY_VOID(get_doubles(f, in.demand0, R, path));
  FW_TRY_VOID(get_doubles(f, in.entrants, R, path));
  FW_TRY_VOID(get_doubles(f, in.net_migration, R, path));
  FW_TRY_VOID(get_doubles(f, in.mortality, kAges, path));
  FW_TRY_VOID(get_doubles(f, in.retirement, GLA, path));
  FW_TRY_VOID(get_doubles(f, in.entry_profile, kLevels * kAges, path));
  FW_TRY_VOID(get_doubles(f, in.migration_profile, kAges, path));
  FW_TRY_VOID(get_doubles(f, in.growth, static_cast<std::size_t>(G) * static_cast<std::size_t>(H + 1), path));
  FW_TRY_VOID(get_doubles(f, in.participation_women, kAges, path));
  FW_TRY_VOID(get_doubles(f, in.participation_all, kAges, path));
  in.source = in.synthetic ? "SYNTHETISCH (aus " + path + ")" : path;
  FW_TRY_VOID(in.validate());
  return in;
}

Result<void> write_projection_output(const ProjectionOutput& out, const std::string& path) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) return fail(ErrorCode::unavailable, "monitor.io_failed", path);
  f.write(kOutputMagic, 8);
  const std::size_t points = out.points();
  put_ints(
      f, {static_cast<std::int32_t>(out.supply.size() / points), static_cast<std::int32_t>(points), out.base_year, 0});
  put_doubles(f, out.supply);
  put_doubles(f, out.exits);
  put_doubles(f, out.demand);
  f.close();
  if (!f) return fail(ErrorCode::unavailable, "monitor.io_failed", path);
  return {};
}

}  // namespace fw::monitor

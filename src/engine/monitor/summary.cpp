#include "engine/monitor/summary.hpp"

#include <map>
#include <utility>

#include "engine/monitor/codes.hpp"

namespace fw::monitor {

std::vector<Series> summarize(const ProjectionInput& in, const ProjectionOutput& out, std::size_t digits,
                              bool by_level) {
  const std::size_t TT = out.points(), GL = in.rows_per_kreis();
  std::map<std::pair<std::string, int>, Series> acc;
  for (std::size_t i = 0; i < out.kreise.size(); ++i) {
    for (std::size_t gl = 0; gl < GL; ++gl) {
      const std::string& code = in.groups[gl / kLevels];
      std::string prefix = code.substr(0, std::min(digits, code.size()));
      const int level = by_level ? static_cast<int>(gl % kLevels) + 1 : 0;
      Series& s = acc[{prefix, level}];
      if (s.supply.empty()) {
        s.occupation = prefix;
        s.level = level;
        s.supply.assign(TT, 0.0);
        s.demand.assign(TT, 0.0);
        s.exits.assign(TT, 0.0);
      }
      const std::size_t o = (i * GL + gl) * TT;
      for (std::size_t t = 0; t < TT; ++t) {
        s.supply[t] += out.supply[o + t];
        s.demand[t] += out.demand[o + t];
        s.exits[t] += out.exits[o + t];
      }
    }
  }
  std::vector<Series> result;
  result.reserve(acc.size());
  for (auto& [key, s] : acc) result.push_back(std::move(s));
  return result;
}

std::vector<std::optional<double>> gap_pct_by_kreis(const ProjectionInput& in, const ProjectionOutput& out,
                                                    const std::string& prefix, int level, std::size_t t) {
  const std::size_t TT = out.points(), GL = in.rows_per_kreis();
  std::vector<std::optional<double>> result;
  result.reserve(out.kreise.size());
  for (std::size_t i = 0; i < out.kreise.size(); ++i) {
    double supply = 0, demand = 0;
    for (std::size_t gl = 0; gl < GL; ++gl) {
      if (!kldb_contains(prefix, in.groups[gl / kLevels])) continue;
      if (level != 0 && static_cast<int>(gl % kLevels) + 1 != level) continue;
      supply += out.supply[(i * GL + gl) * TT + t];
      demand += out.demand[(i * GL + gl) * TT + t];
    }
    result.push_back(demand > 0 ? std::optional<double>(100 * (demand - supply) / demand) : std::nullopt);
  }
  return result;
}

}  // namespace fw::monitor

#include "engine/monitor/calibration.hpp"

#include <algorithm>

namespace fw::monitor {

Result<Calibration> calibrate_exit_rates(const AgeHistory& h, const AgeCurve& mortality, double min_stock) {
  const std::size_t A = kAges, C = h.cells;
  if (h.years < 2 || C == 0) return fail(ErrorCode::invalid_argument, "monitor.bad_history", "years", "need two years");
  const auto Y = static_cast<std::size_t>(h.years);
  if (h.stock.size() != Y * C * A) return fail(ErrorCode::invalid_argument, "monitor.bad_history", "stock");
  if (h.inflow.size() != (Y - 1) * C * A) return fail(ErrorCode::invalid_argument, "monitor.bad_history", "inflow");

  // Pooled numerators (stayers) and denominators (people at risk) per cell and age.
  std::vector<double> stay(C * A, 0.0), risk(C * A, 0.0);
  std::vector<double> stay_all(A, 0.0), risk_all(A, 0.0);
  for (std::size_t y = 0; y + 1 < Y; ++y) {
    for (std::size_t c = 0; c < C; ++c) {
      const double* now = &h.stock[(y * C + c) * A];
      const double* next = &h.stock[((y + 1) * C + c) * A];
      const double* in = &h.inflow[(y * C + c) * A];
      for (std::size_t a = 0; a + 1 < A; ++a) {
        const double stayers = next[a + 1] - in[a + 1];
        stay[c * A + a] += stayers;
        risk[c * A + a] += now[a];
        stay_all[a] += stayers;
        risk_all[a] += now[a];
      }
    }
  }
  Calibration out;
  out.retirement.assign(C * A, 0.0);
  for (std::size_t c = 0; c < C; ++c) {
    for (std::size_t a = 0; a < A; ++a) {
      double q = 1.0;  // the last age: everybody leaves
      if (a + 1 < A) {
        if (risk[c * A + a] >= min_stock) {
          q = 1 - stay[c * A + a] / risk[c * A + a];
        } else {
          ++out.fallback_cells;
          q = risk_all[a] > 0 ? 1 - stay_all[a] / risk_all[a] : mortality[a];
        }
      }
      q = std::clamp(q, 0.0, 1.0);
      out.retirement[c * A + a] = std::max(0.0, q - mortality[a]);
    }
  }
  return out;
}

}  // namespace fw::monitor

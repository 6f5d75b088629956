// Demo "Job für Zwei" cases for network 1 (Fachkräfteallianz Ostwürttemberg), one or more at
// every pipeline stage, some with the partner's consent, so that the case board, the
// anonymised profiles and the statistics show something. Loaded by `fachwerk demo-data`.
#pragma once

#include "core/result.hpp"
#include "store/store.hpp"

namespace fw::service::dualcareer {

// Idempotent: does nothing when network 1 has cases already, or does not exist. Returns the
// number of cases created.
Result<int> load_demo_cases(store::Database& db);

}  // namespace fw::service::dualcareer

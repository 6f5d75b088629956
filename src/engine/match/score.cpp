// The score is defined inline in score.hpp (it is evaluated for every candidate vacancy); this
// file keeps the library's one-source-per-header layout.
#include "engine/match/score.hpp"

#!/usr/bin/python3
"""NumPy reference of Fachwerk's deterministic cohort projection (src/engine/monitor/projection.hpp).

Same model, same input file (FWPROJ01, written by `monitor_bench prepare`), written as well as
NumPy allows: age as the first axis (state[a, kreis, group*level]), so ageing is a shift of whole
contiguous planes; every buffer preallocated and reused (`out=`); the Kreise processed in chunks
that stay in cache for all projected years instead of sweeping the 111 MB state every year.
`--chunk 401` (all Kreise at once) is the plain full-sweep version.

  /usr/bin/python3 projection_numpy.py INPUT.bin [--years 15] [--reps 5] [--chunk 8 ...]
                                       [--compare RESULT.bin]

Prints "RESULT numpy_projection chunk=<k> best_s=<min> median_s=<median>" per chunk size and,
with --compare, "AGREEMENT max_rel=<x> ok=<0|1>" (1e-9 relative; values below 1e-6 persons count
as 1e-6 in the denominator, so empty cells do not divide by zero).
"""
import argparse
import sys
import time

import numpy as np

LEVELS, AGES = 4, 60


def read_input(path):
    raw = open(path, "rb").read()
    if raw[:8] != b"FWPROJ01":
        sys.exit(f"{path}: not an FWPROJ01 file")
    K, G, L, A, H, base_year, synthetic, _ = np.frombuffer(raw, dtype="<i4", count=8, offset=8)
    assert L == LEVELS and A == AGES
    off = 8 + 32 + 8 * (K + G)
    R, GL = K * G * L, G * L
    sizes = [("stock", R * A), ("female_share", R), ("demand0", R), ("entrants", R), ("net_migration", R),
             ("mortality", A), ("retirement", GL * A), ("entry_profile", L * A), ("migration_profile", A),
             ("growth", G * (H + 1)), ("participation_women", A), ("participation_all", A)]
    d = {"K": int(K), "G": int(G), "H": int(H), "base_year": int(base_year)}
    for name, n in sizes:
        d[name] = np.frombuffer(raw, dtype="<f8", count=n, offset=off)
        off += 8 * n
    return d


def read_result(path):
    raw = open(path, "rb").read()
    if raw[:8] != b"FWRES001":
        sys.exit(f"{path}: not an FWRES001 file")
    rows, points, _, _ = np.frombuffer(raw, dtype="<i4", count=4, offset=8)
    n = int(rows) * int(points)
    arrays = [np.frombuffer(raw, dtype="<f8", count=n, offset=24 + 8 * n * i).reshape(rows, points) for i in range(3)]
    return arrays  # supply, exits, demand as [row][t]


class Projection:
    """Baseline scenario of the C++ engine; all buffers allocated once in __init__."""

    def __init__(self, d, years, chunk):
        K, G = d["K"], d["G"]
        GL, A, T = G * LEVELS, AGES, years
        self.K, self.GL, self.T, self.chunk = K, GL, T, chunk
        # Age-first copies of the inputs (layout conversion is setup, not timed, as the C++ side
        # reads its own layout directly).
        self.stock = np.ascontiguousarray(d["stock"].reshape(K, GL, A).transpose(2, 0, 1))  # [A][K][GL]
        q = np.minimum(1.0, d["mortality"][None, :] + d["retirement"].reshape(GL, A))        # [GL][A]
        q[:, -1] = 1.0
        self.exit_rate = np.ascontiguousarray(q.T)[:, None, :]                               # [A][1][GL]
        sb = np.zeros((A, GL))
        sb[1:] = 1.0 - q.T[:-1]
        self.survival_below = sb[:, None, :]                                                 # [A][1][GL]
        ep = d["entry_profile"].reshape(LEVELS, A)
        self.entry = np.ascontiguousarray(np.tile(ep.T, (1, G)))[:, None, :]                 # [A][1][GL]
        self.migration = d["migration_profile"][:, None, None]                               # [A][1][1]
        self.entrants = d["entrants"].reshape(K, GL)
        self.net_migration = d["net_migration"].reshape(K, GL)
        self.demand0 = d["demand0"].reshape(K, GL)
        growth = d["growth"].reshape(G, d["H"] + 1)[:, : T + 1]
        self.demand_factor = np.repeat(growth.T, LEVELS, axis=1)                             # [T+1][GL]
        self.supply = np.empty((T + 1, K, GL))
        self.exits = np.empty((T + 1, K, GL))
        self.demand = np.empty((T + 1, K, GL))
        self.buf_p = np.empty((A, chunk, GL))
        self.buf_n = np.empty((A, chunk, GL))
        self.buf_in = np.empty((A, chunk, GL))
        self.buf_tmp = np.empty((A, chunk, GL))
        self.buf_surv = np.empty((chunk, GL))

    def run(self):
        T = self.T
        for k0 in range(0, self.K, self.chunk):
            k1 = min(self.K, k0 + self.chunk)
            c = k1 - k0
            p, n, inflow, tmp = self.buf_p[:, :c], self.buf_n[:, :c], self.buf_in[:, :c], self.buf_tmp[:, :c]
            p[...] = self.stock[:, k0:k1]
            # inflow[a] = entrants · e_level[a] + migration · m[a], fixed over the years
            np.multiply(self.entry, self.entrants[None, k0:k1], out=inflow)
            np.multiply(self.migration, self.net_migration[None, k0:k1], out=tmp)
            np.add(inflow, tmp, out=inflow)
            # With no negative inflow in the chunk the state cannot turn negative: skip the clamp.
            clamp = bool(inflow.min() < 0)
            p.sum(axis=0, out=self.supply[0, k0:k1])
            self.exits[0, k0:k1] = 0.0
            survivors = self.buf_surv[:c]
            inflow_total = inflow.sum(axis=0)
            for t in range(1, T + 1):
                # exits = Σ p − Σ survivors (algebraically Σ q·p, without a separate product pass)
                np.multiply(p[:-1], self.survival_below[1:], out=n[1:])
                n[1:].sum(axis=0, out=survivors)
                np.subtract(self.supply[t - 1, k0:k1], survivors, out=self.exits[t, k0:k1])
                n[0] = 0.0
                np.add(n, inflow, out=n)
                if clamp:
                    np.maximum(n, 0.0, out=n)
                    n.sum(axis=0, out=self.supply[t, k0:k1])
                else:  # Σ n = Σ survivors + Σ inflow: no pass over the state needed
                    np.add(survivors, inflow_total, out=self.supply[t, k0:k1])
                p, n = n, p
        np.multiply(self.demand_factor[:, None, :], self.demand0[None], out=self.demand)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("--years", type=int, default=15)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--chunk", type=int, nargs="+", default=[8])
    ap.add_argument("--compare")
    args = ap.parse_args()
    d = read_input(args.input)
    best = None
    for chunk in args.chunk:
        proj = Projection(d, args.years, min(chunk, d["K"]))
        proj.run()  # warm-up: faults in the preallocated buffers
        times = []
        for _ in range(args.reps):
            t0 = time.perf_counter()
            proj.run()
            times.append(time.perf_counter() - t0)
        times.sort()
        print(f"RESULT numpy_projection chunk={chunk} best_s={times[0]:.4f} median_s={times[len(times) // 2]:.4f} "
              f"reps={len(times)} numpy={np.__version__}", flush=True)
        if best is None or times[0] < best[0]:
            best = (times[0], proj)
    if args.compare:
        proj = best[1]
        worst = 0.0
        for name, ref in zip(("supply", "exits", "demand"), read_result(args.compare)):
            mine = getattr(proj, name).reshape(proj.T + 1, -1).T  # → [row][t], rows = k·GL + gl
            if mine.shape != ref.shape:
                sys.exit(f"shape mismatch for {name}: {mine.shape} vs {ref.shape}")
            denom = np.maximum(np.maximum(np.abs(mine), np.abs(ref)), 1e-6)
            rel = float(np.max(np.abs(mine - ref) / denom))
            print(f"AGREEMENT {name} max_rel={rel:.3e}")
            worst = max(worst, rel)
        print(f"AGREEMENT max_rel={worst:.3e} ok={int(worst <= 1e-9)}")
        if worst > 1e-9:
            sys.exit(1)


if __name__ == "__main__":
    main()

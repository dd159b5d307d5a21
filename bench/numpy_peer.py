#!/usr/bin/python3
"""A Python/numpy peer for the spreadsheet fast path, run side by side with criterio.

Ranks a providers CSV (id, name, then one column per criterion) by the
weighted sum, TOPSIS or VIKOR with equal weights, the way a numpy user would:
pandas' C reader, vectorised numpy scoring, a stable sort with ties by id,
DataFrame.to_csv. Then runs `criterio rank FILE --directions ... -m METHOD
-f csv --brief -o OUT` on the same file, checks that both give the same order
and scores, and prints each one's wall time and the ratio.

    bench/numpy_peer.py FILE --directions benefit,cost,... [--method topsis]
                        [--criterio build/criterio] [--repeats 3]

Needs python3-numpy and python3-pandas (Debian packages). The formulas are
criterio's defaults: WSM with max normalisation (benefit x/max, cost min/x),
TOPSIS with vector normalisation, VIKOR with v = 0.5 (lower Q is better).
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
import pandas as pd


def wsm(values, weights, benefit):
    utilities = np.where(benefit, values / values.max(axis=0), values.min(axis=0) / values)
    return utilities @ weights


def topsis(values, weights, benefit):
    weighted = values / np.sqrt((values ** 2).sum(axis=0)) * weights
    ideal = np.where(benefit, weighted.max(axis=0), weighted.min(axis=0))
    anti_ideal = np.where(benefit, weighted.min(axis=0), weighted.max(axis=0))
    to_ideal = np.sqrt(((weighted - ideal) ** 2).sum(axis=1))
    from_anti_ideal = np.sqrt(((weighted - anti_ideal) ** 2).sum(axis=1))
    return from_anti_ideal / (to_ideal + from_anti_ideal)


def vikor(values, weights, benefit, v=0.5):
    best = np.where(benefit, values.max(axis=0), values.min(axis=0))
    worst = np.where(benefit, values.min(axis=0), values.max(axis=0))
    regret = weights * (best - values) / (best - worst)
    s, r = regret.sum(axis=1), regret.max(axis=1)
    return v * (s - s.min()) / (s.max() - s.min()) + (1 - v) * (r - r.min()) / (r.max() - r.min())


METHODS = {"wsm": (wsm, True), "topsis": (topsis, True), "vikor": (vikor, False)}


def rank_with_numpy(path, directions, method, output):
    score_of, higher_is_better = METHODS[method]
    frame = pd.read_csv(path, dtype={"id": str, "name": str}, keep_default_na=False)
    values = frame.iloc[:, 2:].to_numpy(dtype=np.float64)
    benefit = np.array([d == "benefit" for d in directions])
    weights = np.full(values.shape[1], 1.0 / values.shape[1])
    scores = score_of(values, weights, benefit)
    ids = frame["id"].to_numpy()
    order = np.lexsort((ids, -scores if higher_is_better else scores))  # last key first: score, then id
    ordered = scores[order]
    # Competition ranks: a tie shares the rank of its first row.
    first = np.r_[True, ordered[1:] != ordered[:-1]]
    ranks = np.maximum.accumulate(np.where(first, np.arange(1, len(order) + 1), 0))
    pd.DataFrame({"rank": ranks, "id": ids[order], "name": frame["name"].to_numpy()[order], "score": ordered,
                  "status": "ranked"}).to_csv(output, index=False, float_format="%.17g")


def best_wall(repeats, run):
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--directions", required=True, help="benefit or cost per criterion, comma-separated")
    parser.add_argument("--method", choices=sorted(METHODS), default="topsis")
    parser.add_argument("--criterio", default="build/criterio")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    directions = args.directions.split(",")
    with tempfile.TemporaryDirectory() as scratch:
        peer_out, criterio_out = os.path.join(scratch, "numpy.csv"), os.path.join(scratch, "criterio.csv")
        command = [args.criterio, "rank", args.file, "--directions", args.directions, "-m", args.method, "-f", "csv",
                   "--brief", "-o", criterio_out]
        peer = best_wall(args.repeats, lambda: rank_with_numpy(args.file, directions, args.method, peer_out))
        ours = best_wall(args.repeats, lambda: subprocess.run(command, check=True))
        exact = {"dtype": {"id": str}, "keep_default_na": False, "float_precision": "round_trip"}
        theirs_frame, ours_frame = pd.read_csv(peer_out, **exact), pd.read_csv(criterio_out, **exact)
        # criterio counts scores within 1e-12 of each other as tied and
        # orders them by id; the peer ties only equal scores. So compare each
        # provider's score, and count the rows placed differently.
        swapped = int((theirs_frame["id"].to_numpy() != ours_frame["id"].to_numpy()).sum())
        merged = theirs_frame.merge(ours_frame, on="id", suffixes=("_numpy", "_criterio"))
        gap = (np.abs(merged["score_numpy"].to_numpy() - merged["score_criterio"].to_numpy()).max()
               if len(merged) == len(ours_frame) else float("inf"))
    print(f"{args.method}, {os.path.getsize(args.file) / 1e6:.0f} MB of CSV, best of {args.repeats}, end to end")
    print(f"numpy/pandas peer   {peer:8.3f} s")
    print(f"criterio            {ours:8.3f} s    {peer / ours:5.1f}x faster")
    print(f"largest score difference by provider {gap:.1e}; {swapped} rows placed differently (near-ties)")
    return 0 if gap < 1e-9 else 1


if __name__ == "__main__":
    sys.exit(main())

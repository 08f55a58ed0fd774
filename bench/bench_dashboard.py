"""How long the dashboard takes to render its default view.

    .venv/bin/python bench/bench_dashboard.py [--data FILE] [--n 200000]

Cases: (a) a given claims Parquet file (default data/claims.parquet when it exists; else
a seed-sized synthetic file of --small claims), (b) --n synthetic claims. For each:
the first render with a cold cache (AppTest run: read + validate + transforms + charts),
a rerun with a warm cache, and the transforms on their own. Prints seconds; asserts
nothing (timings are not tests).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

from claimboard.dashboard import loading as L  # noqa: E402
from claimboard.dashboard import transforms as T  # noqa: E402
from claimboard.dashboard.synthetic import synthetic_claims  # noqa: E402
from claimboard.schema.columns import CLAIM_COLUMNS  # noqa: E402
from claimboard.schema.io import csv_bytes, write_parquet  # noqa: E402
from claimboard.schema.validate import validate_claims  # noqa: E402

APP = ROOT / "dashboard" / "app.py"


def _timed(fn, *args, **kwargs):
    t = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t


def render_times(path: Path) -> dict[str, float]:
    os.environ["CLAIMBOARD_DATA"] = str(path)
    at = AppTest.from_file(str(APP), default_timeout=600)
    _, cold = _timed(at.run)
    if at.exception:
        raise RuntimeError(f"the app raised: {[e.value for e in at.exception]}")
    n_charts = len(at.get("vega_lite_chart")) + len(at.get("arrow_vega_lite_chart"))
    _, warm = _timed(at.run)
    return {"first render (cold cache)": cold, "rerun (warm cache)": warm, "charts": n_charts}


def transform_times(path: Path) -> dict[str, float]:
    (raw, info), t_read = _timed(L.read_claims, path)  # as the app reads: row cap, long text cut
    (df, rejects), t_valid = _timed(validate_claims, raw)
    view, t_filter = _timed(T.filter_claims, df, T.Filters())
    top = T.benchmark_counts(view)
    _, t_counts = _timed(T.benchmark_counts, view)
    bench = top["benchmark"].iloc[0]
    sub = view[(view["benchmark"] == bench) & (view["kind"] == "score")]
    size, t_size = _timed(T.size_view_data, sub)
    _, t_size_all = _timed(T.size_view_data, view)
    scores = view[view["kind"] == "score"]
    lb_bench = T.benchmark_counts(scores)["benchmark"].iloc[0]
    metric = scores.loc[scores["benchmark"] == lb_bench, "metric"].value_counts().index[0]
    _, t_board = _timed(T.leaderboard, view, lb_bench, metric)
    _, t_csv = _timed(csv_bytes, view)
    return {
        "rows": info.total_rows,
        "rows loaded (row cap)": info.loaded_rows,
        "rejects": len(rejects),
        "read_claims": t_read,
        "validate_claims": t_valid,
        "filter_claims": t_filter,
        "benchmark_counts": t_counts,
        "size_view_data (default benchmark)": t_size,
        "size_view_data (all rows)": t_size_all,
        "leaderboard": t_board,
        "csv_bytes (download, on click)": t_csv,
    }


def report(label: str, path: Path) -> None:
    print(f"\n== {label}: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    for k, v in transform_times(path).items():
        print(f"  {k:40s} {v:10.3f}" if isinstance(v, float) else f"  {k:40s} {v:>10,}")
    for k, v in render_times(path).items():
        print(f"  {k:40s} {v:10.3f} s" if isinstance(v, float) else f"  {k:40s} {v:>10}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None, help="claims Parquet file (default: data/claims.parquet)")
    ap.add_argument("--n", type=int, default=200_000, help="synthetic claims for the scale case")
    ap.add_argument("--small", type=int, default=70, help="synthetic claims when there is no data file")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-dashboard-") as tmp:
        data = args.data or (ROOT / "data" / "claims.parquet")
        if data.exists():
            report("data file", data)
        else:
            print(f"(no {data}: using a seed-sized synthetic file of {args.small} claims instead)")
            small = Path(tmp) / f"synthetic-{args.small}.parquet"
            write_parquet(synthetic_claims(args.small, seed=0), CLAIM_COLUMNS, small)
            report(f"{args.small} synthetic claims", small)
        big = Path(tmp) / f"synthetic-{args.n}.parquet"
        frame, t_gen = _timed(synthetic_claims, args.n, 0)
        write_parquet(frame, CLAIM_COLUMNS, big)
        print(f"\n(generated {args.n:,} synthetic claims in {t_gen:.1f} s, not counted below)")
        report(f"{args.n:,} synthetic claims", big)
    return 0


if __name__ == "__main__":
    sys.exit(main())

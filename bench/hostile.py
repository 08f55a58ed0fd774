"""The eight hostile abstracts of the hostile-input issue, each alone and then all in one
file with an ordinary paper, run through `claimboard extract` in a child process under an
address-space cap. Prints, per case: exit status, seconds, peak RSS of the child, claims,
mentions and papers skipped.

    .venv/bin/python bench/hostile.py [--timeout 60] [--cap-gb 6] [--only NAME]

A timeout or a crash is reported as such; nothing is asserted (tests/test_hostile.py
holds the checks).
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORDINARY = {
    "id": "ordinary",
    "title": "An ordinary paper",
    "abstract": "We evaluate our model, TinyNet, on ImageNet and reach 81.2% top-1 accuracy, "
                "2.1% higher than ResNet-50.",
}
SENTENCE = "Our model achieves 95.2% accuracy on CIFAR-10 and 78.1 mAP on COCO, improving over ResNet-50 by 3.4%. "


def hostile() -> dict[str, str]:
    """name -> abstract (each about 300 KB or the size the issue names)."""
    kb300 = 300_000
    return {
        "percent_repeated": ("95.2% " * (kb300 // 6 + 1))[:kb300],
        "sentence_repeated": (SENTENCE * (kb300 // len(SENTENCE) + 1))[:kb300],
        "one_repeated": "1 " * 200_000,
        "other_script_digits": ("\u0669\u0665.\u0662% \uff19\uff15\uff0e\uff12% " * 20_000),
        "long_word": "a" * 500_000,
        "one_dot_repeated": "1." * 200_000,
        "nested_parentheses": "(" * 100_000 + "95.2%" + ")" * 100_000,
        "nul_bytes": "We reach 95.2% on MMLU.\x00\x00" * 1000,
    }


def _limit(cap: int):
    def f():
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    return f


def run_case(records: list[dict], timeout: float, cap: int, extra: list[str] = ()) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        out = Path(tmp) / "out"
        cmd = [sys.executable, "-c",
               "import resource,sys,json;from claimboard.extract.cli import main\n"
               "try:\n rc=main(sys.argv[1:])\nexcept SystemExit as e:\n rc=e.code\n"
               "print(json.dumps({'maxrss_kb':resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}),file=sys.stderr)\n"
               "sys.exit(rc or 0)",
               "extract", str(src), "--out", str(out), "--quiet", *extra]
        t0 = time.monotonic()
        try:
            p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                               preexec_fn=_limit(cap))
        except subprocess.TimeoutExpired:
            return {"status": f"timeout after {timeout:.0f} s", "seconds": timeout}
        secs = time.monotonic() - t0
        rss = None
        for line in p.stderr.splitlines():
            if line.startswith('{"maxrss_kb"'):
                rss = json.loads(line)["maxrss_kb"] / 1024
        res = {"status": f"exit {p.returncode}", "seconds": round(secs, 2), "peak_rss_mb": rss and round(rss)}
        if p.returncode:
            tail = [line for line in p.stderr.splitlines() if line.strip() and not line.startswith('{"maxrss')]
            res["error"] = tail[-1][:200] if tail else ""
        if (out / "claims.parquet").exists():
            import pandas as pd
            res["claims"] = len(pd.read_parquet(out / "claims.parquet"))
            res["mentions"] = len(pd.read_parquet(out / "mentions.parquet"))
            c = pd.read_parquet(out / "claims.parquet")
            res["ordinary_claims"] = int((c.paper_id == "ordinary").sum())
        skipped = [line for line in p.stdout.splitlines() + p.stderr.splitlines() if "skipped" in line.lower()]
        res["skipped_lines"] = skipped[:10]
        return res


def scaling() -> None:
    """extract_abstract in this process on repetitive texts of 1 KB to 1 MB: microseconds per
    KB should stay flat (linear time). Prints a markdown table."""
    sys.path.insert(0, str(ROOT))
    from claimboard.extract.rules import extract_abstract

    units = {"result sentence": SENTENCE, "'95.2% '": "95.2% ", "'1 '": "1 ", "other-script digits": "\u0669\u0665.\u0662% "}
    sizes = [1_000, 10_000, 100_000, 1_000_000]
    extract_abstract("warm-up", SENTENCE)  # vocabularies load once
    print("| text | " + " | ".join(f"{n // 1000:,} KB" for n in sizes) + " |")
    print("|---|" + "---:|" * len(sizes))
    for label, unit in units.items():
        cells = []
        for n in sizes:
            text = (unit * (n // len(unit) + 1))[:n]
            reps = max(1, 100_000 // n)   # small texts are timed over several runs
            t0 = time.perf_counter()
            for _ in range(reps):
                extract_abstract("scaling", text)
            cells.append(f"{(time.perf_counter() - t0) * 1e6 / reps / (n / 1000):,.0f}")
        print(f"| {label} (us/KB) | " + " | ".join(cells) + " |", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--cap-gb", type=float, default=6)
    ap.add_argument("--only")
    ap.add_argument("--no-limits", action="store_true", help="--max-chars 0 --paper-seconds 0 (the extractor alone)")
    ap.add_argument("--scaling", action="store_true", help="microseconds per KB of extract_abstract, 1 KB to 1 MB")
    a = ap.parse_args()
    if a.scaling:
        return scaling()
    extra = ["--max-chars", "0", "--paper-seconds", "0"] if a.no_limits else []
    cap = int(a.cap_gb * 2**30)
    cases = hostile()
    for name, text in cases.items():
        if a.only and a.only != name:
            continue
        r = run_case([{"id": name, "title": name, "abstract": text}], a.timeout, cap, extra)
        print(name, json.dumps(r), flush=True)
    if not a.only or a.only == "mixed":
        recs = [{"id": k, "title": k, "abstract": v} for k, v in cases.items()] + [ORDINARY]
        print("mixed", json.dumps(run_case(recs, a.timeout * 3, cap, extra)), flush=True)


if __name__ == "__main__":
    main()

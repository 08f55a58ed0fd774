"""Start the dashboard: `claimboard dashboard [--data FILE]` calls main(data_path).

Runs `python -m streamlit run dashboard/app.py` in a subprocess with the same Python, so
the dashboard sees the same installed packages. A given data path is handed to the app
in the CLAIMBOARD_DATA environment variable (made absolute, so it does not depend on
the folder Streamlit runs in); without one the app reads data/claims.parquet under the
current folder. A row cap (max_rows) goes in CLAIMBOARD_MAX_ROWS (see dashboard/loading.py).
A data file that is missing or not a claims Parquet file gets a note on stderr; the
dashboard itself shows the same problem as one error message.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from typing import Sequence

APP = Path(__file__).resolve().parent / "app.py"


def command(
    *, headless: bool | None = None, port: int | None = None, address: str | None = None,
    extra_args: Sequence[str] = (),
) -> list[str]:
    """The streamlit command line; headless/port/address become Streamlit's own flags."""
    cmd = [sys.executable, "-m", "streamlit", "run", str(APP), "--browser.gatherUsageStats", "false"]
    if headless is not None:
        cmd += ["--server.headless", "true" if headless else "false"]
    if port is not None:
        cmd += ["--server.port", str(int(port))]
    if address is not None:
        cmd += ["--server.address", address]
    return cmd + list(extra_args)


def environment(data_path: str | os.PathLike | None, base: dict[str, str] | None = None, *,
                max_rows: int | None = None) -> dict[str, str]:
    env = dict(os.environ if base is None else base)
    if data_path is not None:
        env["CLAIMBOARD_DATA"] = str(Path(data_path).expanduser().resolve())
    if max_rows is not None:
        env["CLAIMBOARD_MAX_ROWS"] = str(int(max_rows))
    return env


def data_note(data_path: str | os.PathLike) -> str | None:
    """A one-line note for stderr when the data file cannot be shown, else None."""
    if not Path(data_path).exists():
        return f"note: {data_path} does not exist yet; the dashboard will say how to build it"
    from claimboard.dashboard.loading import file_problem

    problem = file_problem(Path(data_path))
    return f"note: {data_path}: {problem}; the dashboard will say so" if problem else None


def main(
    data_path: str | None = None, *, headless: bool | None = None, port: int | None = None,
    address: str | None = None, extra_args: Sequence[str] = (), max_rows: int | None = None,
) -> int:
    """Run the dashboard until it is stopped; returns Streamlit's exit status."""
    cmd = command(headless=headless, port=port, address=address, extra_args=extra_args)
    env = environment(data_path, max_rows=max_rows)
    note = data_note(data_path) if data_path is not None else None
    if note:
        print(note, file=sys.stderr)
    try:
        return subprocess.call(cmd, env=env)
    except KeyboardInterrupt:
        return 130


def _cli(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m claimboard.dashboard.launch", description=__doc__.splitlines()[0])
    ap.add_argument("--data", help="claims Parquet file (default: data/claims.parquet)")
    ap.add_argument("--headless", action="store_true", help="do not open a browser")
    ap.add_argument("--port", type=int)
    ap.add_argument("--address")
    ap.add_argument("--max-rows", type=int, help="load at most this many rows (default: CLAIMBOARD_MAX_ROWS, else 1,000,000)")
    args, rest = ap.parse_known_args(argv)
    return main(args.data, headless=True if args.headless else None, port=args.port, address=args.address,
                extra_args=rest, max_rows=args.max_rows)


if __name__ == "__main__":
    sys.exit(_cli())

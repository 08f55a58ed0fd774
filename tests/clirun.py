"""Run the claimboard CLI in-process for tests: (exit code, stdout, stderr)."""
from __future__ import annotations

import contextlib
import io
from pathlib import Path

from claimboard.extract.cli import main


def run_cli(args: list[str], cwd: Path | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd) if cwd is not None else contextlib.nullcontext(), \
            contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main(args)
    return rc, out.getvalue(), err.getvalue()

"""An output directory that is written as one unit, by one run at a time.

- **Lock**: `DIR/.claimboard.lock` is held with flock(2) for the whole run and names the
  holder (pid, host, start time, command). A second run on the same directory stops at once
  with `OutputLocked` naming the holder. The kernel drops the lock when the holder dies,
  even by SIGKILL, so a stale lock file never blocks a later run.
- **Transaction**: every output is written to a temporary file in DIR; `commit()` fsyncs
  them, writes a journal (`DIR/.claimboard-commit.json`, itself written atomically) listing
  the renames, renames each file into place, fsyncs DIR and removes the journal. A run
  killed before the journal exists leaves every previous output untouched (its temporary
  files are removed by the next run); one killed during the renames is completed by the
  next run or by `recover()` before anything reads DIR, so DIR always ends up with the
  old set or the new set, never a mix.
"""
from __future__ import annotations

import json
import os
import socket
import sys
import time
from pathlib import Path

from claimboard.schema.io import TEMP_SUFFIX, atomic_write_bytes, temp_beside

try:
    import fcntl
except ImportError:  # not Unix: no lock (documented)
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = ".claimboard.lock"
JOURNAL_NAME = ".claimboard-commit.json"


class OutputLocked(Exception):
    """Another run holds the output directory."""


def fsync_dir(path: Path) -> None:
    """fsync a folder (so renames in it survive a crash); silently skipped where unsupported."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def recover(directory: Path) -> bool:
    """Finish a commit that a killed run left half done (True if there was one)."""
    journal = Path(directory) / JOURNAL_NAME
    try:
        pairs = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return False
    except (OSError, ValueError):
        journal.unlink(missing_ok=True)   # a torn journal: it was never complete, so no rename began
        return False
    for tmp, final in pairs:
        src, dst = Path(directory) / tmp, Path(directory) / final
        if src.exists():
            os.replace(src, dst)
    fsync_dir(Path(directory))
    journal.unlink(missing_ok=True)
    return True


def _remove_stale_temps(directory: Path) -> None:
    """Temporary files of runs that were killed before their commit."""
    for f in directory.iterdir():
        if f.name.startswith(".") and f.name.endswith(TEMP_SUFFIX) and f.is_file():
            f.unlink(missing_ok=True)


class OutputDir:
    """Use as a context manager: lock, recover, hand out temporary files, commit or abort."""

    def __init__(self, directory: str | Path, command: str = ""):
        self.dir = Path(directory)
        self.command = command or " ".join(sys.argv)
        self._lock_fd: int | None = None
        self._temps: dict[str, Path] = {}   # final name -> temporary path

    # -- lock
    def __enter__(self) -> "OutputDir":
        self.dir.mkdir(parents=True, exist_ok=True)
        self._lock()
        recover(self.dir)
        _remove_stale_temps(self.dir)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.abort()
        self._unlock()

    def _lock(self) -> None:
        if fcntl is None:
            return
        path = self.dir / LOCK_NAME
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            try:
                holder = os.pread(fd, 4096, 0).decode("utf-8", "replace").strip() or "unknown"
            finally:
                os.close(fd)
            raise OutputLocked(f"{self.dir}: in use by another claimboard run ({holder})") from None
        os.ftruncate(fd, 0)
        started = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()}, started {started}: {self.command}\n".encode(), 0)
        self._lock_fd = fd

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)   # closing drops the flock; the file stays (harmless)
            self._lock_fd = None

    # -- files
    def temp(self, name: str) -> Path:
        """A new temporary file in the directory that commit() will rename to name."""
        tmp = temp_beside(self.dir / name)
        self._temps[name] = tmp
        return tmp

    def commit(self) -> None:
        for tmp in self._temps.values():
            with open(tmp, "rb") as fh:
                os.fsync(fh.fileno())
        pairs = [[tmp.name, name] for name, tmp in self._temps.items()]
        atomic_write_bytes(self.dir / JOURNAL_NAME, json.dumps(pairs).encode("utf-8"), durable=True)
        fsync_dir(self.dir)
        kill_point("mid-commit")
        recover(self.dir)
        self._temps.clear()

    def abort(self) -> None:
        for tmp in self._temps.values():
            tmp.unlink(missing_ok=True)
        self._temps.clear()


def kill_point(point: str) -> None:
    """Test hook: CLAIMBOARD_TEST_KILL_AT=<point> makes the process SIGKILL itself there,
    so the tests can check what a kill at that moment leaves behind."""
    if os.environ.get("CLAIMBOARD_TEST_KILL_AT") == point:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)

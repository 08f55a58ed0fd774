"""The command line as a whole: help with examples for every subcommand, the README
documents every subcommand, usage errors are one line."""
from __future__ import annotations

import contextlib
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from claimboard.extract.cli import COMMANDS, main

ROOT = Path(__file__).resolve().parents[1]
SUBCOMMANDS = ["extract", "validate", "export", "evaluate", "review", "dashboard", "fetch", "models"]


def help_text(args: list[str], capsys) -> str:
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 0
    return capsys.readouterr().out


def test_every_subcommand_exists():
    assert sorted(COMMANDS) == sorted(SUBCOMMANDS)


@pytest.mark.parametrize("cmd", SUBCOMMANDS)
def test_every_subcommand_help_has_an_example(cmd, capsys):
    text = help_text([cmd, "--help"], capsys)
    assert text.startswith(f"usage: claimboard {cmd}")
    assert "example:" in text
    example = text.split("example:", 1)[1]
    assert f"claimboard {cmd}" in example


def test_top_level_help_lists_commands_and_examples(capsys):
    text = help_text(["--help"], capsys)
    assert "example:" in text
    for cmd in SUBCOMMANDS:
        assert re.search(rf"^\s+{cmd}\s", text, re.MULTILINE), cmd
        assert f"claimboard {cmd}" in text.split("example:", 1)[1]


@pytest.mark.parametrize("cmd, options", [
    ("extract", ["--out", "--jobs", "--batch-size", "--quiet", "INPUT"]),
    ("validate", ["FILE"]),
    ("export", ["--data", "--format", "--out"]),
    ("evaluate", ["PREDICTED", "GOLD", "--show", "--json"]),
    ("dashboard", ["--data"]),
])
def test_help_mentions_the_options(cmd, options, capsys):
    text = help_text([cmd, "--help"], capsys)
    for opt in options:
        assert opt in text, opt


def test_extract_help_states_the_defaults(capsys):
    text = help_text(["extract", "--help"], capsys)
    assert "seeds/" in text and "data/" in text


def test_every_subcommand_is_documented_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [cmd for cmd in SUBCOMMANDS if f"claimboard {cmd}" not in readme]
    assert missing == []


def test_no_command_prints_help_and_exits_2(capsys):
    assert main([]) == 2
    out = capsys.readouterr().out
    assert out.startswith("usage: claimboard")


def run_cli(args: list[str], cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main(args)
    return rc, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("args", [["--jobs", "0"], ["--batch-size", "0"]])
def test_extract_rejects_non_positive_numbers(tmp_path, args):
    rc, out, err = run_cli(["extract", "nothing/", *args], tmp_path)
    assert rc == 1
    assert err.count("\n") == 1 and "at least 1" in err
    assert not (tmp_path / "data").exists()


def test_extract_out_is_a_file_is_one_line(tmp_path):
    (tmp_path / "p.jsonl").write_text(
        '{"title": "T", "abstract": "We report 61.8% on GSM8K with FooNet, a model that we train on public data and '
        'evaluate carefully across many settings in this paper."}\n')
    (tmp_path / "taken").write_text("a file, not a folder")
    rc, out, err = run_cli(["extract", "p.jsonl", "--out", "taken"], tmp_path)
    assert rc == 1
    assert err.count("\n") == 1 and "taken" in err and "Traceback" not in err
    assert (tmp_path / "taken").read_text() == "a file, not a folder"


def test_unknown_subcommand_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_module_entry_point_runs(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "claimboard.extract", "validate", "--help"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert "example:" in proc.stdout and "claimboard validate" in proc.stdout
    assert proc.stderr == ""


def test_dashboard_port_host_and_streamlit_options_pass_through(monkeypatch):
    import claimboard.dashboard.launch as launch

    seen = {}

    def fake(data, **kw):
        seen.update(kw, data=data)
        return 0

    monkeypatch.setattr(launch, "main", fake)
    assert main(["dashboard", "--data", "x.parquet", "--port", "8502", "--host", "0.0.0.0", "--headless",
                 "--", "--theme.base", "dark"]) == 0
    assert seen == {"data": "x.parquet", "port": 8502, "address": "0.0.0.0", "headless": True,
                    "extra_args": ["--theme.base", "dark"]}
    cmd = launch.command(port=8502, address="0.0.0.0", headless=True, extra_args=["--theme.base", "dark"])
    assert cmd[-8:] == ["--server.headless", "true", "--server.port", "8502", "--server.address", "0.0.0.0",
                        "--theme.base", "dark"]
    assert main(["dashboard", "--port", "70000"]) == 1

"""The ``diplograph timex`` command: JSON lines with offsets into the input, clean usage errors."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from diplograph.cli import main

TEXT = "Envoys said on Friday they would return next week — after 18 months of talks.\n"


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_file_with_dct(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["timex", "--dct", "2025-05-14", str(path)])
    assert result.exit_code == 0, result.output
    rows = _lines(result.output)
    assert [(r["text"], r["type"], r["value"]) for r in rows] == [
        ("Friday", "DATE", "2025-05-09"), ("next week", "DATE", "2025-W21"),
        ("18 months", "DURATION", "P18M")]
    for r in rows:
        assert set(r) == {"start", "end", "text", "type", "value"}
        assert TEXT[r["start"]:r["end"]] == r["text"]


def test_stdin_without_dct_keeps_relative_values_open():
    result = CliRunner().invoke(main, ["timex", "-"], input=TEXT)
    assert result.exit_code == 0, result.output
    values = [r["value"] for r in _lines(result.output)]
    assert values == ["XXXX-WXX-5", "XXXX-WXX", "P18M"]


def test_bad_dct_is_a_usage_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["timex", "--dct", "14/05/2025", str(path)])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output
    assert "Traceback" not in result.output


def test_missing_file_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["timex", str(tmp_path / "absent.txt")])
    assert result.exit_code == 2


def test_python_module_entry_point(tmp_path):
    path = tmp_path / "b.txt"
    path.write_text("The treaty was signed in June 2021.", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "diplograph", "timex", "--dct", "2025-01-01", str(path)],
                         capture_output=True, text=True, check=True)
    assert _lines(run.stdout) == [{"start": 25, "end": 34, "text": "June 2021", "type": "DATE",
                                   "value": "2021-06"}]

"""One build at a time per output folder; leftovers of killed builds are swept."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from diplograph._files import is_locked, output_lock
from diplograph.errors import OutputError

HOLD = """
import sys, time
from pathlib import Path
from diplograph._files import output_lock
with output_lock(Path(sys.argv[1])):
    print("locked", flush=True)
    time.sleep(30)
"""


def test_a_second_build_into_the_same_folder_is_refused_with_a_sentence(tmp_path: Path) -> None:
    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(out)], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline() == b"locked\n"
        assert is_locked(out)
        with pytest.raises(OutputError, match=rf"{out}: another build is writing here \(process {holder.pid}\)"):
            with output_lock(out):
                pass
        cli = subprocess.run([sys.executable, "-m", "diplograph", "build", "--out", str(out)],
                             capture_output=True, text=True, timeout=120)
        assert cli.returncode == 1
        assert cli.stderr.strip().splitlines() == [
            f"Error: {out}: another build is writing here (process {holder.pid}); "
            "wait for it to finish or use another --out"]
    finally:
        holder.kill()
        holder.wait()
    assert not is_locked(out)  # a killed holder's lock dies with it
    with output_lock(out):
        assert is_locked(out)


def test_stale_staging_folders_of_killed_builds_are_swept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / ".staging-abc123" / "store").mkdir(parents=True)
    (out / ".staging-abc123" / "store" / "000001.sst").write_bytes(b"x" * 100)
    (out / "keep.txt").parent.mkdir(exist_ok=True)
    (out / "keep.txt").write_text("mine")
    began = time.monotonic()
    with output_lock(out):
        pass
    assert time.monotonic() - began < 5
    assert not list(out.glob(".staging-*")) and (out / "keep.txt").read_text() == "mine"

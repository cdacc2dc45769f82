"""The shared dev sets built end to end and scored: figures may rise, never fall below the floors.

The floors are the scorer's figures when this test was written, rounded down to 0.05; raise
them when extraction improves. The sets live beside the repository (``../shared``); without
them the test is skipped.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from diplograph.pipeline.build import build

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SCORER = SHARED / "eval" / "score.py"

# set -> (overall, actors F1, events F1, statements F1)
FLOORS = {
    "seeds": (1.00, 1.00, 1.00, 1.00),
    "summit-aug": (0.90, 0.95, 0.84, 0.92),
    "voa": (0.85, 0.95, 0.76, 0.89),
    "usgov": (0.85, 0.95, 0.83, 0.93),
}

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not SCORER.is_file(), reason=f"no shared dev sets at {SHARED}")]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_dev_set_scores_at_least_its_floor(name: str, tmp_path: Path, nlp) -> None:
    result = build([SHARED / "corpus" / name], tmp_path / name, nlp=nlp, progress=False)
    assert result.failed == [] and result.skipped == []
    scored = subprocess.run([sys.executable, str(SCORER), "--gold",
                             str(SHARED / "eval" / "gold" / f"{name}.json"), "--pred",
                             str(tmp_path / name / "records.json"), "--json"],
                            capture_output=True, text=True, check=True, timeout=300)
    score = json.loads(scored.stdout)
    figures = (score["overall"], *(score[k]["f1"] for k in ("actors", "events", "statements")))
    below = {label: (round(got, 3), floor) for label, got, floor
             in zip(("overall", "actors", "events", "statements"), figures, FLOORS[name])
             if got < floor - 1e-9}
    assert not below, f"{name}: below the floor (got, floor): {below}"

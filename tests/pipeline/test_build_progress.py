"""A build shows progress for every phase, and its summary line gives each phase's time."""

from __future__ import annotations

from pathlib import Path

from diplograph.pipeline.build import build

PHASES = ("ingest", "extract", "resolve", "graph", "store", "views")


def test_progress_and_summary_cover_every_phase(tmp_path: Path, nlp, capsys) -> None:
    (tmp_path / "a.txt").write_text("The foreign minister of Norway met his Danish counterpart "
                                    "in Oslo on Monday.\n", encoding="utf-8")
    result = build([tmp_path / "a.txt"], tmp_path / "out", nlp=nlp, progress=True,
                   published=None)
    shown = capsys.readouterr().err
    assert all(name in shown for name in PHASES), shown
    assert list(result.phases) == list(PHASES)
    summary = result.summary()
    assert all(f"{name} " in summary for name in PHASES)
    quiet = build([tmp_path / "a.txt"], tmp_path / "quiet", nlp=nlp, progress=False)
    assert "ingest" not in capsys.readouterr().err and quiet.phases

"""notebooks/explore.ipynb runs top to bottom on a built graph without any error output."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from corpora.kg import write_graph_dir
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "explore.ipynb"


def problems(nb) -> list[str]:
    """Error outputs and anything written to stderr, cell by cell."""
    found = []
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.output_type == "error":
                found.append(f"cell {i}: {out.ename}: {out.evalue}")
            elif out.output_type == "stream" and out.name == "stderr":
                found.append(f"cell {i} stderr: {out.text[:300]}")
    return found


@pytest.mark.slow
def test_explore_notebook_runs_clean(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLOGRAPH_GRAPH", str(write_graph_dir(tmp_path / "graph")))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    assert problems(nb) == []
    text = "\n".join(str(out.get("text", "")) + str(out.get("data", {}).get("text/plain", ""))
                     for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs)
    assert "Events of Ilse Brandt and Tomas Okafor:" in text
    assert "community 1:" in text and "ego network of" in text
    last = nb.cells[-1].outputs[0]["data"]["text/html"]
    assert last.startswith("<iframe srcdoc=")


@pytest.mark.slow
def test_notebook_without_a_graph_leaves_nothing_in_its_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("DIPLOGRAPH_GRAPH", raising=False)
    folder = tmp_path / "notebooks"
    folder.mkdir()
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nb.cells = nb.cells[:2]  # the set-up cell builds the sample when no graph is named
    NotebookClient(nb, timeout=300, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(folder)}}).execute()
    assert problems(nb) == []
    assert "built 7 documents" in str(nb.cells[1].outputs)
    assert list(folder.iterdir()) == []

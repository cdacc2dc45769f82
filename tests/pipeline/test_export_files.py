"""Exports that other tools open: GEXF/GraphML for Gephi and Cytoscape; files any reader may read."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from corpora.kg import write_graph_dir

import diplograph
from diplograph.cli import main
from diplograph.cli.build import FORMATS
from diplograph.pipeline.export import EXPORT_FORMATS, export_graph

ID = "https://w3id.org/diplograph/id/"
BRANDT, OKAFOR = f"{ID}actor/person-ilse-brandt", f"{ID}actor/person-tomas-okafor"
MEETING = f"{ID}event/event-meeting-brandt-okafor"


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory) -> Path:
    return write_graph_dir(tmp_path_factory.mktemp("kg") / "graph")


def umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_networkx_graphs_write_as_gexf_and_graphml(graph_dir: Path, tmp_path: Path) -> None:
    kg = diplograph.load(graph_dir)
    for projection in ("full", "actors"):
        g = kg.to_networkx(projection)
        nx.write_gexf(g, tmp_path / f"{projection}.gexf")
        back = nx.read_graphml(_graphml(g, tmp_path / f"{projection}.graphml"))
        assert set(back) == set(g)
    kg.close()
    assert nx.read_gexf(tmp_path / "full.gexf").nodes[MEETING]["date"] == "2024-04-03"


def _graphml(g, path: Path) -> Path:
    nx.write_graphml(g, path)
    return path


def test_gexf_export_opens_with_networkx(graph_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.gexf"
    result = CliRunner().invoke(main, ["export", str(graph_dir), "--format", "gexf", "--out", str(out)])
    assert result.exit_code == 0, result.output
    g = nx.read_gexf(out)
    assert g.nodes[MEETING]["status"] == "held" and g.nodes[BRANDT]["kind"] == "actor"
    assert g.has_edge(MEETING, OKAFOR)
    graphml = nx.read_graphml(io.BytesIO(export_graph(graph_dir, "graphml")))
    assert graphml.nodes[MEETING]["event_type"] == g.nodes[MEETING]["event_type"]


def test_cli_formats_come_from_the_export_table() -> None:
    assert FORMATS == tuple(EXPORT_FORMATS)
    help_text = CliRunner().invoke(main, ["export", "--help"]).output
    assert all(name in help_text for name in EXPORT_FORMATS)


def test_exports_and_site_pages_get_the_umask_mode(graph_dir: Path, tmp_path: Path) -> None:
    files, folders = 0o666 & ~umask(), 0o777 & ~umask()
    for fmt in ("trig", "gexf", "html", "records"):
        export_graph(graph_dir, fmt, out=tmp_path / f"export.{fmt}")
        assert mode(tmp_path / f"export.{fmt}") == files, fmt
    export_graph(graph_dir, "site", out=tmp_path / "site")
    pages = [p for p in (tmp_path / "site").rglob("*") if p.is_file()]
    assert len(pages) > 5 and {mode(p) for p in pages} == {files}
    assert {mode(p) for p in (tmp_path / "site").rglob("*") if p.is_dir()} <= {folders}

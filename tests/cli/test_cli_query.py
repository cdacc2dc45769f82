"""`diplograph query`: named queries, files, inline SPARQL, output formats, clean errors."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from corpora.kg import write_graph_dir

from diplograph.cli import main


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory):
    return write_graph_dir(tmp_path_factory.mktemp("cli"))


def run(*args: str, ok: bool = True):
    result = CliRunner().invoke(main, ["query", *args])
    if ok:
        assert result.exit_code == 0, result.output
    return result


def test_list_shows_every_named_query_with_parameters():
    out = run("--list").output
    for name in ("timeline", "actor-timeline", "statements-by", "meetings-between",
                 "status-history", "who-met-whom", "sources", "roles"):
        assert f"{name}: " in out
    assert "--param a (actor, required)" in out


def test_table_is_the_default_and_reads_in_a_terminal(graph_dir):
    out = run("meetings-between", "-p", "a=Ilse Brandt", "--param", "b=okafor",
              "--graph", str(graph_dir)).output
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["date", "type", "status", "place"]
    assert lines[1].split()[:4] == ["2024-04-03", "meeting", "held", "Nairobi"]
    assert lines[2].split()[:3] == ["2024-06-01", "talks", "proposed"]
    assert lines[-1] == "(2 rows)"
    assert max(len(line) for line in lines) < 400


def test_csv_and_tsv_parse_back(graph_dir):
    for fmt, sep in (("csv", ","), ("tsv", "\t")):
        out = run("status-history", "--param", "event=event:meeting-brandt-okafor",
                  "--format", fmt, "--graph", str(graph_dir)).output
        rows = list(csv.DictReader(io.StringIO(out), delimiter=sep))
        assert [r["status"] for r in rows] == ["proposed", "agreed", "held"]
        assert rows[0]["asserted_on"] == "2024-03-02" and rows[1]["asserted_by"] == ""


def test_json_records_with_iso_dates_and_numbers(graph_dir):
    out = run("roles", "--format", "json", "--graph", str(graph_dir)).output
    rows = json.loads(out)
    brandt = next(r for r in rows if r["name"] == "Ilse Brandt")
    assert brandt["first_seen"] == "2024-03-02" and brandt["articles"] == 2
    assert brandt["actor"].startswith("https://")


def test_query_files_and_inline_sparql(graph_dir, tmp_path):
    rq = tmp_path / "speakers.rq"
    rq.write_text("# title: Speakers\n# param: who:actor — speaker\n"
                  "SELECT ?quote WHERE { ?s dg:speaker ?who ; dg:quote ?quote }\n")
    out = run(str(rq), "-p", "who=Rosa Linde", "--format", "csv", "--graph", str(graph_dir)).output
    assert out.splitlines() == ["quote", "\"The minister looks forward to the invitation,\""]
    out = run("--sparql", "ASK { ?e dg:eventType \"call\" }", "--format", "json",
              "--graph", str(graph_dir)).output
    assert json.loads(out) == [{"ask": True}]
    out = run("--sparql", "SELECT ?x WHERE { ?x dg:eventType \"summit\" }",
              "--graph", str(graph_dir)).output
    assert "(no results)" in out


@pytest.mark.parametrize("store", [None, "memory"])
def test_a_bad_query_reports_line_and_column_without_traceback(graph_dir, store):
    extra = ["--store", store] if store else []
    result = run("--sparql", "SELECT ?x WHERE {\n  ?x ?y\n}", "--graph", str(graph_dir), *extra,
                 ok=False)
    assert result.exit_code == 1
    assert "SPARQL syntax error at line" in result.output and "column" in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_usage_and_lookup_errors_are_one_line_messages(graph_dir, tmp_path):
    missing = run("timeline", "--graph", str(tmp_path / "nowhere"), ok=False)
    assert missing.exit_code == 1 and "nowhere" in missing.output
    assert "Traceback" not in missing.output
    need = run("actor-timeline", "--graph", str(graph_dir), ok=False)
    assert "needs --param actor" in need.output
    unknown = run("roles", "-p", "actor=Nobody Here", "--graph", str(graph_dir), ok=False)
    assert "no actor named 'Nobody Here'" in unknown.output
    assert run("roles", "-p", "actor", "--graph", str(graph_dir), ok=False).exit_code == 2
    assert run("--graph", str(graph_dir), ok=False).exit_code == 2
    assert run("timeline", "--sparql", "ASK {}", ok=False).exit_code == 2
    assert "no named query" in run("timelines", "--graph", str(graph_dir), ok=False).output

"""The house: stages import only downwards (import-linter) and no import cycle hides in a function."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import diplograph

PACKAGE = Path(diplograph.__file__).parent
ROOT_MODULES = {"__init__.py", "__main__.py", "api.py", "errors.py", "records.py", "_files.py"}


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def import_graph() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Every import of a project module (module-level and in functions), and the in-function ones."""
    mods = _modules()
    edges: dict[str, set[str]] = defaultdict(set)
    inner: dict[str, set[str]] = defaultdict(set)
    for name, path in mods.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        guarded = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
                   and "TYPE_CHECKING" in ast.unparse(node.test) for n in ast.walk(node)}
        for node in ast.walk(tree):
            if id(node) in guarded:
                continue
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in mods
                           else node.module for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            for target in targets:
                if target.startswith("diplograph") and target not in mods:
                    edges[name].add(target)  # a stale path: reported by the test below
                if target in mods and target != name:
                    edges[name].add(target)
                if target.startswith("diplograph") and target != name and node.col_offset > 0:
                    inner[name].add(target)
    return edges, inner


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    edges = defaultdict(set, edges)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for start in list(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    comp = []
                    while True:
                        top = stack.pop()
                        on_stack.discard(top)
                        comp.append(top)
                        if top == node:
                            break
                    if len(comp) > 1:
                        found.append(sorted(comp))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(edges[child]))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return found


def test_import_linter_contracts_are_kept():
    root = PACKAGE.parent
    lint = Path(sys.executable).parent / "lint-imports"
    run = subprocess.run([str(lint), "--config", str(root / "pyproject.toml")], cwd=root,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 kept, 0 broken" in run.stdout


def test_no_import_cycle_even_through_function_level_imports():
    edges, _ = import_graph()
    assert cycles(edges) == []


def test_every_project_import_names_a_module_that_exists():
    edges, _ = import_graph()
    mods = _modules()
    assert {m: sorted(t - mods.keys()) for m, t in edges.items() if t - mods.keys()} == {}


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_project_modules_are_imported_at_the_top_except_lazy_cli_commands():
    _, inner = import_graph()
    allowed = {"diplograph"} | {m for m in inner if m.startswith("diplograph.cli")}
    assert {m: sorted(t) for m, t in inner.items() if m not in allowed and t} == {}


def test_every_stage_is_a_package_and_the_root_holds_only_the_entry_modules():
    assert {p.name for p in PACKAGE.glob("*.py")} == ROOT_MODULES
    stages = {"kb", "timex", "ingest", "extract", "resolve", "graph", "store", "query", "views",
              "pipeline", "serve", "cli"}
    assert stages <= {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}

"""Failures to write, odd inputs: one line naming the path and the reason, the documented exit code.

Issue 12, point 10: read-only output folder (build and export), disk full while the store
is loaded, ``--out`` below a file, binary fed to ``diplograph timex -``, a symlink loop.
"""

from __future__ import annotations

import errno
import os
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from corpora.kg import write_graph_dir

from diplograph.cli import main

ARTICLE = ("Ministers met in Oslo on Monday.\nThe Norwegian foreign minister said the talks "
           "were useful.\n")


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def one_error_line(result, exit_code: int, *needles: str) -> str:
    """The run ended with ``exit_code`` and said why in exactly one line."""
    assert result.exit_code == exit_code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


@contextmanager
def read_only(folder: Path, monkeypatch):
    """``folder`` made unwritable: by its mode, or (for root, whom modes do not stop) as on a
    read-only mount, every write below it failing with EROFS at the system call."""
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in (folder, *folder.rglob("*")) if p.is_dir()}
        for p in modes:
            p.chmod(0o555)
        try:
            yield "Permission denied"
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    real_open, real_mkdir = os.open, os.mkdir
    writes = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

    def refuse(path) -> None:
        if Path(os.path.abspath(os.fspath(path))).is_relative_to(folder.resolve()):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fspath(path))

    def fake_open(path, flags, mode=0o777, *, dir_fd=None):
        if flags & writes:
            refuse(path)
        return real_open(path, flags, mode, dir_fd=dir_fd)

    def fake_mkdir(path, mode=0o777, *, dir_fd=None):
        refuse(path)
        return real_mkdir(path, mode, dir_fd=dir_fd)

    with monkeypatch.context() as patch:
        patch.setattr(os, "open", fake_open)
        patch.setattr(os, "mkdir", fake_mkdir)
        yield os.strerror(errno.EROFS)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and ".cache" not in p.parts}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "oslo.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory) -> Path:
    return write_graph_dir(tmp_path_factory.mktemp("graph"))


def build(corpus: Path, out: Path):
    return run("build", str(corpus), "--out", str(out), "--no-progress", "--published", "2024-03-04")


@pytest.mark.slow
def test_build_into_a_read_only_folder_says_so_and_keeps_the_old_outputs(corpus, tmp_path, nlp,
                                                                         monkeypatch):
    out = tmp_path / "out"
    assert build(corpus, out).exit_code == 0
    before = snapshot(out)
    (corpus / "more.txt").write_text(ARTICLE.replace("Oslo", "Bergen"), encoding="utf-8")
    with read_only(out, monkeypatch) as reason:
        result = build(corpus, out)
    one_error_line(result, 1, f"Error: {out}", reason)
    assert snapshot(out) == before


@pytest.mark.parametrize("fmt, target", [("html", "view.html"), ("records", "r.json"),
                                         ("site", "site")])
def test_export_into_a_read_only_folder_says_so(graph_dir, tmp_path, monkeypatch, fmt, target):
    folder = tmp_path / "ro"
    folder.mkdir()
    with read_only(folder, monkeypatch) as reason:
        result = run("export", str(graph_dir), "--format", fmt, "--out", str(folder / target))
    one_error_line(result, 1, str(folder), reason)
    assert list(folder.iterdir()) == []


class FullDisk:
    """pyoxigraph.Store whose bulk loads fail as on a full disk."""

    real = pyoxigraph.Store

    def __init__(self, *args, **kwargs) -> None:
        self._store = self.real(*args, **kwargs)

    def _full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    bulk_extend = bulk_load = extend = _full

    def __getattr__(self, name):
        return getattr(self._store, name)


@pytest.mark.slow
def test_a_full_disk_while_loading_the_store_is_one_line_and_changes_nothing(corpus, tmp_path,
                                                                           nlp, monkeypatch):
    out = tmp_path / "out"
    assert build(corpus, out).exit_code == 0
    before = snapshot(out)
    (corpus / "more.txt").write_text(ARTICLE.replace("Oslo", "Bergen"), encoding="utf-8")
    monkeypatch.setattr(pyoxigraph, "Store", FullDisk)
    result = build(corpus, out)
    one_error_line(result, 1, f"Error: {out}", os.strerror(errno.ENOSPC))
    assert snapshot(out) == before
    assert not list(out.glob(".staging-*"))


def test_out_below_a_file_names_the_file(corpus, graph_dir, tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    one_error_line(build(corpus, blocker / "graph"), 1, f"{blocker} is a file")
    for fmt, target in (("site", blocker / "site"), ("html", blocker / "sub" / "view.html")):
        result = run("export", str(graph_dir), "--format", fmt, "--out", str(target))
        one_error_line(result, 1, f"{blocker} is a file")


@pytest.mark.parametrize("data", [b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8,
                                  os.urandom(4096), b"\x89PNG\r\n\x1a\n" + b"\x00" * 64],
                         ids=["executable", "random", "png"])
def test_timex_reading_binary_from_stdin_refuses_in_one_line(data):
    result = run("timex", "-", input=data)
    one_error_line(result, 1, "standard input", "binary")


def test_timex_still_reads_text_from_stdin():
    result = run("timex", "--dct", "2024-05-01", "-", input=b"They met on Monday.\n")
    assert result.exit_code == 0 and '"value": "2024-04-29"' in result.output


@pytest.mark.slow
def test_a_symlink_loop_in_an_input_folder_is_skipped_with_its_reason(corpus, tmp_path, nlp):
    os.symlink("b.txt", corpus / "a.txt")
    os.symlink("a.txt", corpus / "b.txt")
    os.symlink("self.txt", corpus / "self.txt")
    result = build(corpus, tmp_path / "out")
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped")]
    assert sorted(skipped) == [f"skipped {corpus / name}: symlink loop (the link leads back to "
                               "itself)" for name in ("a.txt", "b.txt", "self.txt")]
    result = build(corpus / "self.txt", tmp_path / "out2")
    one_error_line(result, 1, "self.txt", "symlink loop")

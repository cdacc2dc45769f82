"""A graph names its articles' files relative to the corpus, so it does not depend on where the corpus lies."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from diplograph.ingest.documents import iter_documents, sample_corpus_path
from diplograph.pipeline.build import build


@pytest.mark.slow
def test_same_corpus_in_two_folders_gives_identical_graph_trig(tmp_path: Path, nlp) -> None:
    outs = []
    for where in ("first/corpus", "second/deeper/copy"):
        corpus = Path(shutil.copytree(sample_corpus_path(), tmp_path / where))
        outs.append(tmp_path / f"out-{len(outs)}")
        build([corpus], outs[-1], nlp=nlp, progress=False)
    texts = [(out / "graph.trig").read_bytes() for out in outs]
    assert texts[0] == texts[1]
    assert str(tmp_path).encode() not in texts[0]
    assert b'dcterms:source "000_5bcbbfcb0c79b4a4.txt"' in texts[0]
    mask = os.umask(0o022)
    os.umask(mask)
    published = [outs[0] / name for name in ("graph.trig", "records.json", "index.html")]
    assert {stat.S_IMODE(p.stat().st_mode) for p in published} == {0o666 & ~mask}
    assert stat.S_IMODE((outs[0] / "store").stat().st_mode) == 0o777 & ~mask


def test_documents_name_their_file_relative_to_the_input(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "a.txt").write_text("The foreign minister of Norway met his Danish "
                                          "counterpart on Monday.\n", encoding="utf-8")
    single = tmp_path / "b.txt"
    single.write_text("The president of Chile spoke by phone with the Kenyan president.\n",
                      encoding="utf-8")
    docs = list(iter_documents([corpus, single], published=None, notes=[]))
    assert [d.source for d in docs] == ["sub/a.txt", "b.txt"]

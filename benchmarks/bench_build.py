"""Build benchmark: pages/s against bare spaCy, memory, store size, incremental rebuilds.

Usage: python benchmarks/bench_build.py [--recur R] [N ...]   (default: 100 1000 10000)
       python benchmarks/bench_build.py --repeat FOLDER K [K ...]
Each N runs in its own process so peak RSS is that build's own. ``--recur R``: stories recur
across R outlets on average (benchmarks/corpus_gen.py). ``--repeat``: the folder's articles
copied K times under new ids, built from scratch, against bare nlp.pipe on the same texts.
Options after the sizes: ``--no-spacy`` (no bare spaCy pass), ``--spacy-sample K`` (bare spaCy
pages/s measured on the first K texts only: a 10k run need not parse everything twice),
``--workdir DIR`` (corpus and output kept there, not in a temporary folder that is removed).
Each phase's figures go to stderr as soon as they are known, so a stopped run still reports.
"""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _dir_size(path: Path) -> int:
    """Bytes under a folder."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _bare_spacy(corpus: Path, nlp=None, sample: int = 0) -> tuple[float, float]:
    """Wall and CPU seconds for nlp.pipe alone over the same document texts (the first ``sample``)."""
    from diplograph.extract.nlp import load_nlp
    from diplograph.ingest.documents import iter_documents

    texts = [d.text for d in iter_documents([corpus])]
    texts = texts[:sample] if sample else texts
    nlp = nlp or load_nlp()
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - start, time.process_time() - cpu


def _query_latency(out: Path) -> dict[str, float]:
    """Median milliseconds of each named query on the built graph (parameters from the graph)."""
    from diplograph.api import load
    from diplograph.query.named import named_queries

    kg = load(out)
    pair = kg.query("who-met-whom").iloc[0]
    event = kg.query("timeline").query("kind == 'event'").iloc[0]["item"]
    values = {"actor": pair["a"], "a": pair["a"], "b": pair["b"], "event": event, "fact": event}
    result = {}
    for name, q in named_queries().items():
        params = {p.name: values[p.name] for p in q.params if p.name in values}
        times = []
        for _ in range(5):
            start = time.perf_counter()
            kg.query(name, **params)
            times.append((time.perf_counter() - start) * 1000)
        result[name] = sorted(times)[2]
    kg.close()
    return result


def _note(label: str, **figures) -> None:
    """One phase's figures on stderr, with the peak RSS so far."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    text = ", ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items())
    print(f"[{time.strftime('%H:%M:%S')}] {label}: {text}, peak RSS {rss:.0f} MB", file=sys.stderr, flush=True)


def run_one(n: int, recur: float = 1.0, spacy: bool = True, sample: int = 0,
            workdir: Path | None = None) -> dict:
    """Generate, build, rebuild unchanged, rebuild after adding 1%; collect figures."""
    sys.path.insert(0, str(HERE))
    from corpus_gen import generate

    from diplograph.extract.nlp import load_nlp
    from diplograph.pipeline.build import build

    tmp = workdir or Path(tempfile.mkdtemp(prefix="dg-bench-"))
    corpus, out = generate(n, tmp / "corpus", recur=recur), tmp / "out"
    _note("corpus generated", documents=n)
    nlp = load_nlp()
    bare, bare_cpu = _bare_spacy(corpus, nlp, sample) if spacy else (float("nan"), float("nan"))
    per = min(sample, n) if sample else n  # the texts the bare pass parsed
    if spacy:
        _note("bare nlp.pipe", texts=per, seconds=bare, pages_s=per / bare, cpu_s=bare_cpu)
    bare, bare_cpu = bare * n / per, bare_cpu * n / per  # as if over all n texts
    cpu = time.process_time()
    first = build([corpus], out, nlp=nlp, progress=workdir is not None)
    first_cpu = time.process_time() - cpu
    _note("first build", seconds=first.seconds, pages_s=n / first.seconds, cpu_s=first_cpu,
          ratio=bare / first.seconds, triples=first.triples,
          phases={k: round(v, 1) for k, v in first.phases.items()})
    again = build([corpus], out, nlp=nlp, progress=False)
    _note("unchanged rebuild", seconds=again.seconds)
    extra = generate(max(1, n // 100), tmp / "extra", seed=99, recur=recur)
    for f in extra.glob("gen*.txt"):
        shutil.copy(f, corpus / f"x{f.name}")
    with (corpus / "manifest.jsonl").open("a", encoding="utf-8") as fh:
        for line in (extra / "manifest.jsonl").read_text().splitlines():
            row = json.loads(line)
            row["id"], row["path"] = "x" + row["id"], "x" + row["path"]
            fh.write(json.dumps(row) + "\n")
    cpu = time.process_time()
    added = build([corpus], out, nlp=nlp, progress=False)
    added_cpu = time.process_time() - cpu
    _note("+1% rebuild", seconds=added.seconds, cpu_s=added_cpu,
          phases={k: round(v, 1) for k, v in added.phases.items()})
    figures = {
        "n": n, "documents": first.documents, "events": first.events,
        "statements": first.statements, "build_pages_s": n / first.seconds, "spacy_pages_s": n / bare,
        "ratio": bare / first.seconds, "cpu_ratio": bare_cpu / first_cpu, "peak_rss_mb": resource.getrusage(
            resource.RUSAGE_SELF).ru_maxrss / 1024, "triples": first.triples,
        "store_mb": _dir_size(out / "store") / 1e6 if (out / "store").exists() else 0.0,
        "first_s": first.seconds, "unchanged_s": again.seconds,
        "unchanged_speedup": first.seconds / again.seconds, "add1pct_s": added.seconds,
        "add1pct_cpu": added_cpu,
        "add1pct_phases": added.phases,
        "query_ms": _query_latency(out), "spacy_sample": per,
    }
    if workdir is None:
        shutil.rmtree(tmp, ignore_errors=True)
    return figures


def run_repeat(src: Path, k: int) -> dict:
    """The articles of ``src`` k times under new ids: a fresh build against bare nlp.pipe."""
    sys.path.insert(0, str(HERE))
    from corpus_gen import repeat

    from diplograph.extract.nlp import load_nlp
    from diplograph.pipeline.build import build

    tmp = Path(tempfile.mkdtemp(prefix="dg-bench-rep-"))
    corpus = repeat(src, k, tmp / "corpus")
    nlp = load_nlp()
    bare, bare_cpu = _bare_spacy(corpus, nlp)
    cpu = time.process_time()
    result = build([corpus], tmp / "out", nlp=nlp, progress=False)
    figures = {"k": k, "documents": result.documents, "build_s": result.seconds, "spacy_s": bare,
               "build_cpu": time.process_time() - cpu, "spacy_cpu": bare_cpu,
               "events": result.events, "statements": result.statements, "triples": result.triples,
               "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    shutil.rmtree(tmp, ignore_errors=True)
    return figures


def _child(*args: str) -> dict:
    """Run one case in a fresh process (its own peak RSS); its figures as a dict."""
    out = subprocess.run([sys.executable, __file__, *args], check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main_repeat(src: Path, ks: list[int]) -> None:
    """Print build time against bare spaCy for each repetition factor, and how time grows with k."""
    print(f"{'k':>4} {'docs':>5} {'events':>6} {'stmts':>6} {'triples':>8} {'build s':>8} {'spaCy s':>8} "
          f"{'build/spaCy':>11} {'cpu ratio':>9} {'RSS MB':>7}")
    first = None
    for k in ks:
        f = _child("--repeat-one", str(src), str(k))
        first = first or f
        print(f"{k:>4} {f['documents']:>5} {f['events']:>6} {f['statements']:>6} {f['triples']:>8} "
              f"{f['build_s']:>8.1f} {f['spacy_s']:>8.1f} {f['build_s'] / f['spacy_s']:>11.2f} "
              f"{f['build_cpu'] / f['spacy_cpu']:>9.2f} {f['peak_rss_mb']:>7.0f}   "
              f"x{k / first['k']:.0f} articles: x{f['build_s'] / first['build_s']:.1f} time, "
              f"x{f['build_cpu'] / first['build_cpu']:.1f} CPU")
        sys.stdout.flush()


def main(sizes: list[int], recur: float = 1.0, spacy: bool = True, extra: tuple[str, ...] = ()) -> None:
    """Run each size in a child process and print a table (ratio: wall time; cpu: CPU time, steadier on a busy machine)."""
    print(f"{'N':>6} {'build p/s':>9} {'spaCy p/s':>9} {'ratio':>5} {'cpu':>5} {'RSS MB':>7} "
          f"{'triples':>8} {'store MB':>8} {'first s':>7} {'again s':>7} {'x':>5} "
          f"{'+1% s':>6} {'max query ms':>12}")
    for n in sizes:
        f = _child("--one", str(n), str(recur), *(() if spacy else ("--no-spacy",)), *extra)
        print(f"{f['n']:>6} {f['build_pages_s']:>9.1f} {f['spacy_pages_s']:>9.1f} "
              f"{f['ratio']:>5.2f} {f['cpu_ratio']:>5.2f} {f['peak_rss_mb']:>7.0f} {f['triples']:>8} "
              f"{f['store_mb']:>8.1f} {f['first_s']:>7.1f} {f['unchanged_s']:>7.2f} "
              f"{f['unchanged_speedup']:>5.0f} {f['add1pct_s']:>6.1f} "
              f"{max(f['query_ms'].values(), default=0):>12.1f}")
        print(f"   {f['documents']} documents, {f['events']} events, {f['statements']} statements; "
              f"bare spaCy measured on {f['spacy_sample']} texts")
        print(f"   +1% CPU {f['add1pct_cpu']:.1f} s; phases s: "
              + ", ".join(f"{k} {v:.1f}" for k, v in f["add1pct_phases"].items()))
        print("   queries ms (median of 5): " + ", ".join(f"{k} {v:.1f}" for k, v in f["query_ms"].items()))
        sys.stdout.flush()


def _option(args: list[str], name: str) -> tuple[str | None, list[str]]:
    """The value after ``name`` in ``args`` (None when absent) and the args without the pair."""
    if name not in args:
        return None, args
    i = args.index(name)
    return args[i + 1], args[:i] + args[i + 2:]


if __name__ == "__main__":
    sample_arg, rest = _option(sys.argv[1:], "--spacy-sample")
    workdir_arg, rest = _option(rest, "--workdir")
    sys.argv = [sys.argv[0], *rest]
    passed = (*(("--spacy-sample", sample_arg) if sample_arg else ()),
              *(("--workdir", workdir_arg) if workdir_arg else ()))
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(run_one(int(sys.argv[2]), float(sys.argv[3]) if len(sys.argv) > 3 else 1.0,
                                 spacy="--no-spacy" not in sys.argv, sample=int(sample_arg or 0),
                                 workdir=Path(workdir_arg) if workdir_arg else None)))
    elif len(sys.argv) > 3 and sys.argv[1] == "--repeat-one":
        print(json.dumps(run_repeat(Path(sys.argv[2]), int(sys.argv[3]))))
    elif len(sys.argv) > 3 and sys.argv[1] == "--repeat":
        main_repeat(Path(sys.argv[2]), [int(a) for a in sys.argv[3:]])
    elif len(sys.argv) > 2 and sys.argv[1] == "--recur":  # --no-spacy last: skip the bare spaCy pass
        sizes = [int(a) for a in sys.argv[3:] if a != "--no-spacy"]
        main(sizes or [100, 1000, 10000], float(sys.argv[2]), spacy="--no-spacy" not in sys.argv,
             extra=passed)
    else:
        main([int(a) for a in sys.argv[1:]] or [100, 1000, 10000])

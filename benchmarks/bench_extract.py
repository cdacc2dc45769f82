"""Extraction throughput (issue 17): diplograph's CPU beyond a bare nlp.pipe, as a share of it, by step.

Usage: python benchmarks/bench_extract.py [--generated N] [--runs K] [--profile OUT.prof] [FOLDER ...]
Default folders: the four shared sets (/work/shared/corpus/*) plus N=200 pages from
benchmarks/corpus_gen.py. Each run is a fresh process: it parses every text with the packaged model's
full default pipeline (the baseline: spacy.load, nothing added or removed), then with the pipe extract()
runs (the same model plus diplograph's line splitter and event-cue matcher, whose CPU is timed alone and
counts as diplograph's), then times each step of extract_one on the documents that second pass parsed. Lexicons, the
gazetteer and dateparser load on first use, once per process: a warm-up on 16 documents (parsed
apart) pays for that before the timed pass and is printed, not counted. CPU time (user+sys of
this process), not wall time: the machine is shared. Target: extraction within 15% of nlp.pipe.
"""

from __future__ import annotations

import cProfile
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared/corpus")
STEPS = ("repair_ents", "actors", "timex", "statements", "events", "link", "records")


def run_once(folders: list[Path], generated: int, profile: str | None = None) -> dict:
    """Parse once, then extract with each step timed; CPU seconds per step and of the parse."""
    sys.path.insert(0, str(HERE))
    import dateparser
    import spacy
    from corpus_gen import generate

    from diplograph.extract import doc_actors, extract_one, to_actors
    from diplograph.extract.actors import candidates
    from diplograph.extract.base import MODEL
    from diplograph.extract.events.finder import find_events
    from diplograph.extract.nlp import load_nlp
    from diplograph.extract.statements.finder import find_statements, link_events
    from diplograph.ingest.documents import iter_documents
    from diplograph.timex import tag

    if generated:
        folders = [*folders, generate(generated, Path(tempfile.mkdtemp(prefix="dg-bench-ext-")) / "corpus")]
    documents = list(iter_documents(folders))
    bare = spacy.load(MODEL)  # the baseline: the model's own default pipeline, as shipped
    for _ in bare.pipe((d.text for d in documents[:16]), batch_size=16):
        pass  # first-batch allocations are not the pipe's work
    cpu = time.process_time()
    for _ in bare.pipe((d.text for d in documents), batch_size=16):
        pass
    parse = time.process_time() - cpu
    del bare
    nlp = load_nlp()
    with nlp.select_pipes(disable=[p for p in ("diplograph_actors",) if p in nlp.pipe_names]):
        parsed = list(nlp.pipe(((d.text, d) for d in documents), as_tuples=True, batch_size=16))
        ours = 0.0  # diplograph's own components, timed alone (a difference of two parses is all noise)
        tokenized = [nlp.make_doc(d.text) for d in documents]
        for name, docs in (("diplograph_lines", tokenized), ("diplograph_event_cues", [s for s, _ in parsed])):
            component = nlp.get_pipe(name)
            cpu = time.process_time()
            for sdoc in docs:
                component(sdoc)
            ours += time.process_time() - cpu
        del tokenized
        cpu = time.process_time()  # lexicons, gazetteer and dateparser load on first use: once per process
        for sdoc, document in nlp.pipe(((d.text, d) for d in documents[:16]), as_tuples=True):
            extract_one(sdoc, document)
        dateparser.parse("3 May 2021", languages=["en"])  # its language data (timex falls back on it rarely)
        warm = time.process_time() - cpu
    spent = dict.fromkeys(STEPS, 0.0)
    profiler = cProfile.Profile(time.process_time) if profile else None  # CPU, not wall: the machine is shared

    def timed(step, fn, *args, **kwargs):
        start = time.process_time()
        result = list(fn(*args, **kwargs))  # the finders are generators: time the whole run
        spent[step] += time.process_time() - start
        return result

    if profiler:
        profiler.enable()
    for sdoc, document in parsed:  # the steps of diplograph.extract.extract_one
        timed("repair_ents", candidates.doc_ents, sdoc)  # cached for the actor pass that follows
        start = time.process_time()
        actors = doc_actors(sdoc, document)  # a DocActors, kept as it is
        spent["actors"] += time.process_time() - start
        timexes = timed("timex", tag, document.text, document.published, doc=sdoc)
        statements = timed("statements", find_statements, sdoc, document, actors, timexes)
        events = timed("events", find_events, sdoc, document, actors, timexes, statements)
        if events:
            statements = timed("link", link_events, statements, events)
        timed("records", to_actors, actors, document)
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    return {"documents": len(parsed), "characters": sum(len(d.text) for d in documents),
            "parse_cpu": parse, "our_pipe_cpu": ours, "warm_up_cpu": warm, "steps": spent}


def main(folders: list[Path], generated: int, runs: int) -> None:
    """Print extraction CPU as a share of the parse, per step, median over fresh-process runs."""
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, __file__, "--one", str(generated), *map(str, folders)],
                             check=True, capture_output=True, text=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    first = results[0]
    parse = statistics.median(r["parse_cpu"] for r in results)
    pipe = statistics.median(r["our_pipe_cpu"] for r in results)
    steps = {s: statistics.median(r["steps"][s] for r in results) for s in STEPS}
    total = pipe + sum(steps.values())
    print(f"{first['documents']} documents, {first['characters']:,} characters, {runs} runs (medians, CPU s)")
    print(f"bare nlp.pipe {parse:7.2f} s   (the model's default pipeline; not counted: one-time loading, "
          f"{statistics.median(r['warm_up_cpu'] for r in results):.2f} s with 16 warm-up documents)")
    print(f"diplograph    {total:7.2f} s = {100 * total / parse:5.1f}% of nlp.pipe on top of it   (target: 15%; "
          f"pages/s {parse / (parse + total):.2f}x bare)")
    print(f"  {'own pipes':<11} {pipe:7.2f} s = {100 * pipe / parse:5.1f}%   (the line splitter and event-cue matcher "
          f"extract()'s pipe adds to the model)")
    for s in STEPS:
        print(f"  {s:<11} {steps[s]:7.2f} s = {100 * steps[s] / parse:5.1f}%   "
              f"({100 * steps[s] / total if total else 0:4.1f}% of diplograph's)")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--one"]:
        print(json.dumps(run_once([Path(a) for a in args[2:]], int(args[1]))))
        sys.exit()
    options = {"--generated": "200", "--runs": "3", "--profile": ""}
    rest = []
    while args:
        a = args.pop(0)
        if a in options:
            options[a] = args.pop(0)
        else:
            rest.append(a)
    folders = [Path(a) for a in rest] or sorted(p for p in SHARED.iterdir() if p.is_dir())
    if options["--profile"]:
        figures = run_once(folders, int(options["--generated"]), options["--profile"])
        print(json.dumps(figures, indent=1))
    else:
        main(folders, int(options["--generated"]), int(options["--runs"]))

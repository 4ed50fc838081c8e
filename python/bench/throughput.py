"""Throughput of the Python package against the binary, on the same text.

    python python/bench/throughput.py [--corpus ../shared/corpus] [--copies 3] [--runs 3]
        [--binary target/release/newsfacts]

Reads every `<corpus>/*/articles.jsonl` (`--copies` times: the shared corpora
are 7.2 MB, 2,015 articles), writes them to one temporary JSON Lines file for
the binary, and times, best of `--runs`:

* `newsfacts run --quiet -j N FILE -o /dev/null` for N = 1, 2: reading,
  analysing and writing;
* `Pipeline().analyze_batch(items, threads=N)` on the same articles held as
  dicts (what a notebook has), returning dicts (the records parsed by
  `json.loads`), and `analyze_batch_json` (the JSON lines only).

Throughput is in MB (10^6 bytes) of article text per second. CPU seconds
(user + system, every thread; the least of the runs, as wall time) are
printed too, with the ratios by both: on a machine shared with other work
CPU time moves less than wall time. For `analyze_batch`, "caller" is the
CPU time of the calling thread alone (building the dicts, with the GIL). Run it with the package built in
release mode (`pip install ./python`, as .ci/python does; `maturin develop`
builds a debug one).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import newsfacts

ROOT = Path(__file__).resolve().parents[2]


def best(fn, runs):
    """The least of each figure of `fn()` over `runs`."""
    results = [fn() for _ in range(runs)]
    return tuple(min(r[i] for r in results) for i in range(len(results[0])))


def time_binary(binary, path, jobs):
    def run():
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(
            [binary, "run", "--quiet", "-j", str(jobs), path, "-o", os.devnull],
            check=True,
        )
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, cpu, float("nan")

    return run


def time_package(fn, items, threads):
    def run():
        before = resource.getrusage(resource.RUSAGE_SELF)
        t0 = time.perf_counter()
        c0 = time.thread_time()
        out = fn(items, threads=threads)
        caller = time.thread_time() - c0
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_SELF)
        assert len(out) == len(items)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, cpu, caller

    return run


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--copies", type=int, default=3)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--binary", default=str(ROOT / "target" / "release" / "newsfacts"))
    args = ap.parse_args(argv)

    lines = []
    for path in sorted(glob.glob(os.path.join(args.corpus, "*", "articles.jsonl"))):
        with open(path, encoding="utf-8") as f:
            lines.extend(line for line in f if line.strip())
    if not lines:
        sys.exit(f"no articles in {args.corpus}/*/articles.jsonl")
    lines = lines * args.copies
    items = [json.loads(line) for line in lines]
    text_mb = sum(len(i.get("text", "").encode("utf-8")) for i in items) / 1e6
    print(f"{len(items)} articles, {text_mb:.1f} MB of text; load average {os.getloadavg()[0]:.2f}")

    pipeline = newsfacts.Pipeline()
    rows = []
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        f.writelines(lines)
        path = f.name
    try:
        for threads in (1, 2):
            cases = [
                (f"binary -j {threads}", time_binary(args.binary, path, threads)),
                (f"analyze_batch, threads={threads}", time_package(pipeline.analyze_batch, items, threads)),
                (
                    f"analyze_batch_json, threads={threads}",
                    time_package(pipeline.analyze_batch_json, items, threads),
                ),
            ]
            for name, fn in cases:
                wall, cpu, caller = best(fn, args.runs)
                rows.append((name, wall, cpu, text_mb / wall))
                print(
                    f"{name:32} {wall:6.2f} s  {text_mb / wall:6.1f} MB/s  cpu {cpu:6.2f} s  caller {caller:5.2f} s",
                    flush=True,
                )
    finally:
        os.unlink(path)
    by = {name: mbs for name, _, _, mbs in rows}
    cpu_of = {name: cpu for name, _, cpu, _ in rows}
    for threads in (1, 2):
        for fn in ("analyze_batch", "analyze_batch_json"):
            mine, binary = f"{fn}, threads={threads}", f"binary -j {threads}"
            print(
                f"{fn} / binary at {threads} thread(s): {by[mine] / by[binary]:.2f} by wall time, "
                f"{cpu_of[binary] / cpu_of[mine]:.2f} by CPU time"
            )
    print(
        "scaling 1 -> 2 threads: binary {:.2f}x, analyze_batch {:.2f}x".format(
            by["binary -j 2"] / by["binary -j 1"], by["analyze_batch, threads=2"] / by["analyze_batch, threads=1"]
        )
    )
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()

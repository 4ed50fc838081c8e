"""Threads, the GIL, fork, bad input and bad arguments, the stubs."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import threading
import warnings
from pathlib import Path

import pytest

import newsfacts
from newsfacts import _native

from conftest import ROOT, binary_path


def corpus(articles, copies):
    """`copies` times the sample articles, each copy with its own ids."""
    return [dict(a, id=f"{a['id']}-{i}") for i in range(copies) for a in articles]


def test_the_gil_is_free_while_a_batch_runs(articles):
    """Another Python thread runs while `analyze_batch` analyses: it sees the
    batch in progress. With the GIL held for the whole batch it never could:
    the counter is raised and lowered with the GIL held, around the part
    that runs without it."""
    p = newsfacts.Pipeline()
    items = corpus(articles, 40)
    done = threading.Event()
    seen_running = []

    def work():
        try:
            p.analyze_batch(items, threads=1)
        finally:
            done.set()

    t = threading.Thread(target=work)
    t.start()
    while not done.is_set():
        if _native._batches_running() > 0:
            seen_running.append(True)
            break
    t.join()
    assert seen_running, "no other Python code ran while the batch was analysed"
    assert _native._batches_running() == 0


def test_two_python_threads_analyse_side_by_side(articles):
    """Two threads each run a batch on one thread: both batches are in
    progress at once (only possible without the GIL)."""
    p = newsfacts.Pipeline()
    items = corpus(articles, 60)
    both = []
    results = {}

    def watch(stop):
        while not stop.is_set():
            if _native._batches_running() == 2:
                both.append(True)
                return

    def work(name):
        results[name] = p.analyze_batch(items, threads=1)

    # The second thread may start only after the first finished (a loaded
    # machine): a few tries make that vanishingly unlikely, while with the
    # GIL held the two could never be seen running together.
    for _ in range(5):
        stop = threading.Event()
        watcher = threading.Thread(target=watch, args=(stop,))
        watcher.start()
        workers = [threading.Thread(target=work, args=(n,)) for n in ("a", "b")]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        stop.set()
        watcher.join()
        assert results["a"] == results["b"]
        if both:
            break
    assert both, "the two batches never ran at the same time"


def test_a_batch_on_two_threads_uses_both(articles):
    p = newsfacts.Pipeline()
    items = corpus(articles, 30)
    records = p.analyze_batch(items, threads=2)
    assert _native._last_batch_threads() == 2
    assert records == p.analyze_batch(items, threads=1)
    assert _native.resolved_threads(2) == 2


def test_threads_default_to_the_environment_variable():
    code = "from newsfacts import _native; print(_native.resolved_threads())"
    env = dict(os.environ, NEWSFACTS_NUM_THREADS="1")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True)
    assert out.stdout.strip() == b"1"
    env["NEWSFACTS_NUM_THREADS"] = "3"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True)
    assert out.stdout.strip() == b"3"
    env["NEWSFACTS_NUM_THREADS"] = "many"
    code = "import newsfacts; newsfacts.Pipeline().analyze_batch(['x'])"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True)
    assert out.returncode != 0 and b"ValueError: NEWSFACTS_NUM_THREADS=`many`" in out.stderr
    with pytest.raises(ValueError, match="threads must be at least 1"):
        newsfacts.Pipeline().analyze_batch(["x"], threads=0)


def _child(items):
    # A fresh pipeline and the module-level one: both run on this process's pools.
    p = newsfacts.Pipeline()
    return [json.dumps(r, sort_keys=True) for r in p.analyze_batch(items, threads=2)], json.dumps(
        newsfacts.analyze(items[0]["text"], date=items[0]["date"], id=items[0]["id"]), sort_keys=True
    )


def test_safe_after_fork(articles):
    """A child forked after the parent's pool started has none of its
    threads: a batch there must run on a new pool, not wait forever for the
    parent's."""
    p = newsfacts.Pipeline()
    items = corpus(articles, 2)
    expected = [json.dumps(r, sort_keys=True) for r in p.analyze_batch(items, threads=2)]
    newsfacts.analyze(items[0]["text"])  # the parent's module-level pipeline exists too
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork with threads
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(2) as pool:
            results = [pool.apply_async(_child, (items,)) for _ in range(2)]
            # A deadlocked child never answers: the timeout makes that a failure.
            answers = [r.get(timeout=300) for r in results]
    for records, single in answers:
        assert records == expected
        assert json.loads(single)["id"] == items[0]["id"]
    # And the parent's pool still works.
    assert [json.dumps(r, sort_keys=True) for r in p.analyze_batch(items, threads=2)] == expected


def test_bad_input_lands_in_errors_and_the_rest_goes_on():
    class Odd:
        pass

    good = "Three people were killed on Monday."
    items = [
        good,
        {"id": "no-text", "html": "<p>hi</p>"},
        {"id": "num-text", "text": 12},
        42,
        None,
        {"text": good, "date": "the day after"},
        {"text": good, "score": float("nan")},
        {"text": good, "extra": Odd()},
        "\ud800 lone surrogate",
        {"text": good, 3: "int key"},
        {"text": good, "date": __import__("datetime").date(2024, 3, 6), "id": 7},
        good,
    ]
    records = newsfacts.Pipeline().analyze_batch(items)
    assert len(records) == len(items)
    ok = records[0]
    assert ok["errors"] == [] and ok["id"] == "items:1"
    assert ok["casualties"]["totals"]["killed"] == 3

    def only_error(r):
        assert len(r["errors"]) == 1, r
        e = r["errors"][0]
        assert e["stage"] == "input" and e["file"] == "items"
        return e

    e = only_error(records[1])
    assert records[1]["id"] == "no-text" and e["line"] == 2
    assert e["message"].startswith("no article text: none of the fields `text`, `body`, `content` is present")
    assert "dates" not in records[1]
    assert "must be a string" in only_error(records[2])["message"]
    assert "a `int`, where a str" in only_error(records[3])["message"]
    assert "a `NoneType`" in only_error(records[4])["message"]
    e = only_error(records[5])
    assert records[5]["published"] is None and records[5]["dates"]
    assert e["message"].startswith("field `date`: invalid publication date `the day after`")
    assert "field `score` holds NaN, which is not a JSON number" in only_error(records[6])["message"]
    assert "field `extra` holds a `Odd`, which has no JSON form" in only_error(records[7])["message"]
    assert "not valid Unicode" in only_error(records[8])["message"]
    assert "a key that is a `int`" in only_error(records[9])["message"]
    assert records[10]["errors"] == [] and records[10]["published"] == "2024-03-06" and records[10]["id"] == "7"
    assert records[11]["id"] == "items:12" and records[11] == dict(ok, id="items:12")
    # Numbering goes on across batches.
    batches = list(newsfacts.Pipeline().iter_batches([good, {"x": 1}, good], batch_size=2))
    assert [len(b) for b in batches] == [2, 1]
    assert batches[0][1]["errors"][0]["line"] == 2 and batches[1][0]["id"] == "items:3"


def test_iter_batches_reads_lazily():
    pulled = []

    def source():
        for i in range(10):
            pulled.append(i)
            yield f"Item {i} was published on Monday."

    it = newsfacts.Pipeline(["dates"]).iter_batches(source(), batch_size=4)
    first = next(it)
    assert len(first) == 4 and len(pulled) == 4
    rest = list(it)
    assert [len(b) for b in rest] == [4, 2] and len(pulled) == 10
    with pytest.raises(ValueError):
        next(newsfacts.Pipeline().iter_batches([], batch_size=0))


def cli_error(*args: str) -> str:
    """The message `newsfacts` prints for a fatal error."""
    out = subprocess.run([str(binary_path()), *args], capture_output=True, input=b"")
    assert out.returncode == 1
    line = out.stderr.decode().strip().splitlines()[-1]
    prefix = "newsfacts: error: "
    assert line.startswith(prefix), line
    return line[len(prefix) :]


def test_bad_arguments_raise_value_error_with_the_cli_s_message(tmp_path):
    with pytest.raises(ValueError) as e:
        newsfacts.Pipeline(["datse"])
    assert str(e.value) == cli_error("run", "-a", "datse", "-")
    assert str(e.value) == "no analyzer named `datse`; did you mean `dates`? (`newsfacts analyzers` lists them)"
    with pytest.raises(ValueError) as e:
        newsfacts.analyze("text", analyzers="quotes,nope")
    assert str(e.value).startswith("no analyzer named `nope`")
    bad = {"dates": {"date_order": "ymd"}}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad))
    with pytest.raises(ValueError) as e:
        newsfacts.Pipeline(config=bad)
    assert str(e.value) == cli_error("run", "--config", str(path), "-")
    with pytest.raises(ValueError) as e:
        newsfacts.Pipeline(config=path)
    assert str(e.value) == cli_error("run", "--config", str(path), "-")
    missing = tmp_path / "missing.json"
    with pytest.raises(ValueError) as e:
        newsfacts.Pipeline(config=missing)
    assert str(e.value) == cli_error("run", "--config", str(missing), "-")
    with pytest.raises(ValueError, match="unknown offset unit `words`"):
        newsfacts.Pipeline(offsets="words")
    with pytest.raises(ValueError, match="names no analyzer"):
        newsfacts.Pipeline([])
    with pytest.raises(ValueError, match="not a JSON object"):
        newsfacts.Pipeline(config={"dates": {"when": object()}})


def test_an_unused_config_section_is_a_warning():
    with pytest.warns(UserWarning, match="config section `quotes` is not used"):
        p = newsfacts.Pipeline(["dates"], {"quotes": {}})
    assert p.warnings == ["config section `quotes` is not used: `quotes` is not being run (running: dates)"]


def test_the_stubs_match_the_module(tmp_path):
    pytest.importorskip("mypy")
    # Run outside the source tree, so the installed package is what is checked.
    out = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "newsfacts"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    # The package also type-checks against its own stubs.
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", str(ROOT / "python" / "newsfacts")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr

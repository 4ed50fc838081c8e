"""The package's records are `newsfacts run`'s lines, and their spans point
into the text given."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest

import newsfacts
from conftest import ARTICLES, ROOT, run_binary


def canonical(record: dict) -> str:
    return json.dumps(record, sort_keys=True)


def test_records_equal_the_binary_s_lines(articles, binary_lines):
    records = newsfacts.Pipeline().analyze_batch(articles)
    assert len(records) == len(binary_lines) == 9
    for mine, line in zip(records, binary_lines):
        assert canonical(mine) == canonical(json.loads(line))
    # The JSON text itself is the binary's, byte for byte.
    assert newsfacts.Pipeline().analyze_batch_json(articles) == binary_lines


def test_every_way_in_gives_the_same_records(articles, binary_lines):
    expected = [canonical(json.loads(line)) for line in binary_lines]
    p = newsfacts.Pipeline()
    one_by_one = [
        p.analyze(a["text"], date=a["date"], id=a["id"], title=a["title"], url=a["url"]) for a in articles
    ]
    # `section` is an input field the binary writes back; analyze() has none.
    for mine, theirs in zip(one_by_one, expected):
        theirs = json.loads(theirs)
        del theirs["section"]
        assert canonical(mine) == canonical(theirs)
    batched = [r for batch in p.iter_batches(iter(articles), batch_size=4) for r in batch]
    assert [canonical(r) for r in batched] == expected
    for threads in (1, 2, 3):
        assert [canonical(r) for r in p.analyze_batch(articles, threads=threads)] == expected


def test_options_match_the_binary_s(articles, binary, tmp_path):
    config = {"dates": {"date_order": "dmy", "ages": False}}
    path = tmp_path / "config.json"
    path.write_text(json.dumps(config))
    lines = run_binary(binary, "-a", "dates,quotes", "--offsets", "bytes", "--config", str(path))
    for cfg in (config, path, str(path)):
        p = newsfacts.Pipeline(["dates", "quotes"], cfg, offsets="bytes")
        assert p.names == ["dates", "quotes"]
        assert p.analyze_batch_json(articles) == lines
    p = newsfacts.Pipeline("quotes,dates", config, offsets="bytes")
    assert p.analyze_batch_json(articles) == lines
    assert newsfacts.Pipeline("none").analyze_batch_json(articles) == run_binary(binary, "-a", "none")


def findings(record: dict):
    """(text, start, end) of every span in a record."""
    for d in record.get("dates", []):
        yield d["text"], d["start"], d["end"]
    for q in record.get("quotes", []):
        yield q["text"], q["start"], q["end"]
        if q.get("speaker_text") is not None:
            yield q["speaker_text"], q["speaker_start"], q["speaker_end"]
    for f in record.get("casualties", {}).get("figures", []):
        yield f["text"], f["start"], f["end"]


def test_every_finding_is_the_text_between_its_offsets(articles):
    extra = "“Nous reviendrons,” a déclaré Zoë Müller, 34, mardi. Über 20 Menschen — 12 Kinder — were killed 🙁 on Tuesday."
    texts = [a["text"] for a in articles] + [extra, "🙂" * 3 + " Five people died on 3 May 2021."]
    records = newsfacts.Pipeline().analyze_batch([{"text": t, "date": "2024-05-10"} for t in texts])
    n = 0
    for text, record in zip(texts, records):
        assert record["errors"] == []
        for found, start, end in findings(record):
            assert found == text[start:end]
            n += 1
    assert n > 100
    # With byte offsets, the same spans in UTF-8.
    records = newsfacts.Pipeline(offsets="bytes").analyze_batch(texts)
    for text, record in zip(texts, records):
        assert record["offsets"] == "bytes"
        raw = text.encode("utf-8")
        for found, start, end in findings(record):
            assert found == raw[start:end].decode("utf-8")


def test_the_three_bundled_analyzers_are_linked():
    listed = {a["name"]: a for a in newsfacts.analyzers()}
    assert sorted(listed) == ["casualties", "dates", "quotes"]
    for a in listed.values():
        assert a["version"] and a["description"]
        assert a["module"].startswith("newsfacts_" + a["name"])
    assert listed["casualties"]["requires"] == ["dates"]
    assert newsfacts.Pipeline().names == ["dates", "casualties", "quotes"]
    record = newsfacts.analyze("“We will rebuild,” Mayor Ana Reyes said on Thursday after three died.", date="2022-01-21")
    assert record["dates"][0]["value"] == "2022-01-20"
    assert record["quotes"][0]["speaker"] == "Ana Reyes"
    assert record["casualties"]["totals"]["killed"] == 3
    assert newsfacts.SCHEMA_VERSION == "1"


def test_the_analyzers_list_is_the_binary_s(binary):
    out = subprocess.run([str(binary), "analyzers", "--json"], check=True, capture_output=True)
    assert newsfacts.analyzers() == json.loads(out.stdout)


def test_rows_are_the_csv_output_s_rows(articles, binary, tmp_path):
    out = tmp_path / "out.csv"
    subprocess.run([str(binary), "run", "--quiet", str(ARTICLES), "-o", str(out)], check=True)
    with open(out, newline="", encoding="utf-8") as f:
        theirs = list(csv.DictReader(f))
    mine = newsfacts.rows(newsfacts.Pipeline().analyze_batch(articles))
    assert len(mine) == len(theirs) > 100
    for m, t in zip(mine, theirs):
        assert m["id"] == t["id"] and m["analyzer"] == t["analyzer"] and m["text"] == t["text"]
        assert m["start"] == (int(t["start"]) if t["start"] else None)
        assert m["end"] == (int(t["end"]) if t["end"] else None)
        assert m["fields"] == (json.loads(t["fields"]) if t["fields"] else {})


def test_frames_have_the_long_shape(articles):
    pd = pytest.importorskip("pandas")
    records = newsfacts.Pipeline().analyze_batch(articles)
    frames = newsfacts.frames(records)
    assert set(frames) == {"dates", "quotes", "casualties", "totals", "errors"}
    assert all(isinstance(f, pd.DataFrame) for f in frames.values())
    dates = frames["dates"]
    assert list(dates.columns[:4]) == ["id", "start", "end", "text"]
    assert {"type", "value"} <= set(dates.columns)
    assert len(dates) == sum(len(r["dates"]) for r in records)
    assert str(dates["start"].dtype) == "Int64"
    first = records[0]["dates"][0]
    row = dates.iloc[0]
    assert (row["id"], row["start"], row["text"], row["value"]) == (
        records[0]["id"],
        first["start"],
        first["text"],
        first["value"],
    )
    assert len(frames["quotes"]) == sum(len(r["quotes"]) for r in records)
    assert {"speaker", "kind", "cue"} <= set(frames["quotes"].columns)
    casualties = frames["casualties"]
    assert len(casualties) == sum(len(r["casualties"]["figures"]) for r in records)
    assert set(casualties["group"]) == {"figures"}
    totals = frames["totals"]
    assert list(totals["id"]) == [r["id"] for r in records]
    # The fields' columns in the CSV's `fields` order (sorted by name).
    assert list(totals.columns) == [
        "id",
        "displaced",
        "injured",
        "killed",
        "missing",
        "perpetrators.injured",
        "perpetrators.killed",
    ]
    killed = [r["casualties"]["totals"]["killed"] for r in records]
    assert [None if pd.isna(k) else int(k) for k in totals["killed"]] == killed
    assert frames["errors"].empty


def test_frames_of_errors_and_of_nothing():
    pytest.importorskip("pandas")
    records = newsfacts.Pipeline().analyze_batch([{"id": "x1"}, "Calm day."])
    frames = newsfacts.frames(records)
    errors = frames["errors"]
    assert list(errors["id"]) == ["x1"]
    assert errors.iloc[0]["stage"] == "input" and errors.iloc[0]["line"] == 1
    assert "no article text" in errors.iloc[0]["text"]
    empty = newsfacts.frames([])
    assert all(f.empty for f in empty.values())
    assert list(empty["dates"].columns) == ["id", "start", "end", "text"]


def test_the_root_readme_says_how_to_install():
    assert "pip install ./python" in (ROOT / "README.md").read_text(encoding="utf-8")


def same(mine, theirs, where="record"):
    """`mine` is `theirs` down to the types and the order of keys (equality
    alone takes 1 for 1.0 and True for 1)."""
    assert type(mine) is type(theirs), (where, mine, theirs)
    if isinstance(theirs, dict):
        assert list(mine) == list(theirs), where
        for k in theirs:
            same(mine[k], theirs[k], f"{where}.{k}")
    elif isinstance(theirs, list):
        assert len(mine) == len(theirs), where
        for i, (m, t) in enumerate(zip(mine, theirs)):
            same(m, t, f"{where}[{i}]")
    else:
        assert mine == theirs, where


def test_dicts_are_json_loads_of_the_lines_down_to_types_and_key_order(articles):
    # Fields the records write back, of every kind JSON has, and text whose
    # offsets differ in chars and bytes.
    odd = {
        "id": "odd",
        "text": "«Wir kommen wieder», sagte Zoë Müller am Dienstag. Two people were killed 🙁 on Monday, police said.",
        "date": "2024-03-06",
        "score": 0.1,
        "tiny": 5e-324,
        "huge": 1.7976931348623157e308,
        "whole": 3.0,
        "count": -7,
        "big": 2**64 - 1,
        "negative_big": -(2**63),
        "flag": True,
        "nothing": None,
        "nested": {"ünï": [1, 2.5, "drei", [], {}, {"z": None, "a": [False]}], "": ""},
        "escapes": 'tab\tquote"backslash\\ line\u2028 nul\x00 emoji 🙁',
    }
    items = [*articles, odd, "Just text.", {"id": "no text"}]
    for offsets in ("chars", "bytes"):
        p = newsfacts.Pipeline(offsets=offsets)
        expected = [json.loads(line) for line in p.analyze_batch_json(items)]
        assert expected[len(articles)]["big"] == 2**64 - 1
        for threads in (1, 2):
            for i, (mine, theirs) in enumerate(zip(p.analyze_batch(items, threads=threads), expected)):
                same(mine, theirs, f"record {i}")
        same(p.analyze(odd["text"], date=odd["date"], id="odd"), json.loads(p.analyze_batch_json([{k: odd[k] for k in ("id", "text", "date")}])[0]))

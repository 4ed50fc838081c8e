"""newsfacts: dates, quotes and casualty figures from news articles, with exact spans.

The analyzers of the `newsfacts` command line, compiled into this package:
a record is exactly one JSON line of `newsfacts run`, as a dict.

>>> import newsfacts
>>> r = newsfacts.analyze("Two people were killed on Monday, police said.", date="2024-03-06")
>>> [(d["text"], d["value"]) for d in r["dates"]]
[('Monday', '2024-03-04')]
>>> r["casualties"]["totals"]["killed"]
2

Offsets are character offsets into the text (Python `str` indices) unless
`offsets="bytes"`: `text[d["start"]:d["end"]] == d["text"]`.

For many articles build a `Pipeline` once: `analyze_batch` analyses a list
on every core with the GIL released; `iter_batches` streams a corpus that
does not fit in memory. `frames` turns records into pandas DataFrames in the
long shape of the CSV output; `newsfacts.spark.analyze` runs on a Spark
DataFrame. See python/README.md and docs/output-format.md.
"""

from __future__ import annotations

import importlib
import itertools
import json
import os
import warnings
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple, Union

from . import _native

__all__ = [
    "SCHEMA_VERSION",
    "Pipeline",
    "analyze",
    "analyzers",
    "frames",
    "rows",
]

#: The version of the record shape (docs/output-format.md); it changes when a
#: field is renamed, removed or retyped.
SCHEMA_VERSION: str = _native.SCHEMA_VERSION
__version__: str = _native.VERSION

#: One article: its text, or a dict of fields named as in `newsfacts run`'s
#: JSON Lines input (`text`/`body`/`content`, `id`, `title`/`headline`,
#: `date`/`published`/`publication_date`, `url`/`link`; any other key is kept
#: in the record).
Item = Union[str, Mapping[str, Any]]
#: One record: a line of `newsfacts run`, as a dict.
Record = Dict[str, Any]
#: Analyzer settings: `{"<analyzer>": {<setting>: <value>}}`, or the path of a
#: JSON file of them (`newsfacts run --config`).
Config = Union[Mapping[str, Any], str, "os.PathLike[str]"]
#: Analyzer names: a list, or one comma-separated string (`"dates,quotes"`).
Analyzers = Union[str, Sequence[str]]


def analyzers() -> List[Dict[str, Any]]:
    """The analyzers linked into this package, as `newsfacts analyzers --json`
    lists them: dicts with `name`, `version`, `requires`, `description` and
    `module`, sorted by name."""
    return _native.analyzers()


class Pipeline:
    """Analyzers built once, for many articles.

    `analyzers`: the names to run (their requirements are added); all of them
    by default; `"none"` runs none (records hold the metadata only).
    `config`: analyzer settings, as a dict or a JSON file's path.
    `offsets`: `"chars"` (Python `str` indices, the default) or `"bytes"`
    (UTF-8). An unknown analyzer or a bad config raises `ValueError` with the
    command line's message.
    """

    def __init__(
        self,
        analyzers: Optional[Analyzers] = None,
        config: Optional[Config] = None,
        *,
        offsets: str = "chars",
    ) -> None:
        names = _names(analyzers)
        config_json: Optional[str] = None
        config_path: Optional[str] = None
        if config is None:
            pass
        elif isinstance(config, (str, os.PathLike)):
            config_path = os.fspath(config)
        elif isinstance(config, Mapping):
            try:
                config_json = json.dumps(dict(config))
            except (TypeError, ValueError) as e:
                raise ValueError(f"config: not a JSON object of analyzer sections ({e})") from None
        else:
            raise ValueError(
                f"config: expected a dict of analyzer sections or a file path, not {type(config).__name__}"
            )
        self._native = _native.Pipeline(names, config_json, config_path, offsets)
        for warning in self._native.warnings:
            warnings.warn(warning, stacklevel=2)
        self.offsets: str = "bytes" if offsets.startswith("byte") else "chars"

    @property
    def names(self) -> List[str]:
        """The analyzers' names, in run order (the record's keys)."""
        return self._native.names

    @property
    def warnings(self) -> List[str]:
        """What the build found worth saying that did not stop it (a config
        section for an analyzer that is not run), one sentence each."""
        return self._native.warnings

    def analyze(
        self,
        text: str,
        *,
        date: Optional[Any] = None,
        id: Optional[str] = None,
        title: Optional[str] = None,
        url: Optional[str] = None,
    ) -> Record:
        """One article: its text and, optionally, its publication date
        (`"2024-03-06"`, a `datetime.date`, or an ISO 8601 date-time), id,
        title and URL. A date that cannot be read lands in `errors` and
        relative dates keep `X` placeholders, as in `newsfacts run`. Without
        an id the record's id is `items:1`."""
        item: Dict[str, Any] = {"text": text}
        for key, value in (("id", id), ("title", title), ("date", date), ("url", url)):
            if value is not None:
                item[key] = value
        record: Record = json.loads(self._native.run_json([item], 1)[0])
        return record

    def analyze_batch(self, items: Iterable[Item], threads: Optional[int] = None) -> List[Record]:
        """Many articles at once, on `threads` threads (default:
        `NEWSFACTS_NUM_THREADS`, else one per core) with the GIL released.
        Returns one record per item, in input order. An item that cannot be
        read (no text, not a str or a dict) gets an error record, as a bad
        line does in `newsfacts run`; an item without an id gets `items:N`,
        N its 1-based position."""
        records: List[Record] = self._native.run(items, json.loads, threads)
        return records

    def analyze_batch_json(self, items: Iterable[Item], threads: Optional[int] = None) -> List[str]:
        """`analyze_batch`, returning each record as its JSON line (without
        the line break): exactly what `newsfacts run` writes."""
        return self._native.run_json(items, threads)

    def iter_batches(
        self,
        items: Iterable[Item],
        batch_size: int = 1024,
        threads: Optional[int] = None,
    ) -> Iterator[List[Record]]:
        """Streams `items` (any iterable, read lazily) in batches of
        `batch_size`, yielding each batch's records in order: memory holds
        one batch. Items are numbered across batches (`items:N`)."""
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        it = iter(items)
        first = 1
        while True:
            batch = list(itertools.islice(it, batch_size))
            if not batch:
                return
            records: List[Record] = self._native.run(batch, json.loads, threads, first)
            first += len(batch)
            yield records


_PIPELINES: Dict[Tuple[Any, ...], Pipeline] = {}


def analyze(
    text: str,
    *,
    date: Optional[Any] = None,
    id: Optional[str] = None,
    title: Optional[str] = None,
    url: Optional[str] = None,
    analyzers: Optional[Analyzers] = None,
    config: Optional[Config] = None,
    offsets: str = "chars",
) -> Record:
    """One article, analysed as `newsfacts run` analyses a line: the record
    (a dict) that the binary writes. The pipeline for a given `analyzers`,
    `config` and `offsets` is built on first use and kept (see `Pipeline`
    for the arguments and `Pipeline.analyze` for the article's fields)."""
    key: Tuple[Any, ...]
    if config is None or isinstance(config, (str, os.PathLike)):
        key = (tuple(_names(analyzers) or ()), None if config is None else os.fspath(config), offsets)
    else:
        key = (tuple(_names(analyzers) or ()), json.dumps(dict(config), sort_keys=True, default=str), offsets)
    pipeline = _PIPELINES.get(key)
    if pipeline is None:
        pipeline = Pipeline(analyzers, config, offsets=offsets)
        if len(_PIPELINES) >= 16:
            _PIPELINES.clear()
        _PIPELINES[key] = pipeline
    return pipeline.analyze(text, date=date, id=id, title=title, url=url)


def _names(analyzers: Optional[Analyzers]) -> Optional[List[str]]:
    if analyzers is None:
        return None
    if isinstance(analyzers, str):
        names = analyzers.split(",")
    else:
        names = [str(a) for a in analyzers]
    # An empty list names nothing: an error, as `-a ''` is (None runs all).
    return names if names else [""]


#: The columns of the CSV output, in order (docs/output-format.md).
ROW_COLUMNS = ("id", "analyzer", "start", "end", "text", "fields")


def rows(records: Iterable[Record], analyzers: Optional[Sequence[str]] = None) -> List[Dict[str, Any]]:
    """The records in the long shape of the CSV output: one dict per finding
    (and per `casualties.totals`, per error) with the CSV's columns `id`,
    `analyzer`, `start`, `end`, `text` and `fields` (the finding's other
    fields, as a dict here). `analyzers`: the record keys to read as outputs
    (default: every linked analyzer, in run order)."""
    names = list(analyzers) if analyzers is not None else _all_names()
    lines = [json.dumps(r) for r in records]
    return [
        {
            "id": id_,
            "analyzer": analyzer,
            "start": start,
            "end": end,
            "text": text,
            "fields": json.loads(fields) if fields else {},
        }
        for (id_, analyzer, start, end, text, fields) in _native.rows(lines, names)
    ]


_ALL_NAMES: List[str] = []


def _all_names() -> List[str]:
    """Every linked analyzer, in run order (the order of a record's keys and
    of the CSV output's rows)."""
    if not _ALL_NAMES:
        _ALL_NAMES.extend(_native.Pipeline().names)
    return list(_ALL_NAMES)


def frames(records: Iterable[Record], analyzers: Optional[Sequence[str]] = None) -> Dict[str, Any]:
    """The records as pandas DataFrames, one per kind of row of the CSV
    output: `{"dates": ..., "quotes": ..., "casualties": ..., "totals": ...,
    "errors": ...}`. A finding's frame has the columns `id`, `start`, `end`,
    `text` and one per field of its `fields`, in the CSV's order (sorted by
    name: `type`, `value`; `cue`, `kind`, `speaker`, ...; `casualties.figures`
    rows keep `group`); `totals` has one row per article: `id`, `displaced`,
    `injured`, `killed`, `missing`, `perpetrators.injured`,
    `perpetrators.killed`; `errors`: `id`, `text` (the message), `analyzer`,
    `file`, `line`, `stage`. `start` and `end` are pandas' nullable `Int64`.
    Needs pandas (`pip install './python[pandas]'`)."""
    try:
        pd: Any = importlib.import_module("pandas")
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("newsfacts.frames needs pandas: pip install pandas") from e
    names = list(analyzers) if analyzers is not None else _all_names()
    tables: Dict[str, List[Dict[str, Any]]] = {n: [] for n in names}
    if "casualties" in names:
        tables["totals"] = []
    tables["errors"] = []
    for row in rows(records, names):
        fields = row["fields"]
        if row["start"] is None and not row["text"] and row["analyzer"] != "errors":
            # The rest of an object output (casualties' totals): one frame
            # per field, its nested objects flattened (`perpetrators.killed`).
            for key, value in fields.items():
                flat: Dict[str, Any] = {"id": row["id"]}
                flat.update(_flatten(value) if isinstance(value, dict) else {"value": value})
                tables.setdefault(key, []).append(flat)
            continue
        out = {"id": row["id"], "start": row["start"], "end": row["end"], "text": row["text"]}
        out.update(fields)
        tables.setdefault(row["analyzer"], []).append(out)
    result: Dict[str, Any] = {}
    for name, table in tables.items():
        if name == "totals" or (table and "start" not in table[0]):
            result[name] = pd.DataFrame(table, columns=_columns(table, ["id"]))
            continue
        df = pd.DataFrame(table, columns=_columns(table, ["id", "start", "end", "text"]))
        df["start"] = df["start"].astype("Int64")
        df["end"] = df["end"].astype("Int64")
        result[name] = df
    return result


def _columns(table: List[Dict[str, Any]], first: List[str]) -> List[str]:
    seen = dict.fromkeys(first)
    for row in table:
        for key in row:
            seen.setdefault(key)
    return list(seen)


def _flatten(value: Dict[str, Any], prefix: str = "") -> Dict[str, Any]:
    out: Dict[str, Any] = {}
    for key, v in value.items():
        name = f"{prefix}{key}"
        if isinstance(v, dict):
            out.update(_flatten(v, name + "."))
        else:
            out[name] = v
    return out

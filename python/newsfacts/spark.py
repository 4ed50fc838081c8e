"""newsfacts on Spark DataFrames, without pipes.

`analyze(df)` runs the analyzers inside Spark's Python workers through
`DataFrame.mapInArrow` (Spark 3.3 and later), so it works where `RDD.pipe`
does not exist (Spark Connect, shared and serverless clusters). The result
is a DataFrame with one row per input row and the record's columns, under a
declared schema (`schema()`): `id`, `title`, `published`, `url`, `offsets`,
one column per analyzer (`dates`: an array of structs, `casualties`: a
struct of `figures` and `totals`, `quotes`: an array of structs) and
`errors`.

    from newsfacts import spark as nfs
    records = nfs.analyze(spark.read.json("articles.jsonl"))
    records.select("id", F.explode("dates").alias("d")).select("id", "d.text", "d.value")

Each task analyses its rows on one thread (`threads=1`): Spark already runs
one task per core. The package must be installed on the executors (`pip
install ./python` there, or ship the wheel with `--py-files`/an environment).
Needs pyspark and pyarrow (`pip install './python[spark]'`).
"""

from __future__ import annotations

import importlib
import io
import json
import os
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

import newsfacts

__all__ = ["analyze", "schema", "SCHEMA_DDL"]

_STRING_SPAN = "text: STRING, start: BIGINT, end: BIGINT"

#: Spark SQL types of the record's fields (docs/output-format.md), per part.
SCHEMA_DDL: Dict[str, str] = {
    "id": "STRING",
    "title": "STRING",
    "published": "STRING",
    "url": "STRING",
    "offsets": "STRING",
    "dates": (
        f"ARRAY<STRUCT<{_STRING_SPAN}, type: STRING, value: STRING, mod: STRING, "
        "bound: STRING, signal: STRING, freq: STRING>>"
    ),
    "casualties": (
        f"STRUCT<figures: ARRAY<STRUCT<{_STRING_SPAN}, kind: STRING, count: BIGINT, "
        "min: BIGINT, max: BIGINT, qualifier: STRING, approximate: BOOLEAN, victims: STRING, "
        "perpetrators: BOOLEAN, past: BOOLEAN, claim: BOOLEAN, in_total: BOOLEAN, when: STRING>>, "
        "totals: STRUCT<killed: BIGINT, injured: BIGINT, missing: BIGINT, displaced: BIGINT, "
        "perpetrators: STRUCT<killed: BIGINT, injured: BIGINT>>>"
    ),
    "quotes": (
        f"ARRAY<STRUCT<{_STRING_SPAN}, kind: STRING, speaker: STRING, speaker_text: STRING, "
        "speaker_start: BIGINT, speaker_end: BIGINT, cue: STRING>>"
    ),
    "errors": "ARRAY<STRUCT<stage: STRING, analyzer: STRING, file: STRING, line: BIGINT, message: STRING>>",
}

_META = ("id", "title", "published", "url", "offsets")


def schema_ddl(names: Sequence[str]) -> str:
    """The DDL of the records of a pipeline running `names` (its run order):
    the metadata, one column per analyzer, then `errors`."""
    unknown = [n for n in names if n not in SCHEMA_DDL]
    if unknown:
        raise ValueError(
            f"no Spark schema for analyzer(s) {', '.join(unknown)}: newsfacts.spark knows "
            "the bundled ones (casualties, dates, quotes)"
        )
    columns = list(_META) + list(names) + ["errors"]
    return ", ".join(f"`{c}` {SCHEMA_DDL[c]}" for c in columns)


def schema(analyzers: Optional[newsfacts.Analyzers] = None) -> Any:
    """The declared schema (a `pyspark.sql.types.StructType`) of the records
    of `analyze(df, analyzers=...)`."""
    types = importlib.import_module("pyspark.sql.types")
    names = newsfacts.Pipeline(analyzers).names
    return types._parse_datatype_string(schema_ddl(names))


def analyze(
    df: Any,
    text: str = "text",
    date: Optional[str] = "date",
    id: Optional[str] = "id",
    title: Optional[str] = "title",
    url: Optional[str] = "url",
    *,
    analyzers: Optional[newsfacts.Analyzers] = None,
    config: Optional[newsfacts.Config] = None,
    offsets: str = "chars",
    threads: int = 1,
) -> Any:
    """Analyses the articles of a Spark DataFrame: one record row per input
    row, in the partition's order. `text`, `date`, `id`, `title`, `url` name
    the input columns (`None`: not used; a column of the default name that
    does not exist is not used either; `text` must exist); a date column may be a string, a date or a
    timestamp. Without an id column, ids are Spark's
    `monotonically_increasing_id()` (unique, not consecutive). A row whose
    text is null gets an error record, as a line without text does in
    `newsfacts run`. `analyzers`, `config`, `offsets`: as for `newsfacts.Pipeline`
    (checked here, on the driver: a bad one raises `ValueError` at once).
    `threads`: per task (1: Spark runs a task per core)."""
    # Built once on the driver: checks the arguments, gives the plan.
    config_obj = _load_config(config)
    names = newsfacts.Pipeline(analyzers, config_obj, offsets=offsets).names
    ddl = schema_ddl(names)
    columns: List[Tuple[str, str]] = []
    for role, column in (("text", text), ("date", date), ("id", id), ("title", title), ("url", url)):
        if column is None:
            continue
        if column not in df.columns:
            if role == "text" or column != role:
                raise ValueError(f"no column `{column}` (the {role}) in the DataFrame: {', '.join(df.columns)}")
            continue
        columns.append((column, role))
    functions = importlib.import_module("pyspark.sql.functions")
    picked = [functions.col(c).alias(role) for c, role in columns]
    if not any(role == "id" for _, role in columns):
        # Ids made from positions would repeat in every batch: use Spark's.
        picked.append(functions.monotonically_increasing_id().cast("string").alias("id"))
    selected = df.select(*picked)
    key = (tuple(names), json.dumps(config_obj, sort_keys=True) if config_obj is not None else None, offsets)
    # Parsed here: parsing DDL needs the driver's JVM, which executors lack.
    struct = importlib.import_module("pyspark.sql.types")._parse_datatype_string(ddl)
    arrow_schema = importlib.import_module("pyspark.sql.pandas.types").to_arrow_schema(struct)
    return selected.mapInArrow(_Analyze(key, arrow_schema, threads), struct)


def _load_config(config: Optional[newsfacts.Config]) -> Optional[Dict[str, Any]]:
    """The config as a dict: a file is read on the driver, since the
    executors may not see it."""
    if config is None:
        return None
    if isinstance(config, (str, os.PathLike)):
        newsfacts.Pipeline(config=config)  # the CLI's message for a bad file
        with open(config, encoding="utf-8") as f:
            loaded: Dict[str, Any] = json.load(f)
        return loaded
    return dict(config)


_PIPELINES: Dict[Tuple[Any, ...], newsfacts.Pipeline] = {}


class _Analyze:
    """The function `mapInArrow` runs on each partition (picklable)."""

    def __init__(self, key: Tuple[Any, ...], arrow_schema: Any, threads: int) -> None:
        self.key = key
        self.arrow_schema = arrow_schema
        self.threads = threads

    def pipeline(self) -> newsfacts.Pipeline:
        # One pipeline per Python worker, reused by every task it runs.
        p = _PIPELINES.get(self.key)
        if p is None:
            names, config, offsets = self.key
            p = newsfacts.Pipeline(list(names), None if config is None else json.loads(config), offsets=offsets)
            _PIPELINES[self.key] = p
        return p

    def __call__(self, batches: Iterator[Any]) -> Iterator[Any]:
        pa_json = importlib.import_module("pyarrow.json")
        arrow_schema = self.arrow_schema
        pipeline = self.pipeline()
        parse = pa_json.ParseOptions(explicit_schema=arrow_schema, unexpected_field_behavior="error")
        read = pa_json.ReadOptions(use_threads=False)
        for batch in batches:
            if batch.num_rows == 0:
                continue
            items = [{k: v for k, v in row.items() if v is not None} for row in batch.to_pylist()]
            lines = pipeline.analyze_batch_json(items, threads=self.threads)
            data = ("\n".join(lines) + "\n").encode("utf-8")
            table = pa_json.read_json(io.BytesIO(data), read_options=read, parse_options=parse)
            # The reader may infer a column's order or chunking: pin both.
            yield from table.select(arrow_schema.names).cast(arrow_schema).to_batches()

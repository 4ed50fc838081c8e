"""`newsfacts.spark.analyze` in a local Spark session: the records equal
`newsfacts run`'s. Skipped without pyspark, unless NEWSFACTS_REQUIRE_SPARK=1
(.ci/python's Spark step sets it, so a broken install fails there)."""

from __future__ import annotations

import json
import os
import sys

import pytest

from conftest import ARTICLES, ROOT

if os.environ.get("NEWSFACTS_REQUIRE_SPARK") != "1":
    pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")

from pyspark.sql import SparkSession  # noqa: E402
from pyspark.sql import functions as F  # noqa: E402

import newsfacts  # noqa: E402
from newsfacts import spark as nfs  # noqa: E402

sys.path.insert(0, str(ROOT / "examples" / "spark"))
from newsfacts_package import without_nulls  # noqa: E402


@pytest.fixture(scope="module")
def spark():
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsfacts-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def by_id(rows, columns):
    return {r["id"]: without_nulls({k: v for k, v in r.items() if k in columns}) for r in rows}


def test_records_equal_the_binary_s(spark, binary_lines):
    df = spark.read.json(str(ARTICLES)).repartition(3)
    out = nfs.analyze(df)
    columns = ["id", "title", "published", "url", "offsets", "dates", "casualties", "quotes", "errors"]
    assert out.columns == columns
    mine = by_id([r.asDict(recursive=True) for r in out.collect()], columns)
    theirs = by_id([json.loads(line) for line in binary_lines], columns)
    assert len(mine) == 9
    assert mine == theirs
    # A DATE column reads as its text did.
    dated = df.withColumn("date", F.to_date("date"))
    assert by_id([r.asDict(recursive=True) for r in nfs.analyze(dated).collect()], columns) == theirs


def test_options_and_odd_rows(spark):
    rows = [
        ("a1", "Two people were killed on Monday.", "2024-03-06"),
        ("a2", None, "2024-03-06"),
        ("a3", "Rain fell on Tuesday.", "not a date"),
    ]
    df = spark.createDataFrame(rows, "key STRING, body STRING, day STRING")
    out = nfs.analyze(df, text="body", date="day", id="key", analyzers=["dates"], offsets="bytes")
    assert out.columns == ["id", "title", "published", "url", "offsets", "dates", "errors"]
    got = {r["id"]: r.asDict(recursive=True) for r in out.collect()}
    assert got["a1"]["dates"][0]["value"] == "2024-03-04" and got["a1"]["offsets"] == "bytes"
    assert got["a2"]["errors"][0]["message"].startswith("no article text")
    assert got["a3"]["errors"][0]["message"].startswith("field `date`: invalid publication date")
    # Without an id column, every record still gets an id of its own.
    ids = [r["id"] for r in nfs.analyze(df.drop("key"), text="body", date="day").collect()]
    assert len(set(ids)) == 3


def test_bad_arguments_raise_on_the_driver(spark):
    df = spark.createDataFrame([("x",)], "text STRING")
    with pytest.raises(ValueError, match="no analyzer named `datse`"):
        nfs.analyze(df, analyzers="datse")
    with pytest.raises(ValueError, match="no column `body`"):
        nfs.analyze(df, text="body")
    with pytest.raises(ValueError, match="bad config for analyzer `dates`"):
        nfs.analyze(df, config={"dates": {"date_order": "ymd"}})
    meta = ["id", "title", "published", "url", "offsets"]
    assert nfs.schema().fieldNames() == meta + newsfacts.Pipeline().names + ["errors"]
    assert nfs.schema("quotes").fieldNames() == meta + ["quotes", "errors"]

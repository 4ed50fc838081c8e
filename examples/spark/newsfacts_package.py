"""Run newsfacts over a JSON Lines corpus with Spark, without pipes.

The `newsfacts` Python package (`pip install ./python`) analyses each
partition inside Spark's Python workers (`newsfacts.spark.analyze`, built on
`DataFrame.mapInArrow`), so no binary is shipped and no `RDD.pipe` is needed:
this is the way for Spark Connect and for shared or serverless clusters. The
records come out as a DataFrame with a declared schema (the nested record
shape) and are written as Parquet.

    spark-submit newsfacts_package.py --input examples/articles.jsonl \\
        --output /tmp/newsfacts-parquet [--compare target/release/newsfacts]

With `--compare BINARY` the records read back from Parquet are compared with
`BINARY run` on the same file, article by article (fields the schema holds;
null and absent are the same in a DataFrame); it exits 1 when they differ.
"""

import argparse
import json
import subprocess
import sys

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from newsfacts import spark as nfs


def without_nulls(value):
    """A record with null fields left out, at every depth: a DataFrame row
    has every field of its schema, a JSON record only those that apply."""
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def compare(records, binary, input_path, columns):
    """Differences between Spark's records and `binary run`'s, by id."""
    out = subprocess.run([binary, "run", "--quiet", input_path], check=True, capture_output=True)
    theirs = {}
    for line in out.stdout.decode("utf-8").splitlines():
        r = json.loads(line)
        theirs[r["id"]] = without_nulls({k: v for k, v in r.items() if k in columns})
    mine = {r["id"]: without_nulls(r) for r in records}
    problems = []
    if sorted(mine) != sorted(theirs):
        problems.append(f"ids differ: {sorted(set(mine) ^ set(theirs))[:5]}")
    for key in sorted(set(mine) & set(theirs)):
        if mine[key] != theirs[key]:
            problems.append(f"{key}: records differ")
    return len(theirs), problems


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", required=True, help="JSON Lines articles (a file, folder or glob Spark can read)")
    ap.add_argument("--output", required=True, help="where to write the Parquet results")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--analyzers", default=None, help="comma-separated analyzers (default: all)")
    ap.add_argument("--compare", metavar="BINARY", help="compare with `BINARY run` on the same input")
    args = ap.parse_args(argv)

    spark = SparkSession.builder.appName("newsfacts-package").getOrCreate()
    articles = spark.read.json(args.input).repartition(args.partitions)
    records = nfs.analyze(articles, analyzers=args.analyzers)
    records.write.mode("overwrite").parquet(args.output)

    back = spark.read.parquet(args.output)
    summary = {
        "articles": back.count(),
        "with_errors": back.filter(F.size("errors") > 0).count(),
        "partitions": records.rdd.getNumPartitions(),
    }
    if "dates" in back.columns:
        summary["dates"] = back.select(F.sum(F.size("dates"))).first()[0]
    if "quotes" in back.columns:
        summary["quotes"] = back.select(F.sum(F.size("quotes"))).first()[0]
    if "casualties" in back.columns:
        summary["killed_total"] = back.select(F.sum("casualties.totals.killed")).first()[0]
    status = 0
    if args.compare:
        rows = [r.asDict(recursive=True) for r in back.collect()]
        n, problems = compare(rows, args.compare, args.input, set(back.columns))
        summary["identical_to_newsfacts_run"] = not problems and n == len(rows)
        for p in problems[:10]:
            print(f"newsfacts_package: {p}", file=sys.stderr)
        status = 0 if summary["identical_to_newsfacts_run"] else 1
    print(json.dumps(summary))
    spark.stop()
    return status


if __name__ == "__main__":
    sys.exit(main())

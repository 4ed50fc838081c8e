"""Run newsfacts over a JSON Lines corpus with Spark, one binary per partition.

Each partition's lines are piped through `newsfacts run --quiet -` (Spark's
`RDD.pipe`): the binary reads JSON Lines on standard input and writes exactly
one JSON object per article, in order, so the output RDD lines up with the
input. The results become a DataFrame (Spark infers the schema from the JSON)
and are written as Parquet.

    spark-submit newsfacts_spark.py --binary target/release/newsfacts \\
        --input examples/articles.jsonl --output /tmp/newsfacts-parquet

Works the same on a cluster: ship the binary with `--files` (it is a single
static-ish executable) and point `--binary` at `./newsfacts`.
"""

import argparse
import json
import os
import shlex
import sys

from pyspark.sql import SparkSession
from pyspark.sql import functions as F


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", required=True, help="path to the newsfacts binary")
    ap.add_argument("--input", required=True, help="JSON Lines articles (a file, folder or glob Spark can read)")
    ap.add_argument("--output", required=True, help="where to write the Parquet results")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--analyzers", default="", help="comma-separated analyzers (default: all)")
    args = ap.parse_args(argv)

    binary = os.path.abspath(args.binary)
    command = [binary, "run", "--quiet"]
    if args.analyzers:
        command += ["-a", args.analyzers]
    command.append("-")

    spark = SparkSession.builder.appName("newsfacts").getOrCreate()
    sc = spark.sparkContext
    lines = sc.textFile(args.input, minPartitions=args.partitions)
    records = lines.pipe(shlex.join(command))

    # One output line per input line: check it, since the contract is what
    # keeps results aligned with the input.
    n_in, n_out = lines.count(), records.count()
    if n_in != n_out:
        sys.exit(f"newsfacts returned {n_out} records for {n_in} input lines")

    df = spark.read.json(records)
    df.write.mode("overwrite").parquet(args.output)

    back = spark.read.parquet(args.output)
    summary = {
        "articles": back.count(),
        "with_errors": back.filter(F.size("errors") > 0).count(),
        "dates": back.select(F.sum(F.size("dates"))).first()[0] if "dates" in back.columns else None,
        "quotes": back.select(F.sum(F.size("quotes"))).first()[0] if "quotes" in back.columns else None,
        "killed_total": back.select(F.sum("casualties.totals.killed")).first()[0]
        if "casualties" in back.columns
        else None,
        "partitions": records.getNumPartitions(),
    }
    print(json.dumps(summary))
    spark.stop()


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Runs the Spark example in local mode on the bundled sample corpus:
# installs PySpark from PyPI into a virtual environment (once), builds the
# newsfacts binary, runs examples/spark/newsfacts_spark.py, prints a summary.
#
#   bash examples/spark/run.sh [ARTICLES.jsonl] [OUTPUT_DIR]
#
# Needs Java 17 (or 11/21) for Spark, and Python 3.9+.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
input="${1:-$root/examples/articles.jsonl}"
output="${2:-$root/target/spark-out}"
venv="${NEWSFACTS_SPARK_VENV:-$root/target/spark-venv}"

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "pyspark>=3.5,<5"
fi
(cd "$root" && cargo build --release --quiet --bin newsfacts)
export PYSPARK_PYTHON="$venv/bin/python"
"$venv/bin/python" "$here/newsfacts_spark.py" \
    --binary "$root/target/release/newsfacts" --input "$input" --output "$output" --partitions 4

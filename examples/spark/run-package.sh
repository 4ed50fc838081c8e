#!/usr/bin/env bash
# Runs the pipe-free Spark example in local mode on the bundled sample corpus
# (or on ARTICLES.jsonl): installs PySpark, pyarrow and the newsfacts Python
# package (`pip install ./python`) into a virtual environment, builds the
# newsfacts binary for the comparison, runs examples/spark/newsfacts_package.py
# and checks its records against `newsfacts run` on the same articles.
#
#   bash examples/spark/run-package.sh [ARTICLES.jsonl] [OUTPUT_DIR] [PARTITIONS]
#
# Needs Java 17 (or 11/21) for Spark, Python 3.9+ and a Rust toolchain.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
input="${1:-$root/examples/articles.jsonl}"
output="${2:-$root/target/spark-package-out}"
partitions="${3:-4}"
venv="${NEWSFACTS_SPARK_VENV:-$root/target/spark-venv}"

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet "pyspark>=3.5,<5" "pyarrow>=8"
# The extension shares the workspace's target folder (and its compiled crates).
CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}" "$venv/bin/pip" install --quiet "$root/python"
(cd "$root" && cargo build --release --quiet --bin newsfacts)
export PYSPARK_PYTHON="$venv/bin/python"
"$venv/bin/python" "$here/newsfacts_package.py" \
    --input "$input" --output "$output" --partitions "$partitions" \
    --compare "$root/target/release/newsfacts"

#!/usr/bin/env bash
# Runs examples/spark/kpolicy_spark.py in Spark local mode (local[2]) on Corpus/ and checks that its
# records are the records of a plain `kpolicy extract Corpus --out -`. Not part of `swift test` or
# CI: it installs PySpark from PyPI into a virtual environment and Spark takes a while to start.
#   examples/spark/run-local.sh            (needs python3 and Java 17; $SPARK_VENV to reuse a venv)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="${SPARK_VENV:-/tmp/kpolicy-spark-venv}"
work="$(mktemp -d /tmp/kpolicy-spark.XXXXXX)"
trap 'rm -rf "$work"' EXIT
reference_date=2023-12-05

if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
"$venv/bin/python" -c 'import pyspark' 2>/dev/null || "$venv/bin/pip" install --quiet pyspark

cd "$root"
swift build -c release --product kpolicy >&2
kpolicy="$(swift build -c release --show-bin-path)/kpolicy"

# The reference: one plain run over the same folder.
"$kpolicy" extract Corpus --out - --quiet --reference-date "$reference_date" > "$work/extract.jsonl"

PYSPARK_PYTHON="$venv/bin/python" "$venv/bin/spark-submit" --master 'local[2]' \
  --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=2 \
  examples/spark/kpolicy_spark.py \
  --input "$root/Corpus" --output "$work/records.parquet" --kpolicy "$kpolicy" \
  --reference-date "$reference_date" --partitions 2 \
  --expect "$work/extract.jsonl" --expect-prefix Corpus/ 2> "$work/spark.log" \
  || { tail -40 "$work/spark.log" >&2; exit 1; }

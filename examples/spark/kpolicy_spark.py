"""Run kpolicy over a folder of press releases with Apache Spark and write the records as Parquet.

Each file becomes one line of `kpolicy stream` input, {"id": path, "text": ...} ({"html": ...} for
.html/.htm), piped through `kpolicy stream` with RDD.pipe(): kpolicy does one partition, Spark
shards the input and collects the output. Every output line is one record (mention, or an error
record for a document kpolicy refused); the Parquet table has the common fields as columns and the
whole record, exactly as kpolicy wrote it, in `record`.

    spark-submit kpolicy_spark.py --input DIR --output OUT.parquet [--kpolicy PATH] [--reference-date D]

With --expect FILE (the output of `kpolicy extract DIR --out -`), the Parquet written is read back
and its records are compared with FILE as multisets of JSON objects, with `doc` reduced to the path
inside DIR; the script prints the result and exits 1 when they differ.
"""
import argparse
import collections
import json
import shlex
import sys

from pyspark.sql import SparkSession
from pyspark.sql.types import LongType, StringType, StructField, StructType

READABLE = (".txt", ".html", ".htm")

SCHEMA = StructType([
    StructField("doc", StringType()),
    StructField("type", StringType()),
    StructField("text", StringType()),
    StructField("surface", StringType()),
    StructField("line", LongType()),
    StructField("column", LongType()),
    StructField("endLine", LongType()),
    StructField("endColumn", LongType()),
    StructField("byteStart", LongType()),
    StructField("byteEnd", LongType()),
    StructField("sentence", LongType()),
    # Money, percent and count values are exact JSON numbers, dates and durations strings: kept as
    # the JSON text so that no value is rounded through a float.
    StructField("value", StringType()),
    StructField("rule", StringType()),
    StructField("message", StringType()),
    StructField("record", StringType()),
])


def stream_line(path_and_content):
    """One file → one line of `kpolicy stream` input (no raw newline: json.dumps escapes it)."""
    path, content = path_and_content
    field = "html" if path.lower().endswith((".html", ".htm")) else "text"
    return json.dumps({"id": path, field: content}, ensure_ascii=False)


def row(line):
    """One record line → a row of SCHEMA."""
    record = json.loads(line, parse_float=str)   # decimals stay as written ("11.5")
    raw = record.get("value")
    value = None if raw is None else raw if isinstance(raw, str) else json.dumps(raw)
    columns = {name: record.get(name) for name in COLUMNS}
    columns.update(value=value, record=line)
    return tuple(columns[f.name] for f in SCHEMA.fields)


COLUMNS = [f.name for f in SCHEMA.fields if f.name not in ("value", "record")]


def normalized(record_text, prefix):
    """A record as a canonical string, its doc made relative to the input folder."""
    record = json.loads(record_text, parse_float=lambda s: "float:" + s)
    doc = record.get("doc", "")
    if doc.startswith("file:"):
        doc = doc[len("file:"):]
    if doc.startswith(prefix):
        doc = doc[len(prefix):]
    record["doc"] = doc.lstrip("/")
    return json.dumps(record, sort_keys=True, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, help="folder of .txt/.html/.htm files (any Hadoop path)")
    parser.add_argument("--output", required=True, help="Parquet folder to write")
    parser.add_argument("--kpolicy", default="kpolicy",
                        help="the kpolicy binary on every executor: a name on PATH, an absolute path, or ./kpolicy for --files/--archives")
    parser.add_argument("--reference-date", help="passed to kpolicy stream")
    parser.add_argument("--partitions", type=int, default=0, help="minimum partitions for wholeTextFiles")
    parser.add_argument("--expect", help="JSON Lines of `kpolicy extract INPUT --out -` to compare with")
    parser.add_argument("--expect-prefix", default="", help="prefix of doc in --expect to drop (e.g. Corpus/)")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("kpolicy-stream").getOrCreate()
    sc = spark.sparkContext
    command = [args.kpolicy, "stream", "--quiet"]
    if args.reference_date:
        command += ["--reference-date", args.reference_date]

    files = sc.wholeTextFiles(args.input, minPartitions=args.partitions or sc.defaultParallelism)
    lines = files.filter(lambda kv: kv[0].lower().endswith(READABLE)).map(stream_line)
    # pipe() writes each element and a newline to the command's standard input, and yields its
    # standard output line by line; checkCode makes a crashed kpolicy fail the task.
    records = lines.pipe(shlex.join(command), checkCode=True)
    table = spark.createDataFrame(records.map(row), SCHEMA)
    table.write.mode("overwrite").parquet(args.output)

    written = spark.read.parquet(args.output)
    print(f"kpolicy-spark: {written.count()} records in {args.output} "
          f"({written.filter(written.type == 'error').count()} error records)")

    if args.expect:
        input_root = args.input[len("file:"):] if args.input.startswith("file:") else args.input
        spark_side = collections.Counter(
            normalized(r.record, input_root.rstrip("/") + "/") for r in written.select("record").collect())
        with open(args.expect, encoding="utf-8") as f:
            plain_side = collections.Counter(normalized(l, args.expect_prefix) for l in f if l.strip())
        same = spark_side == plain_side
        print(f"kpolicy-spark: compared with {args.expect}: {sum(spark_side.values())} vs {sum(plain_side.values())} records, "
              f"{'IDENTICAL' if same else 'DIFFERENT'} as multisets (doc relative to the input folder)")
        if not same:
            for text, n in list((spark_side - plain_side).items())[:5]:
                print(f"  only in Spark ({n}): {text}")
            for text, n in list((plain_side - spark_side).items())[:5]:
                print(f"  only in extract ({n}): {text}")
            spark.stop()
            sys.exit(1)
    spark.stop()


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Seeds the fuzz corpora (fuzz/corpus/<target>/, git-ignored) from real text:
# the bundled sample articles and, when present, the shared corpora
# (every 10th article, to keep the seed set small and varied).
#
#   bash fuzz/seed.sh && cd fuzz && cargo +nightly fuzz run dates -- -max_total_time=600
set -euo pipefail
cd "$(dirname "$0")"
corpus="${NEWSFACTS_CORPUS:-../../shared/corpus}"
python3 - "$corpus" <<'PY'
import json, os, sys, glob, hashlib
corpus = sys.argv[1]
files = ["../examples/articles.jsonl"] + sorted(glob.glob(os.path.join(corpus, "*", "articles.jsonl")))
texts, lines = [], []
for f in files:
    for i, line in enumerate(open(f, encoding="utf-8")):
        if f.startswith("..") and "examples" in f or i % 10 == 0:
            lines.append(line.rstrip("\n"))
            texts.append(json.loads(line)["text"])
def put(target, data):
    d = os.path.join("corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), "wb") as out:
        out.write(data)
for t in texts:
    for target in ("dates", "quotes", "casualties"):
        put(target, t.encode())
    put("pipeline", b"\x10\x27" + t.encode())
for l in lines:
    put("read_jsonl", l.encode() + b"\n")
for p in sorted(glob.glob("../examples/articles/*.txt")):
    put("read_dateline", open(p, "rb").read())
    put("read_text", open(p, "rb").read())
for t in texts[::5]:
    put("read_text", t.encode())
# read_gzip: the first byte picks raw bytes (0), a whole gzip stream of the
# rest (1) or that stream cut short (2: where, from the byte's value).
import gzip
for i, l in enumerate(lines[::3]):
    data = l.encode() + b"\n"
    put("read_gzip", bytes([1]) + data)
    put("read_gzip", bytes([2 + 3 * (i % 80)]) + data)
    put("read_gzip", bytes([0]) + gzip.compress(data))
# read_warc: the WARC library's samples and our fixture crawl as raw files
# (mode 0); html: our fixture pages and every 10th benchmark page, each with
# no declared charset (mode 0).
web = os.path.join(os.path.dirname(corpus.rstrip("/")), "")
samples = sorted(glob.glob(os.path.join(web, "warc-samples", "*.warc*"))) + ["../tests/fixtures/web/crawl.warc"]
for f in samples:
    put("read_warc", bytes([0]) + open(f, "rb").read())
    put("read_warc", bytes([1]) + b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><p>x</p>")
pages = sorted(glob.glob("../tests/fixtures/web/*.htm*")) + sorted(glob.glob(os.path.join(web, "extraction-benchmark", "html", "*.html.gz")))[::10]
for f in pages:
    data = gzip.open(f).read() if f.endswith(".gz") else open(f, "rb").read()
    put("html", bytes([0]) + data)
print(f"seeded {len(texts)} texts, {len(lines)} JSON lines, {len(samples)} WARC files, {len(pages)} pages")
PY

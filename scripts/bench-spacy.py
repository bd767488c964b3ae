#!/usr/bin/env python3
"""Speed of kutip's analysis against spaCy's blank Indonesian pipeline with a gazetteer
EntityRuler, on the same text (issue 5: kutip must be at least 10x faster).

The text: the news-id dev articles in ../shared, repeated to about 2 MB, as article files.
- spaCy: spacy.blank("id") with an entity_ruler holding every gazetteer name in data/gazetteer
  as a phrase pattern; nlp.pipe over the articles (tokenising and matching only, no model).
- kutip: `kutip analyze --format jsonl` over the same files (tokens, sentences, entities,
  quotations and speakers), minus the time the same command takes on one tiny file, which is
  start-up and loading the weights.
Each is timed three times; the best run counts (the machine is shared and noisy).

Usage: scripts/bench-spacy.py --kutip PATH (make bench runs it after the Swift benchmarks).
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile
import time
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "news-id", "dev")
TYPES = {"PER", "LOC", "ORG", "MISC"}


def gazetteer_patterns():
    """(type, name) from data/gazetteer: tab-separated lines with a type column; # comments."""
    patterns = []
    for path in sorted(glob.glob(os.path.join(ROOT, "data", "gazetteer", "*"))):
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            kind = next((f for f in fields if f in TYPES), None)
            names = [f for f in fields if f and f not in TYPES]
            if kind:
                patterns.extend((kind, name) for name in names)
    return patterns


def best_of(runs, work):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kutip", required=True)
    parser.add_argument("--megabytes", type=float, default=2.0)
    args = parser.parse_args()
    try:
        import spacy
    except ImportError:
        sys.exit("bench-spacy: spaCy is not installed (make bench installs it with pip)")

    sources = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(DEV, "*.txt")))]
    if not sources:
        sys.exit(f"bench-spacy: no articles in {DEV}")
    texts, size = [], 0
    while size < args.megabytes * 1_000_000:
        text = sources[len(texts) % len(sources)]
        texts.append(text)
        size += len(text.encode("utf-8"))
    megabytes = size / 1_000_000

    warnings.filterwarnings("ignore", message=r"\[W036\]")  # an empty gazetteer is still a fair run
    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    patterns = gazetteer_patterns()
    ruler.add_patterns([{"label": kind, "pattern": name} for kind, name in patterns])
    spacy_seconds = best_of(3, lambda: [len(doc.ents) for doc in nlp.pipe(texts)])

    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as tiny:
        for n, text in enumerate(texts):
            with open(os.path.join(folder, f"{n:04d}.txt"), "w", encoding="utf-8", newline="") as f:
                f.write(text)
        with open(os.path.join(tiny, "tiny.txt"), "w", encoding="utf-8") as f:
            f.write("Judul\nPresiden Joko Widodo tiba di Jakarta.\n")

        def run(path):
            out = subprocess.run([args.kutip, "analyze", "--format", "jsonl", path], capture_output=True)
            if out.returncode != 0:
                sys.exit(f"bench-spacy: kutip analyze {path} failed: {out.stderr.decode()}")

        startup = best_of(3, lambda: run(tiny))
        kutip_seconds = best_of(3, lambda: run(folder)) - startup

    print(f"\nSame text, {len(texts)} articles, {megabytes:.2f} MB (best of 3 runs):")
    print(f"  spaCy {spacy.__version__} blank('id') + EntityRuler ({len(patterns)} gazetteer patterns): "
          f"{spacy_seconds:.3f} s, {megabytes / spacy_seconds:.2f} MB/s")
    print(f"  kutip analyze (tokens, sentences, entities, quotes, speakers; start-up {startup * 1000:.0f} ms left out): "
          f"{kutip_seconds:.3f} s, {megabytes / kutip_seconds:.2f} MB/s")
    print(f"  kutip is {spacy_seconds / kutip_seconds:.1f}x spaCy's speed (target: 10x or more)")


if __name__ == "__main__":
    main()

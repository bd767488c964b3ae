#!/bin/bash
# Instructions `kutip analyze --format jsonl` executes on the speed benchmark's text (the news-id dev
# articles repeated to about 2 MB as 572 files, as scripts/bench-spacy.py builds it), counted by
# valgrind's callgrind: a figure that does not move with the load of a shared machine, for comparing
# two builds. valgrind 3.19 cannot read the DWARF 5 debug info of Swift 6's release binaries, so a
# stripped copy runs. Start-up (StandardAnalyzer.load) is printed apart.
#
# Usage: scripts/instructions.sh [KUTIP_BINARY]   (default: the release build; needs valgrind)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${1:-$ROOT/.build/release/kutip}
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 - "$ROOT" "$WORK/corpus" <<'PY'
import glob, os, sys
root, out = sys.argv[1], sys.argv[2]
dev = os.path.join(os.path.dirname(root), "shared", "corpus", "news-id", "dev")
sources = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(dev, "*.txt")))]
os.makedirs(out)
n = size = 0
while size < 2_000_000:
    text = sources[n % len(sources)]
    with open(os.path.join(out, f"{n:04d}.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    size += len(text.encode("utf-8"))
    n += 1
print(f"{n} articles, {size / 1e6:.2f} MB")
PY
cp "$BIN" "$WORK/kutip" && strip --strip-debug "$WORK/kutip"
KUTIP_DATA="$ROOT/data" valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.out" "$WORK/kutip" analyze --format jsonl "$WORK/corpus" 2>&1 >/dev/null | grep "refs" | sed 's/.*refs:/total instructions:/'
callgrind_annotate --inclusive=yes "$WORK/cg.out" 2>/dev/null | grep -E "StandardAnalyzerV4loadACyKFZ \[" | awk '{print "of which start-up (StandardAnalyzer.load): " $1}'

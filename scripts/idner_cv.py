#!/usr/bin/env python3
"""Cross-validation on idner-news-2k's train split, through the whole `kutip analyze` pipeline.

The dev split (367 sentences) is small, and its mix differs from test's, so error analysis on dev
alone tunes the refinement passes to a few hundred mentions. This script cuts train into K folds
(sentence i goes to fold i mod K); for each fold it trains the tagger on the other folds (plus
NERGrit train, dev choosing the epoch, as `make train` does) into a copy of data/, runs
`kutip analyze` with that copy (KUTIP_DATA) on the held-out fold's sentences joined as eval.py joins
them, and scores the result. The test split is never read.

Caveat: data/lexicon/common-id.txt was built from all of train, so the held-out words' casing
statistics leak a little into the refinement passes (not into the tagger).

Usage: scripts/idner_cv.py [--kutip PATH] [--folds K] [--errors] [--group NAME] [--top N] [--all]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import entity_errors  # noqa: E402
import eval as kutip_eval  # noqa: E402
from token_files import read_blocks  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kutip", default=os.path.join(kutip_eval.ROOT, ".build", "release", "kutip"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--errors", action="store_true", help="print the error groups (as entity_errors.py)")
    parser.add_argument("--group", help="only this error group")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--all", action="store_true", help="every error with its context")
    parser.add_argument("--seed", type=int, help="seed of the training shuffle (default: train-entities' own), "
                        "to see how much a figure moves with the seed alone")
    args = parser.parse_args()
    idner = os.path.join(kutip_eval.SHARED, "datasets", "idner-news-2k")
    nergrit = os.path.join(kutip_eval.SHARED, "datasets", "nergrit", "train.txt")
    blocks = read_blocks(os.path.join(idner, "train.txt"))
    types = ["PER", "ORG", "LOC"]
    total = {t: [0, 0, 0] for t in types + ["micro"]}
    all_texts, all_gold, all_predicted = {}, {}, {}
    with tempfile.TemporaryDirectory() as work:
        for k in range(args.folds):
            held = [b for i, b in enumerate(blocks) if i % args.folds == k]
            rest = [b for i, b in enumerate(blocks) if i % args.folds != k]
            data = os.path.join(work, f"data{k}")
            shutil.copytree(os.path.join(kutip_eval.ROOT, "data"), data)
            train_file = os.path.join(work, f"train{k}.txt")
            with open(train_file, "w", encoding="utf-8") as f:
                f.write("\n\n".join("\n".join(b) for b in rest) + "\n")
            out = subprocess.run([args.kutip, "train-entities", "--train", train_file, "--aux", nergrit,
                                  "--dev", os.path.join(idner, "dev.txt"),
                                  "--out", os.path.join(data, "models", "entities-id.bin")]
                                 + (["--seed", str(args.seed)] if args.seed is not None else []),
                                 capture_output=True, text=True, cwd=kutip_eval.ROOT)
            if out.returncode != 0:
                sys.exit(f"training fold {k} failed: {out.stderr}")
            sentences = [[(line.split(" ")[0], line.split(" ")[-1]) for line in b] for b in held]
            texts, gold, tokens, _ = kutip_eval.idner_docs(f"cv{k}", sentences)
            env = dict(os.environ, KUTIP_DATA=data)
            with tempfile.TemporaryDirectory() as folder:
                for doc_id, text in texts.items():
                    with open(os.path.join(folder, doc_id + ".txt"), "w", encoding="utf-8", newline="") as f:
                        f.write(text)
                run = subprocess.run([args.kutip, "analyze", "--format", "jsonl", folder],
                                     capture_output=True, text=True, env=env)
                if run.returncode != 0:
                    sys.exit(f"kutip analyze failed on fold {k}: {run.stderr}")
            result = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
            predicted = kutip_eval.idner_predicted({r["id"]: r for r in result}, tokens)
            for name, (tp, fp, fn) in kutip_eval.score_entities(gold, predicted, types):
                for i, v in enumerate((tp, fp, fn)):
                    total[name][i] += v
            all_texts.update(texts)
            all_gold.update(gold)
            all_predicted.update(predicted)
    kutip_eval.print_table(f"Entities, idner-news-2k train, {args.folds}-fold cross-validation "
                           f"({len(blocks)} sentences), strict span+type",
                           [(t, tuple(total[t])) for t in types + ["micro"]])
    if args.errors:
        entity_errors.print_groups(entity_errors.classify(all_texts, all_gold, all_predicted, types),
                                   only=args.group, top=args.top, every=args.all)


if __name__ == "__main__":
    main()

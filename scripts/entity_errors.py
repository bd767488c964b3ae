#!/usr/bin/env python3
"""Entity error analysis on the dev material: every false positive and false negative of `kutip analyze`,
sorted into groups (wrong type on the right span, boundary errors, spurious, missed) with its context,
and counted by the words that make the difference (a boundary error's extra or missing words, a
confusion's gold->found type pair, a missed or spurious span's text).

Usage: scripts/entity_errors.py [--kutip PATH] [--set idner|news|seeds] [--group NAME] [--top N]
Dev only: the test splits are for the reported figure.
"""
import argparse
import collections
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval as kutip_eval  # noqa: E402


def idner_docs(split):
    """(texts, gold, tokens) for idner-news-2k `split`, built as eval.py builds them."""
    texts, gold, tokens, _ = kutip_eval.idner_docs(split)
    return texts, gold, tokens


def predicted_for(kutip, texts, tokens=None):
    """The analyze output's entities per document; mapped onto the data set's tokens (as eval.py
    scores idner) when `tokens` is given."""
    with tempfile.TemporaryDirectory() as folder:
        for doc_id, text in texts.items():
            with open(os.path.join(folder, doc_id + ".txt"), "w", encoding="utf-8", newline="") as f:
                f.write(text)
        result = kutip_eval.analyze(kutip, folder)
    if tokens is not None:
        return kutip_eval.idner_predicted(result, tokens)
    return {k: [(e["start"], e["end"], e["type"]) for e in v["entities"]] for k, v in result.items()}


def hand_docs(name):
    corpus, articles = kutip_eval.load_gold(name)
    texts, gold = {}, {}
    for a in articles:
        doc_id = a["file"].rsplit(".", 1)[0]
        texts[doc_id] = open(os.path.join(corpus, a["file"]), encoding="utf-8", newline="").read()
        gold[doc_id] = [(e["start"], e["end"], e["type"]) for e in a["entities"]]
    return texts, gold


def context(text, s, e, width=45):
    left = text[max(0, s - width):s].replace("\n", "|")
    right = text[e:e + width].replace("\n", "|")
    return f"{left}[{text[s:e]}]{right}"


def classify(texts, gold, predicted, types):
    groups = collections.defaultdict(list)
    for doc_id, spans in gold.items():
        text = texts[doc_id]
        g = {x for x in spans if x[2] in types}
        p = {x for x in predicted.get(doc_id, []) if x[2] in types}
        fn, fp = g - p, p - g
        used = set()
        for x in sorted(fn):
            same = [y for y in fp if y[:2] == x[:2]]
            if same:
                y = same[0]
                used.add(y)
                groups["type"].append((doc_id, x, y, f"{x[2]}->{y[2]}", context(text, *x[:2])))
                continue
            over = [y for y in fp if y[0] < x[1] and x[0] < y[1]]
            if over:
                for y in over:
                    used.add(y)
                y = over[0]
                extra = []
                if y[0] < x[0]:
                    extra.append("+L:" + text[y[0]:x[0]].strip())
                if y[0] > x[0]:
                    extra.append("-L:" + text[x[0]:y[0]].strip())
                if y[1] > x[1]:
                    extra.append("+R:" + text[x[1]:y[1]].strip())
                if y[1] < x[1]:
                    extra.append("-R:" + text[y[1]:x[1]].strip())
                kind = "split" if len(over) > 1 else "boundary"
                key = " ".join(extra) + ("" if x[2] == y[2] else f" ({x[2]}->{y[2]})")
                detail = " + ".join(f"{text[o[0]:o[1]]}/{o[2]}" for o in sorted(over))
                groups[kind].append((doc_id, x, y, key, context(text, *x[:2]) + "  => " + detail))
                continue
            groups["missed"].append((doc_id, x, None, f"{x[2]}:{text[x[0]:x[1]]}", context(text, *x[:2])))
        for y in sorted(fp - used):
            if any(y[0] < x[1] and x[0] < y[1] for x in g):
                # a second overlapping prediction already counted as a boundary error
                groups["overlap-extra"].append((doc_id, None, y, f"{y[2]}:{text[y[0]:y[1]]}", context(text, *y[:2])))
                continue
            groups["spurious"].append((doc_id, None, y, f"{y[2]}:{text[y[0]:y[1]]}", context(text, *y[:2])))
    return groups


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kutip", default=os.path.join(kutip_eval.ROOT, ".build", "release", "kutip"))
    parser.add_argument("--set", default="idner", choices=["idner", "news", "seeds"])
    parser.add_argument("--group", help="list only this group (type, boundary, split, missed, spurious, overlap-extra)")
    parser.add_argument("--top", type=int, default=25, help="most frequent keys shown per group")
    parser.add_argument("--all", action="store_true", help="list every error with its context")
    args = parser.parse_args()
    if args.set == "idner":
        texts, gold, tokens = idner_docs("dev")
        types = ["PER", "ORG", "LOC"]
    else:
        texts, gold = hand_docs("entities-news-id-dev.json" if args.set == "news" else "entities-seeds.json")
        types = ["PER", "LOC", "ORG", "MISC"]
        tokens = None
    predicted = predicted_for(args.kutip, texts, tokens)
    print_groups(classify(texts, gold, predicted, types), only=args.group, top=args.top, every=args.all)


def print_groups(groups, only=None, top=25, every=False):
    """Prints each group of `classify`'s errors: its size, its most frequent keys, and with `every`
    each error with its context; `only` names the one group to print."""
    for name in ["type", "boundary", "split", "missed", "spurious", "overlap-extra"]:
        if only and name != only:
            continue
        items = groups.get(name, [])
        print(f"\n== {name}: {len(items)}")
        for key, n in collections.Counter(k for _, _, _, k, _ in items).most_common(top):
            print(f"  {n:3d}  {key}")
        if every:
            for doc_id, _, _, key, ctx in items:
                print(f"    {doc_id}: {key} :: {ctx}")


if __name__ == "__main__":
    main()

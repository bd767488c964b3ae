#!/usr/bin/env python3
"""Checks `kutip agree --format json` against reference implementations.

    scripts/agreement-reference.py --store annotations --annotators ana,budi,citra AGREE.json
    scripts/agreement-reference.py --case STORE ANNOTATORS AGREE.json --case …   (several at once)

Reads the annotators' store files itself, matches quotations with the evaluation's rule
(scripts/eval.py `overlaps`, greedy one to one in text order), builds the units of α as
`kutip agree --help` defines them, and computes every figure with scikit-learn's
`cohen_kappa_score` and the `krippendorff` package (`level_of_measurement="nominal"`); then
compares each figure of every article and of the whole with kutip's, to 1e-9. Prints how many
figures it checked and each difference; exits 1 on a difference, 3 when scikit-learn or
krippendorff is missing (`make test` installs them).
"""
import argparse
import json
import math
import os
import sys
import unicodedata
import warnings

try:
    import numpy as np
    import krippendorff
    from sklearn.metrics import cohen_kappa_score
except ImportError as error:
    print(f"agreement-reference: {error}: the agreement test needs scikit-learn and krippendorff from PyPI "
          "(make test installs them; or python3 -m pip install scikit-learn krippendorff)", file=sys.stderr)
    sys.exit(3)

warnings.filterwarnings("ignore")
LABELS = ["PER", "LOC", "ORG", "MISC", "none"]
NOTHING, ONE = "nothing to compare", "one value only"


def overlaps(a, b):  # scripts/eval.py
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared * 2 >= (a[1] - a[0]) and shared * 2 >= (b[1] - b[0])


def fold(name):
    """kutip's PersonName key: letter words, split where a capital follows a small letter,
    apostrophes dropped, lower case without diacritics."""
    words, current, previous_lower = [], "", False
    for ch in name:
        mark = unicodedata.category(ch).startswith("M")
        if not (ch.isalpha() or mark or ch in "'\u2019"):
            if current:
                words.append(current)
            current, previous_lower = "", False
            continue
        if ch.isupper() and previous_lower and current:
            words.append(current)
            current = ""
        if not mark:
            previous_lower = ch.islower()
        if ch in "'\u2019":
            continue
        current += ch
    if current:
        words.append(current)
    folded = ["".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.category(c).startswith("M")).lower()
              for w in words]
    folded = [w for w in folded if w]
    return " ".join(folded) if folded else name


def pairs(first, second):
    used, result = set(), []
    for i, a in enumerate(first):
        j = next((j for j, b in enumerate(second) if j not in used and overlaps(a, b)), None)
        if j is not None:
            used.add(j)
            result.append((i, j))
    return result


def units(quotations):
    """Annotator by annotator: a quotation joins the first unit, in order, whose every member it
    matches; the rest start units; units ordered by the quotation that started them."""
    result = []  # [members list, starter span]
    for annotator, spans in enumerate(quotations):
        used = set()
        for unit in result:
            members = [quotations[o][unit[0][o]] for o in range(annotator) if unit[0][o] is not None]
            j = next((j for j, s in enumerate(spans) if j not in used and all(overlaps(m, s) for m in members)), None)
            if j is not None:
                used.add(j)
                unit[0][annotator] = j
        for j, span in enumerate(spans):
            if j not in used:
                members = [None] * len(quotations)
                members[annotator] = j
                result.append([members, span])
        result.sort(key=lambda u: (u[1][0], u[1][1]))  # stable: older units first on ties
    return [u[0] for u in result]


def kappa(a, b):
    if not a:
        return None, NOTHING
    value = cohen_kappa_score(a, b)
    if math.isnan(value):
        return None, ONE
    return float(value), None


def alpha(reliability):
    """reliability: units, each a list of labels or None per annotator."""
    if not reliability:
        return None, NOTHING
    codes = {}
    data = np.array([[np.nan if v is None else codes.setdefault(v, len(codes)) for v in unit] for unit in reliability],
                    dtype=float).T
    try:
        value = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    except ValueError as error:
        return None, NOTHING if "at least two coders" in str(error) else ONE
    if math.isnan(value):
        return None, ONE
    return float(value), None


def read(store, annotator):
    folder = os.path.join(store, annotator)
    registry = json.load(open(os.path.join(folder, "speakers.json"), encoding="utf-8")) \
        if os.path.exists(os.path.join(folder, "speakers.json")) else {"speakers": []}
    names = {s["id"]: fold(s["name"]) for s in registry["speakers"]}
    articles = {}
    for name in os.listdir(folder):
        if not name.endswith(".json") or name == "speakers.json" or name.startswith("."):
            continue
        doc = json.load(open(os.path.join(folder, name), encoding="utf-8"))
        quotes = [((q["anchor"]["start"], q["anchor"]["end"]), names.get(q["speaker"]) if q.get("speaker") else None)
                  for q in doc["quotes"] if not q["notAQuotation"] and not q["unplaced"]]
        quotes.sort(key=lambda q: q[0])  # stable, as kutip's sort
        entities, seen = [], set()
        for e in doc["entities"]:
            span = (e["anchor"]["start"], e["anchor"]["end"])
            if e["unplaced"] or span in seen:
                continue
            seen.add(span)
            entities.append((span, e.get("type") or "none"))
        articles[name[:-5]] = (quotes, entities)
    return articles


class Figures:
    """The label data of one article, or pooled over all."""

    def __init__(self, k):
        self.k = k
        self.quotations = [0] * k
        self.units = 0
        self.reliability = []
        self.pairs = {}
        for i in range(k):
            for j in range(i + 1, k):
                self.pairs[(i, j)] = {"matched": 0, "only": [0, 0], "speakers": ([], []), "types": ([], []),
                                      "labels": {l: [0, 0, 0] for l in LABELS}}

    def add(self, tags):
        for a, (quotes, _) in enumerate(tags):
            self.quotations[a] += len(quotes)
        grouped = units([[q[0] for q in quotes] for quotes, _ in tags])
        self.units += len(grouped)
        for unit in grouped:
            self.reliability.append([tags[a][0][i][1] if i is not None else None for a, i in enumerate(unit)])
        for (i, j), pair in self.pairs.items():
            a, b = tags[i][0], tags[j][0]
            matched = pairs([q[0] for q in a], [q[0] for q in b])
            pair["matched"] += len(matched)
            pair["only"][0] += len(a) - len(matched)
            pair["only"][1] += len(b) - len(matched)
            for x, y in matched:
                if a[x][1] is not None and b[y][1] is not None:
                    pair["speakers"][0].append(a[x][1])
                    pair["speakers"][1].append(b[y][1])
            ea, eb = tags[i][1], dict(tags[j][1])
            for _, label in ea:
                pair["labels"][label][0] += 1
            for label in eb.values():
                pair["labels"][label][1] += 1
            for span, label in ea:
                if span in eb:
                    pair["types"][0].append(label)
                    pair["types"][1].append(eb[span])
                    if eb[span] == label:
                        pair["labels"][label][2] += 1


class Checker:
    def __init__(self):
        self.checked = 0
        self.defined = 0
        self.differences = []

    def same(self, where, expected, got):
        self.checked += 1
        if isinstance(expected, float) or isinstance(got, float):
            ok = expected is not None and got is not None and abs(expected - got) <= 1e-9
        else:
            ok = expected == got
        if not ok:
            self.differences.append(f"{where}: reference {expected!r}, kutip {got!r}")

    def figure(self, where, reference, got, key):
        value, reason = reference
        self.same(where + "." + key, value, got[key])
        self.same(where + ".undefined", reason, got["undefined"])
        if value is not None:
            self.defined += 1

    def compare(self, where, names, figures, got):
        self.same(where + ".quotations", dict(zip(names, figures.quotations)), got["quotations"])
        self.same(where + ".units", figures.units, got["units"])
        pairable = [u for u in figures.reliability if sum(v is not None for v in u) >= 2]
        if pairable:
            self.figure(where + ".speakers", alpha(pairable), got["speakers"], "alpha")
        else:
            # No unit with two values: the package raises (whichever of its checks comes first,
            # "more than one value in the domain" or "at least two coders"); kutip says why.
            value, _ = alpha(figures.reliability)
            self.figure(where + ".speakers", (value, None) if value is not None else (None, NOTHING), got["speakers"], "alpha")
        # The package over every unit, the lone values too, gives the same (or is undefined alike).
        if pairable and len(pairable) != len(figures.reliability):
            self.figure(where + ".speakers(all units)", alpha(figures.reliability), got["speakers"], "alpha")
        self.same(where + ".speakers.units", len(pairable), got["speakers"]["units"])
        self.same(where + ".speakers.pairable", sum(sum(v is not None for v in u) for u in pairable), got["speakers"]["pairable"])
        self.same(where + ".pairs", [[names[i], names[j]] for i, j in figures.pairs], [p["annotators"] for p in got["pairs"]])
        for ((i, j), pair), mine in zip(figures.pairs.items(), got["pairs"]):
            at = f"{where}.{names[i]}-{names[j]}"
            self.same(at + ".matched", pair["matched"], mine["matched"])
            self.same(at + ".unmatched", {names[i]: pair["only"][0], names[j]: pair["only"][1]}, mine["unmatched"])
            a, b = pair["speakers"]
            self.figure(at + ".speakers", kappa(a, b), mine["speakers"], "kappa")
            self.same(at + ".speakers.compared", len(a), mine["speakers"]["compared"])
            self.same(at + ".speakers.agreed", sum(x == y for x, y in zip(a, b)), mine["speakers"]["agreed"])
            a, b = pair["types"]
            self.figure(at + ".entities.types", kappa(a, b), mine["entities"]["types"], "kappa")
            self.same(at + ".entities.types.compared", len(a), mine["entities"]["types"]["compared"])
            for label, (first, second, both) in pair["labels"].items():
                got_label = mine["entities"]["labels"][label]
                self.same(f"{at}.entities.{label}.counts", {names[i]: first, names[j]: second}, got_label["counts"])
                self.same(f"{at}.entities.{label}.both", both, got_label["both"])
                self.same(f"{at}.entities.{label}.f1", 2 * both / (first + second) if first + second else None, got_label["f1"])


def check(checker, store, names, agree_json):
    got = json.load(open(agree_json, encoding="utf-8"))
    stores = [read(store, name) for name in names]
    ids = sorted(set().union(*stores))
    checker.same("annotators", names, got["annotators"])
    checker.same("articles", ids, [a["article"] for a in got["articles"]])
    overall = Figures(len(names))
    for article_id, mine in zip(ids, got["articles"]):
        tags = [store.get(article_id, ([], [])) for store in stores]
        figures = Figures(len(names))
        figures.add(tags)
        overall.add(tags)
        checker.compare(f"{agree_json}:{article_id}", names, figures, mine)
    checker.compare(f"{agree_json}:overall", names, overall, got["overall"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("agree_json", nargs="?")
    parser.add_argument("--store")
    parser.add_argument("--annotators")
    parser.add_argument("--case", nargs=3, action="append", default=[], metavar=("STORE", "ANNOTATORS", "AGREE_JSON"))
    args = parser.parse_args()
    cases = [(store, names.split(","), path) for store, names, path in args.case]
    if args.agree_json:
        if not args.store or not args.annotators:
            parser.error("give --store and --annotators with AGREE_JSON")
        cases.append((args.store, args.annotators.split(","), args.agree_json))
    if not cases:
        parser.error("nothing to check")
    checker = Checker()
    for store, names, path in cases:
        check(checker, store, names, path)
    for difference in checker.differences[:40]:
        print(difference)
    print(f"checked {checker.checked} figures in {len(cases)} case(s) ({checker.defined} kappas and alphas defined); "
          f"{len(checker.differences)} differ")
    sys.exit(1 if checker.differences else 0)


if __name__ == "__main__":
    main()

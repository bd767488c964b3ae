#!/usr/bin/env python3
"""kutip's quality figures (`make eval`): entities and quotations, scored on what `kutip analyze` prints.

Entities (strict span and type, CoNLL style):
  - idner-news-2k (../shared/datasets): sentences joined into plain text files (one sentence a line,
    tokens joined by spaces, 25 sentences a file), run through `kutip analyze`; kutip's entity spans
    are mapped back onto the data set's tokens (a token takes the type of the predicted span that
    overlaps it) and the chunks compared strictly, as conlleval does on token tags.
    PER/ORG/LOC only (the data set has no MISC).
  - the hand-annotated sets in Tests/Evaluation/entities-*.json (news-id dev, bundled seeds).
Quotations (found when the overlap covers at least half of both spans):
  - Tests/Evaluation/quotes-*.json: precision and recall per kind, kind accuracy and speaker accuracy
    on found quotations.
  - pfsa-id: its STATEMENT spans as gold direct quotations (documents start at an ISSUE span;
    sentences joined by spaces), scored twice:
      1. every quotation kutip finds (direct, unmarked, partial) against the labelled statements;
      2. only the quotations whose speaker kutip judges a public figure (`"publicFigure": true` in
         analyze output) against the same labels. PFSA-ID is a corpus of public figures' statement
         attributions: its annotators labelled officials, executives and experts and left ordinary
         people's quotes (residents, traders, vox pops) unlabelled, so row 2 is the one that
         matches what the corpus labels; row 1 counts those real quotations as spurious.
    Then scripts/pfsa_people.py: PER recall on the people PFSA-ID names as speakers (unseen Kompas
    news; recall only) and speaker accuracy on its statements attributed by name.

Usage: scripts/eval.py [--kutip PATH] [--split dev|test] [--verbose] [--only news|seeds|pfsa] [entities|quotes|all]
Use --split dev while working; the test split is for the figure you report.
"""
import argparse
import collections
import hashlib
import json
import os
import subprocess
import sys
import tempfile

import pfsa_people
from token_files import read_sentences

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")


def analyze(kutip, folder):
    out = subprocess.run([kutip, "analyze", "--format", "jsonl", folder], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"kutip analyze {folder} failed: {out.stderr}")
    return {json.loads(line)["id"]: json.loads(line) for line in out.stdout.splitlines() if line.strip()}


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def print_table(title, rows):
    print(f"\n{title}")
    print(f"  {'':8} {'prec':>6} {'recall':>6} {'F1':>6} {'gold':>6} {'found':>6}")
    for name, (tp, fp, fn) in rows:
        p, r, f = prf(tp, fp, fn)
        print(f"  {name:8} {p:6.3f} {r:6.3f} {f:6.3f} {tp + fn:6d} {tp + fp:6d}")


def score_entities(gold, predicted, types):
    counts = {t: [0, 0, 0] for t in types}
    for doc_id, spans in gold.items():
        g = {(s, e, t) for s, e, t in spans if t in types}
        p = {(s, e, t) for s, e, t in predicted.get(doc_id, []) if t in types}
        for t in types:
            gt = {x for x in g if x[2] == t}
            pt = {x for x in p if x[2] == t}
            counts[t][0] += len(gt & pt)
            counts[t][1] += len(pt - gt)
            counts[t][2] += len(gt - pt)
    micro = [sum(c[i] for c in counts.values()) for i in range(3)]
    return [(t, tuple(counts[t])) for t in types] + [("micro", tuple(micro))]


def idner_docs(split, sentences=None):
    """idner-news-2k `split` as article files: (texts by id, gold spans (start, end, type) by id,
    token spans (start, end) by id, sentence count). Sentences are joined into plain text (one a
    line, tokens joined by spaces, 25 a file). `sentences` (lists of (token, tag)) replaces the
    split's file when given (cross-validation)."""
    if sentences is None:
        sentences = read_sentences(os.path.join(SHARED, "datasets", "idner-news-2k", f"{split}.txt"), " ")
    texts, gold, tokens = {}, {}, {}
    for d in range(0, len(sentences), 25):
        doc_id = f"idner-{split}-{d // 25:04d}"
        text, spans, cuts = [], [], []
        offset = 0
        for sentence in sentences[d:d + 25]:
            open_span = None
            for i, (token, tag) in enumerate(sentence):
                start = offset
                offset += len(token)
                cuts.append((start, offset))
                if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and (open_span is None or open_span[2] != tag[2:])):
                    if open_span:
                        spans.append(tuple(open_span))
                        open_span = None
                if tag.startswith("B-") or (tag.startswith("I-") and open_span is None):
                    open_span = [start, offset, tag[2:]]
                elif tag.startswith("I-"):
                    open_span[1] = offset
                text.append(token)
                text.append(" " if i + 1 < len(sentence) else "\n")
                offset += 1
            if open_span:
                spans.append(tuple(open_span))
        texts[doc_id] = "".join(text)
        gold[doc_id] = spans
        tokens[doc_id] = cuts
    return texts, gold, tokens, len(sentences)


def on_tokens(cuts, spans):
    """Maps predicted character spans back onto the data set's tokens, as CoNLL scoring needs: a
    token takes the type of the first predicted span that overlaps it (B- where that span starts
    in it, I- where the span began in an earlier token), and the chunks are read off those tags.
    kutip cuts `(KPK)` or `HAM?` into several tokens of its own; the data set's token is the unit
    the gold labels are on, so an entity `KPK` inside the token `(KPK)` tags that whole token."""
    ordered = sorted(spans)
    chunks, current = [], None
    j = 0
    for start, end in cuts:
        while j < len(ordered) and ordered[j][1] <= start:
            j += 1
        hit = next((sp for sp in ordered[j:j + 4] if sp[0] < end and start < sp[1]), None)
        if hit is not None and current is not None and current[3] == hit:
            current[1] = end
            continue
        if current is not None:
            chunks.append(tuple(current[:3]))
            current = None
        if hit is not None:
            current = [start, end, hit[2], hit]
    if current is not None:
        chunks.append(tuple(current[:3]))
    return chunks


def idner_predicted(result, tokens):
    """The analyze output's entities per document, mapped onto the data set's tokens."""
    return {k: on_tokens(tokens[k], [(e["start"], e["end"], e["type"]) for e in v["entities"]])
            for k, v in result.items()}


def idner(kutip, split):
    texts, gold, tokens, count = idner_docs(split)
    with tempfile.TemporaryDirectory() as folder:
        for doc_id, text in texts.items():
            with open(os.path.join(folder, doc_id + ".txt"), "w", encoding="utf-8", newline="") as f:
                f.write(text)
        result = analyze(kutip, folder)
    print_table(f"Entities, idner-news-2k {split} split ({count} sentences), strict span+type "
                "(kutip's spans mapped onto the data set's tokens)",
                score_entities(gold, idner_predicted(result, tokens), ["PER", "ORG", "LOC"]))


def load_gold(name):
    path = os.path.join(ROOT, "Tests", "Evaluation", name)
    data = json.load(open(path, encoding="utf-8"))
    corpus = os.path.normpath(os.path.join(ROOT, data["corpus"]))
    for article in data["articles"]:
        file = os.path.join(corpus, article["file"])
        digest = hashlib.sha256(open(file, "rb").read()).hexdigest()
        if digest != article["sha256"]:
            sys.exit(f"{path}: {article['file']} has changed since it was annotated (sha256 differs)")
    return corpus, data["articles"]


def hand_entities(kutip, name, label):
    corpus, articles = load_gold(name)
    result = analyze(kutip, corpus)
    gold = {a["file"].rsplit(".", 1)[0]: [(e["start"], e["end"], e["type"]) for e in a["entities"]] for a in articles}
    predicted = {k: [(e["start"], e["end"], e["type"]) for e in v["entities"]] for k, v in result.items() if k in gold}
    print_table(f"Entities, {label} ({len(articles)} articles, hand-annotated), strict span+type",
                score_entities(gold, predicted, ["PER", "LOC", "ORG", "MISC"]))


def overlaps(a, b):
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared * 2 >= (a[1] - a[0]) and shared * 2 >= (b[1] - b[0])


VERBOSE = False
TEXTS = {}


def show(doc_id, what, q, other=None):
    text = TEXTS.get(doc_id)
    snippet = text[q["start"]:q["end"]].replace("\n", "|") if text else ""
    if len(snippet) > 90:
        snippet = snippet[:50] + " … " + snippet[-35:]
    extra = ""
    if other is not None:
        extra = f" -> got {other['kind']} speaker={other.get('speaker')!r}"
        if text and other.get("speakerStart") is not None:
            extra += f" <{text[other['speakerStart']:other['speakerEnd']]}>"
    print(f"    {doc_id} {what} {q['kind']:8} [{q['start']}:{q['end']}] speaker={q.get('speaker')!r}{extra} :: {snippet}")


def score_quotes(gold_docs, predicted_docs, kinds, label):
    per_gold = collections.Counter()
    per_gold_found = collections.Counter()
    per_pred = collections.Counter()
    per_pred_ok = collections.Counter()
    kind_right = speaker_right = found = 0
    for doc_id, gold in gold_docs.items():
        predicted = predicted_docs.get(doc_id, [])
        used = set()
        for g in gold:
            per_gold[g["kind"]] += 1
            match = next((i for i, p in enumerate(predicted) if i not in used and overlaps((g["start"], g["end"]), (p["start"], p["end"]))), None)
            if match is None:
                if VERBOSE:
                    show(doc_id, "MISSED  ", g)
                continue
            used.add(match)
            per_gold_found[g["kind"]] += 1
            found += 1
            p = predicted[match]
            kind_right += p["kind"] == g["kind"]
            gs, ps = (g.get("speaker") or "").lower(), (p.get("speaker") or "").lower()
            speaker_right += bool(gs) and gs == ps
            if VERBOSE and (p["kind"] != g["kind"] or (gs and gs != ps)):
                show(doc_id, "WRONG   ", g, p)
        for p in predicted:
            per_pred[p["kind"]] += 1
            ok = any(overlaps((g["start"], g["end"]), (p["start"], p["end"])) for g in gold)
            per_pred_ok[p["kind"]] += ok
            if VERBOSE and not ok:
                show(doc_id, "SPURIOUS", p)
    rows = []
    for k in kinds:
        tp_r, gold_n = per_gold_found[k], per_gold[k]
        tp_p, pred_n = per_pred_ok[k], per_pred[k]
        p = tp_p / pred_n if pred_n else 0.0
        r = tp_r / gold_n if gold_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows.append((k, p, r, f, gold_n, pred_n))
    print(f"\nQuotations, {label}: found when the overlap covers half of both spans")
    print(f"  {'':9} {'prec':>6} {'recall':>6} {'F1':>6} {'gold':>6} {'found':>6}")
    for k, p, r, f, g, n in rows:
        print(f"  {k:9} {p:6.3f} {r:6.3f} {f:6.3f} {g:6d} {n:6d}")
    all_gold = sum(per_gold.values())
    all_pred = sum(per_pred.values())
    p = sum(per_pred_ok.values()) / all_pred if all_pred else 0.0
    r = found / all_gold if all_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"  {'all':9} {p:6.3f} {r:6.3f} {f:6.3f} {all_gold:6d} {all_pred:6d}")
    if found:
        with_speaker = sum(1 for gold in gold_docs.values() for g in gold if g.get("speaker"))
        speakers = (f"; speaker right on {speaker_right}/{found} found ({speaker_right / found:.3f})" if with_speaker
                    else " (no speakers in this gold: see the named-speaker check below)")
        print(f"  kind right on {kind_right}/{found} found ({kind_right / found:.3f}){speakers}")


def hand_quotes(kutip, name, label):
    corpus, articles = load_gold(name)
    result = analyze(kutip, corpus)
    if VERBOSE:
        for a in articles:
            TEXTS[a["file"].rsplit(".", 1)[0]] = open(os.path.join(corpus, a["file"]), encoding="utf-8", newline="").read()
    gold = {a["file"].rsplit(".", 1)[0]: a["quotes"] for a in articles}
    predicted = {k: v["quotes"] for k, v in result.items() if k in gold}
    score_quotes(gold, predicted, ["direct", "partial", "unmarked", "indirect"], f"{label} ({len(articles)} articles)")


def pfsa(kutip, split):
    # Each article's lead sentence holds its one ISSUE span: that sentence starts a new article
    # (the dateline before the ISSUE words belongs to it too).
    docs = []
    for sentence in read_sentences(os.path.join(SHARED, "datasets", "pfsa-id", f"{split}.txt"), "\t"):
        if not docs or any(tag in ("B-ISSUE", "U-ISSUE") for _, tag in sentence):
            docs.append([])
        docs[-1].append(sentence)
    gold = {}
    with tempfile.TemporaryDirectory() as folder:
        for n, doc in enumerate(docs):
            doc_id = f"pfsa-{split}-{n:04d}"
            tokens = [t for s in doc for t in s]
            text, spans, offset, start = [], [], 0, None
            for token, tag in tokens:
                if tag in ("B-STATEMENT", "U-STATEMENT"):
                    start = offset
                if tag in ("L-STATEMENT", "U-STATEMENT") and start is not None:
                    spans.append({"start": start, "end": offset + len(token), "kind": "direct", "speaker": None})
                    start = None
                text.append(token)
                offset += len(token) + 1
            with open(os.path.join(folder, doc_id + ".txt"), "w", encoding="utf-8", newline="") as f:
                f.write(" ".join(text) + "\n")
            TEXTS[doc_id] = " ".join(text) + "\n"
            gold[doc_id] = spans
        result = analyze(kutip, folder)
    predicted = {k: [q for q in v["quotes"] if q["kind"] in ("direct", "unmarked", "partial")] for k, v in result.items()}
    score_quotes(gold, predicted, ["direct"], f"pfsa-id {split} split ({len(docs)} articles), labelled statements as direct, all quotations")
    public = {k: [q for q in v if q.get("publicFigure") is True] for k, v in predicted.items()}
    score_quotes(gold, public, ["direct"], f"pfsa-id {split} split ({len(docs)} articles), labelled statements as direct, "
                 "only quotations kutip judges spoken by a public figure")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", nargs="?", default="all", choices=["entities", "quotes", "all"])
    parser.add_argument("--kutip", default=os.path.join(ROOT, ".build", "debug", "kutip"))
    parser.add_argument("--split", default="test", choices=["dev", "test"])
    parser.add_argument("--verbose", action="store_true", help="list missed, spurious and wrongly kinded or attributed quotations")
    parser.add_argument("--only", choices=["news", "seeds", "pfsa"], help="score one quotation set only")
    args = parser.parse_args()
    global VERBOSE
    VERBOSE = args.verbose
    if args.what in ("entities", "all"):
        idner(args.kutip, args.split)
        hand_entities(args.kutip, "entities-news-id-dev.json", "news-id dev")
        hand_entities(args.kutip, "entities-seeds.json", "bundled corpus")
    if args.what in ("quotes", "all"):
        if args.only in (None, "news"):
            hand_quotes(args.kutip, "quotes-news-id-dev.json", "news-id dev")
        if args.only in (None, "seeds"):
            hand_quotes(args.kutip, "quotes-seeds.json", "bundled corpus")
        if args.only in (None, "pfsa"):
            pfsa(args.kutip, args.split)
            # PER recall on the people PFSA-ID names as speakers, and speaker accuracy on its
            # statements attributed by name (scripts/pfsa_people.py says how).
            pfsa_people.check(args.kutip, args.split, VERBOSE)


if __name__ == "__main__":
    main()

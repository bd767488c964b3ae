#!/usr/bin/env python3
"""Two checks of kutip on PFSA-ID's Kompas news that need no hand set of ours (`make eval` runs
them; the test split is for the reported figure, dev for work):

1. People: PFSA-ID labels the names of the people it attributes statements to (PERSON spans, the
   first full mention: `Ketua PHRI DIY Deddy Pranowo Eryono` -> `Deddy Pranowo Eryono`). They are a
   sample of the people in each article, so this gives kutip's PER *recall* on them (exact span, and
   overlapping), and what kutip typed the ones it did not find as PER. Titles and ranks in front of
   a name (`Komisaris Besar`, `dokter`), which PFSA-ID keeps in the span and kutip leaves out, are
   left out of the gold span first. Other people in the text are
   not labelled, so there is no precision here.

2. Speakers: a labelled statement whose attribution names its speaker (`” kata Salehudin`,
   `” ujar Ngajib`: a PERSON or a capitalised PERSONCOREF name after the statement in the sentence
   where it ends, or before it in the sentence where it starts: `Deddy mengatakan, ” …`) has a known speaker: that name,
   completed from the article's PERSON spans that hold it (`Deddy` -> `Deddy Pranowo Eryono`). Role
   and pronoun attributions (`kata Presiden`, `katanya`) are left out: the labels do not say who
   they refer to. For each such statement kutip found (overlap of half of both spans), kutip's
   speaker counts as right when its name and the gold name share their words after folding case
   and leaving out titles and ranks (every word of the shorter name is in the longer one).

Usage: scripts/pfsa_people.py --kutip PATH [--split dev|test] [--verbose]
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

from token_files import read_sentences

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")

# Capitalised PERSONCOREF words that name a role or refer back, not a person's name.
ROLE_WORDS = {
    "presiden", "wakil", "menteri", "gubernur", "bupati", "wali", "kota", "kepala", "ketua", "direktur",
    "dia", "ia", "beliau", "mereka", "kami", "saya", "pria", "wanita", "perempuan", "sang", "jokowi-",
}


def documents(split):
    """PFSA-ID's sentences cut into articles (each starts with its one ISSUE span)."""
    docs = []
    for sentence in read_sentences(os.path.join(SHARED, "datasets", "pfsa-id", f"{split}.txt"), "\t"):
        if not docs or any(tag in ("B-ISSUE", "U-ISSUE") for _, tag in sentence):
            docs.append([])
        docs[-1].append(sentence)
    return docs


def spans_of(doc):
    """The article's text (tokens joined by spaces, as eval.py writes it) and its labelled spans:
    (label, start, end, first sentence, last sentence)."""
    text, spans, offset = [], [], 0
    open_span = None
    for s, sentence in enumerate(doc):
        for token, tag in sentence:
            start = offset
            end = offset + len(token)
            if tag != "O":
                prefix, label = tag.split("-", 1)
                if prefix in ("B", "U") or open_span is None or open_span[0] != label:
                    open_span = [label, start, end, s, s]
                else:
                    open_span[2] = end
                    open_span[4] = s
                if prefix in ("L", "U"):
                    spans.append(tuple(open_span))
                    open_span = None
            text.append(token)
            offset = end + 1
    return " ".join(text) + "\n", spans


# Titles and ranks PFSA-ID keeps inside PERSON spans (`Komisaris Besar Yusri Yunus`, `dokter Adam
# Prabata`) and kutip's convention (and the issue's) leaves out of a person's span.
TITLES = {
    "bapak", "pak", "ibu", "bu", "dokter", "dr", "dr.", "prof", "prof.", "profesor", "haji", "h", "h.", "hj", "hj.",
    "ir", "ir.", "kiai", "kh", "kh.", "ustaz", "ustadz", "habib", "gus", "romo", "pastor", "pendeta", "mbah",
    "jenderal", "jendral", "letjen", "mayjen", "brigjen", "irjen", "komjen", "kombes", "akbp", "kompol", "akp",
    "iptu", "ipda", "aiptu", "aipda", "bripka", "brigadir", "briptu", "bripda", "komisaris", "besar", "ajun",
    "inspektur", "marsekal", "laksamana", "laksda", "laksdya", "marsda", "marsdya", "kolonel", "letkol", "mayor",
    "kapten", "letnan", "serka", "sertu", "serda", "kopral", "pratu", "prada", "(", ")", "mar", "purn", "purn.",
    # short forms of ministers' offices, which PFSA also keeps before a name (`Mensos Risma`)
    "mensos", "menkes", "menkeu", "menlu", "menhan", "mendagri", "mendikbud", "menag", "menaker", "menhub",
    "mentan", "menpora", "menko", "wapres",
}


def without_titles(doc_text, start, end):
    """The span with the titles and ranks in front of the name left out (start moved past them)."""
    tokens = doc_text[start:end].split(" ")
    k = 0
    while k + 1 < len(tokens) and tokens[k].lower() in TITLES:
        start += len(tokens[k]) + 1
        k += 1
    return start, end


def words(name):
    return [w for w in name.lower().replace("-", " ").split() if w not in TITLES and any(c.isalpha() for c in w)]


def same_word(short, long_):
    """The same name word, or a short form cut from it (`ardi` of `ardiwinata`, as news writes
    `kata Ardi` after `Kepala Dinas … Ardiwinata`)."""
    return short == long_ or len(short) >= 4 and len(long_) >= len(short) + 2 and long_.startswith(short)


def same_person(a, b):
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return all(any(same_word(w, v) or same_word(v, w) for v in long_) for w in short)


def overlaps(a, b):
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared * 2 >= (a[1] - a[0]) and shared * 2 >= (b[1] - b[0])


def check(kutip, split, verbose=False):
    docs = documents(split)
    texts, labelled = {}, {}
    with tempfile.TemporaryDirectory() as folder:
        for n, doc in enumerate(docs):
            doc_id = f"pfsa-{split}-{n:04d}"
            text, spans = spans_of(doc)
            texts[doc_id], labelled[doc_id] = text, spans
            with open(os.path.join(folder, doc_id + ".txt"), "w", encoding="utf-8", newline="") as f:
                f.write(text)
        out = subprocess.run([kutip, "analyze", "--format", "jsonl", folder], capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(f"kutip analyze {folder} failed: {out.stderr}")
    result = {json.loads(line)["id"]: json.loads(line) for line in out.stdout.splitlines() if line.strip()}

    # 1. People: PERSON spans against kutip's entities.
    people = exact = overlapping = 0
    typed = collections.Counter()
    for doc_id, spans in labelled.items():
        entities = result[doc_id]["entities"]
        for label, start, end, _, _ in spans:
            if label != "PERSON":
                continue
            start, end = without_titles(texts[doc_id], start, end)
            people += 1
            if any(e["start"] == start and e["end"] == end and e["type"] == "PER" for e in entities):
                exact += 1
                continue
            hit = [e for e in entities if e["start"] < end and e["end"] > start]
            if any(e["type"] == "PER" for e in hit):
                overlapping += 1
            else:
                kind = hit[0]["type"] if hit else "none"
                typed[kind] += 1
                if verbose:
                    print(f"    {doc_id} PERSON not PER ({kind}): {texts[doc_id][start:end]!r}")
    print(f"\nPeople named as speakers in pfsa-id {split} (PERSON labels; recall only, other people are not labelled)")
    print(f"  {people} names: PER with the same span {exact} ({exact / people:.3f}); "
          f"PER overlapping {overlapping} (same or overlapping: {(exact + overlapping) / people:.3f}); "
          f"not PER: " + ", ".join(f"{k} {v}" for k, v in typed.most_common()))

    # 2. Speakers of statements attributed by name.
    named = found = right = 0
    for doc_id, spans in labelled.items():
        text = texts[doc_id]
        full_names = [text[s:e] for label, s, e, _, _ in spans if label == "PERSON"]
        quotes = result[doc_id]["quotes"]
        by_sentence = collections.defaultdict(list)
        for span in spans:
            by_sentence[span[3]].append(span)
        for label, start, end, first, last in spans:
            if label != "STATEMENT":
                continue
            # The attribution: a name after the statement in its last sentence, else before it in
            # its first sentence.
            after = [x for x in by_sentence.get(last, []) if x[1] >= end]
            if any(x[0] == "CUECOREF" for x in after[:1]):
                continue  # `” katanya`: a pronoun the labels do not resolve
            candidates = [x for x in after if x[0] in ("PERSON", "PERSONCOREF")]
            if not candidates:
                candidates = [x for x in by_sentence.get(first, []) if x[0] in ("PERSON", "PERSONCOREF") and x[2] <= start][-1:]
            if not candidates:
                continue
            who_label, ws, we, _, _ = candidates[0]
            who = text[ws:we]
            if who_label == "PERSONCOREF":
                if not who[:1].isupper() or set(words(who)) & ROLE_WORDS or len(words(who)) == 0:
                    continue
                completed = [name for name in full_names if same_person(who, name)]
                who = max(completed, key=len) if completed else who
            named += 1
            match = next((q for q in quotes if overlaps((start, end), (q["start"], q["end"]))), None)
            if match is None:
                continue
            found += 1
            if match.get("speaker") and same_person(match["speaker"], who):
                right += 1
            elif verbose:
                print(f"    {doc_id} speaker {match.get('speaker')!r}, gold {who!r}: {text[start:start + 60]!r}")
    print(f"\nSpeakers of pfsa-id {split} statements attributed by name ({named} statements; role and pronoun attributions left out)")
    if found:
        print(f"  found {found}; speaker right on {right}/{found} ({right / found:.3f})")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kutip", default=os.path.join(ROOT, ".build", "debug", "kutip"))
    parser.add_argument("--split", default="test", choices=["dev", "test"])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    check(args.kutip, args.split, args.verbose)


if __name__ == "__main__":
    main()

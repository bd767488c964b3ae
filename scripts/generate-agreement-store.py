#!/usr/bin/env python3
"""Writes a corpus and several annotators' stores of tags on it, seeded, for `kutip agree`.

    scripts/generate-agreement-store.py --articles 10000 --annotators 3 --seed 1 OUT

OUT/corpus/<id>.txt holds the articles; OUT/annotations/<annotator>/<id>.json and speakers.json
the tags, in the store's layout (schema 1). Every annotator tags the same true quotations with
some noise: a quotation left out, its span moved, another speaker, no speaker, a span marked as no
quotation or unplaced, a spurious one, entity types changed. Speaker ids differ between annotators
(each numbers speakers in the order it first meets them) and names are spelled differently
(case, diacritics), as real annotators' registries are. The end-to-end agreement test and the
`kutip agree` benchmark use it; `--noise` and `--speakers` make small label sets for the
degenerate cases.
"""
import argparse
import hashlib
import json
import os
import random

NAMES = [
    "Joko Widodo", "Prabowo Subianto", "Sri Mulyani", "Anies Baswedan", "Ganjar Pranowo",
    "Retno Marsudi", "Mahfud MD", "Erick Thohir", "Puan Maharani", "Ridwan Kamil",
    "Alexander Lukashenko", "Vladimir Putin", "Sviatlana Tsikhanouskaya", "Tri Rismaharini",
    "Budi Gunadi Sadikin", "Luhut Binsar Pandjaitan", "Airlangga Hartarto", "Basuki Hadimuljono",
    "Nadiem Makarim", "Yaqut Cholil Qoumas",
]
# Spellings of a name that kutip's PersonName folds to the same words.
VARIANTS = [lambda n: n, str.lower, str.upper, lambda n: n.replace("o", "\u00f3", 1), lambda n: n.replace("a", "a\u0301", 1)]
ANNOTATORS = ["ana", "budi", "citra", "dewi", "eko", "fajar", "gita", "hadi"]
TYPES = ["PER", "LOC", "ORG", "MISC"]
PLACES = ["Jakarta", "Surabaya", "Minsk", "北京", "Café Kopi"]


def article(rng, index, quotes, speakers):
    """The text and, for each true quotation, its span, speaker and the span of the speaker's name."""
    parts = [f"Judul berita nomor {index}\n\n"]
    truth = []
    length = len(parts[0])
    for n in range(quotes):
        speaker = rng.choice(speakers)
        place = rng.choice(PLACES)
        lead = f"Di {place}, "
        words = " ".join(rng.choice(["kami", "akan", "terus", "bekerja", "untuk", "rakyat", "ekonomi", "tumbuh"])
                         for _ in range(rng.randint(3, 12)))
        quote = f"\u201c{words},\u201d"
        tail = f" kata {speaker}. "
        start = length + len(lead)
        end = start + len(quote)
        name_start = end + len(" kata ")
        truth.append({"start": start, "end": end, "speaker": speaker,
                      "name": (name_start, name_start + len(speaker)),
                      "place": (length + 3, length + 3 + len(place))})
        chunk = lead + quote + tail
        parts.append(chunk)
        length += len(chunk)
    return "".join(parts), truth


def anchor(text, start, end):
    return {"start": start, "end": end, "text": text[start:end],
            "before": text[max(0, start - 24):start], "after": text[end:end + 24]}


def annotate(rng, text, truth, noise, registry, spelling):
    """One annotator's tags on one article."""
    quotes, entities = [], []

    def speaker_id(name):
        if name is None:
            return None
        if name not in registry["ids"]:
            registry["ids"][name] = f"s-{len(registry['ids']) + 1}"
        return registry["ids"][name]

    for q in truth:
        roll = rng.random()
        if roll < noise * 0.8:
            continue  # not tagged
        start, end = q["start"], q["end"]
        if rng.random() < noise:  # the span moved, usually still overlapping by half
            start = max(0, start + rng.randint(-6, 6))
            end = max(start + 1, end + rng.randint(-(end - start) // 2, 6))
        speaker = q["speaker"]
        if rng.random() < registry["speaker_noise"]:
            speaker = rng.choice(registry["pool"])
        if rng.random() < noise * 0.3:
            speaker = None
        kind = rng.choice(["direct", "direct", "direct", "partial", "indirect", "unmarked"])
        quotes.append({"anchor": anchor(text, start, end), "kind": kind, "notAQuotation": rng.random() < noise * 0.2,
                       "unplaced": rng.random() < noise * 0.1, "speaker": speaker_id(speaker)})
        if quotes[-1]["notAQuotation"]:
            quotes[-1]["speaker"] = None
        if rng.random() < 0.5:
            kind_of_name = "PER" if rng.random() >= noise else rng.choice(TYPES + [None])
            entities.append((q["name"], kind_of_name))
        if rng.random() < 0.4:
            kind_of_place = "LOC" if rng.random() >= noise else rng.choice(TYPES + [None])
            entities.append((q["place"], kind_of_place))
    if truth and rng.random() < noise:  # a spurious quotation
        start = rng.randrange(0, len(text) - 1)
        end = min(len(text), start + rng.randint(1, 40))
        quotes.append({"anchor": anchor(text, start, end), "kind": "unmarked", "notAQuotation": False, "unplaced": False,
                       "speaker": speaker_id(rng.choice(registry["pool"]))})
    quotes.sort(key=lambda t: (t["anchor"]["start"], t["anchor"]["end"]))
    seen = set()
    result = []
    for (start, end), kind in entities:
        if (start, end) in seen:
            continue
        seen.add((start, end))
        entity = {"anchor": anchor(text, start, end), "unplaced": False}
        if kind is not None:
            entity["type"] = kind
        result.append(entity)
    result.sort(key=lambda e: (e["anchor"]["start"], e["anchor"]["end"]))
    for name, _ in registry["ids"].items():
        registry["spelling"].setdefault(name, spelling(name))
    return quotes, result


def write_json(path, value):
    data = json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    with open(path, "w", encoding="utf-8") as file:
        file.write(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--annotators", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quotes", type=int, default=10, help="at most this many quotations an article")
    parser.add_argument("--min-quotes", type=int, default=0, help="at least this many quotations an article")
    parser.add_argument("--speakers", type=int, default=len(NAMES), help="how many different speakers")
    parser.add_argument("--noise", type=float, default=0.15, help="how often an annotator departs from the truth")
    parser.add_argument("--speaker-noise", type=float, help="how often an annotator names a speaker at random (default: --noise)")
    parser.add_argument("--empty", action="append", default=[], help="an annotator with a folder and no tags")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    corpus = os.path.join(args.out, "corpus")
    os.makedirs(corpus, exist_ok=True)
    names = ANNOTATORS[:args.annotators]
    pool = NAMES[:max(1, args.speakers)]
    registries = {}
    for name in names:
        variant = rng.choice(VARIANTS)
        registries[name] = {"ids": {}, "spelling": {}, "pool": pool, "variant": variant,
                            "speaker_noise": args.noise if args.speaker_noise is None else args.speaker_noise}
        os.makedirs(os.path.join(args.out, "annotations", name), exist_ok=True)
    for index in range(args.articles):
        article_id = f"{index:05d}"
        text, truth = article(rng, index, rng.randint(args.min_quotes, args.quotes), pool)
        with open(os.path.join(corpus, article_id + ".txt"), "w", encoding="utf-8", newline="") as file:
            file.write(text)
        fingerprint = "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
        for name in names:
            if name in args.empty:
                continue
            registry = registries[name]
            quotes, entities = annotate(rng, text, truth, args.noise, registry, registry["variant"])
            if not quotes and not entities:
                continue
            write_json(os.path.join(args.out, "annotations", name, article_id + ".json"),
                       {"annotator": name, "article": article_id, "entities": entities, "fingerprint": fingerprint,
                        "quotes": quotes, "schema": 1})
    for name in names:
        registry = registries[name]
        speakers = [{"aliases": [], "id": sid, "name": registry["spelling"].get(speaker, speaker)}
                    for speaker, sid in registry["ids"].items()]
        speakers.sort(key=lambda s: s["id"])
        write_json(os.path.join(args.out, "annotations", name, "speakers.json"), {"schema": 1, "speakers": speakers})


if __name__ == "__main__":
    main()

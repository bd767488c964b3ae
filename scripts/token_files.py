"""Reading the open data sets' token-per-line files (CoNLL style), shared by the evaluation scripts."""


def read_sentences(path, separator):
    """Token-per-line files: a list of sentences, each a list of (token, label), label last."""
    sentences, current = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if current:
                sentences.append(current)
            current = []
            continue
        fields = line.split(separator)
        current.append((fields[0], fields[-1]))
    if current:
        sentences.append(current)
    return sentences

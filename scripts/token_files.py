"""Reading the open data sets' token-per-line files (CoNLL style), shared by the evaluation scripts."""


def read_blocks(path):
    """Token-per-line files: a list of sentences, each the list of its lines as written."""
    blocks, current = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if current:
                blocks.append(current)
            current = []
            continue
        current.append(line)
    if current:
        blocks.append(current)
    return blocks


def read_sentences(path, separator):
    """Token-per-line files: a list of sentences, each a list of (token, label), label last."""
    return [[(line.split(separator)[0], line.split(separator)[-1]) for line in block] for block in read_blocks(path)]

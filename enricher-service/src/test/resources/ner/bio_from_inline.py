#!/usr/bin/env python3
"""Converts an inline-annotated set (one sentence a line, entities as {P:…} {L:…} {O:…}, a suffix after the
brace: {L:Rusya}'nın, {P:Obama}'s) into BIO (token<TAB>tag, blank line between sentences). A suffix stays on
the name's last token, as in the text. The source's leading '#' comment lines are copied as the header, and its
"# page: NAME" lines stay in place: they mark the sentences of one document.
Usage: python3 bio_from_inline.py IN OUT   (e.g. tr-news.annotated.txt tr-news.bio)"""
import os
import re
import sys

# a possessive written apart, as the CoNLL corpus writes it ("Clinton 's"), is one token
# "AT&T", "S&P": an ampersand between capitals or digits joins one name, as the recogniser's tokenizer reads it
TOKEN = re.compile(r"\w+(?:[-'’.,]\w+|(?<=[A-Z0-9])&(?=[A-Z0-9])\w+)*|(?<!\S)['’]s\b(?!-)|[^\w\s]", re.UNICODE)
ENTITY = re.compile(r"\{([PLO]):([^}]+)\}((?:['’]\w+)?)")
TYPES = {"P": "PER", "L": "LOC", "O": "ORG"}


def convert(line):
    rows, pos = [], 0
    for m in ENTITY.finditer(line):
        rows += [(t, "O") for t in TOKEN.findall(line[pos:m.start()])]
        words = TOKEN.findall(m.group(2))
        if m.group(3) and len(words) > 1 and words[-1] == ".":
            words[-2:] = [words[-2] + "." + m.group(3)]  # "{P:Sevgi T.}'nin" is written "T.'nin", one token
        else:
            words[-1] += m.group(3)
        rows += [(w, ("B-" if i == 0 else "I-") + TYPES[m.group(1)]) for i, w in enumerate(words)]
        pos = m.end()
    rows += [(t, "O") for t in TOKEN.findall(line[pos:])]
    return rows


def main(source, target):
    with open(source, encoding="utf-8") as f:
        lines = [line.strip() for line in f]
    header = []
    for line in lines:
        if not line.startswith("#") or line.startswith("# page:"):
            break
        header.append(line)
    with open(target, "w", encoding="utf-8") as out:
        for line in header:
            out.write(line + "\n")
        out.write(f"# Generated from {os.path.basename(source)} by bio_from_inline.py: edit that file, not this one.\n\n")
        for line in lines:
            if line.startswith("# page:"):
                out.write(line + "\n")  # sentences of one page: NerHarness --documents scores them as one text
                continue
            if not line or line.startswith("#"):
                continue
            for token, tag in convert(line):
                out.write(f"{token}\t{tag}\n")
            out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

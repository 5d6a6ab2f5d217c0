#!/usr/bin/env python3
"""Converts tr-news.annotated.txt (one sentence a line, entities as {P:…} {L:…} {O:…}, a Turkish suffix
after the brace: {L:Rusya}'nın) into tr-news.bio (token<TAB>BIO tag, blank line between sentences).
A suffix stays on the name's last token, as in the text. Usage: python3 bio_from_inline.py IN OUT"""
import re
import sys

TOKEN = re.compile(r"\w+(?:[-'’.,]\w+)*|[^\w\s]", re.UNICODE)
ENTITY = re.compile(r"\{([PLO]):([^}]+)\}((?:['’]\w+)?)")
TYPES = {"P": "PER", "L": "LOC", "O": "ORG"}


def convert(line):
    rows, pos = [], 0
    for m in ENTITY.finditer(line):
        rows += [(t, "O") for t in TOKEN.findall(line[pos:m.start()])]
        words = TOKEN.findall(m.group(2))
        words[-1] += m.group(3)
        rows += [(w, ("B-" if i == 0 else "I-") + TYPES[m.group(1)]) for i, w in enumerate(words)]
        pos = m.end()
    rows += [(t, "O") for t in TOKEN.findall(line[pos:])]
    return rows


def main(source, target):
    with open(source, encoding="utf-8") as f, open(target, "w", encoding="utf-8") as out:
        out.write("# Turkish news-style sentences written and annotated for newspipe (PER/LOC/ORG, BIO).\n")
        out.write("# Generated from tr-news.annotated.txt by bio_from_inline.py: edit that file, not this one.\n\n")
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            for token, tag in convert(line):
                out.write(f"{token}\t{tag}\n")
            out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

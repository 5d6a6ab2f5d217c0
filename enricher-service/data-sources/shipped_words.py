"""What the generators under data-sources share: reading word lists, Turkish lower-casing, the Turkish Hunspell
dictionary (read only, to leave everyday words out; nothing of it is shipped) and the word and name lists that ship
under src/main/resources/enricher/."""
import os
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources", "enricher")
TURKISH_DICTIONARY = "/usr/share/hunspell/tr_TR.dic"  # Debian hunspell-tr (MPL-2.0)


def words(path):
    """The non-blank lines of a file that are no '#' comments, stripped."""
    with open(path, encoding="utf-8") as f:
        return [w.strip() for w in f if w.strip() and not w.startswith("#")]


def lower_tr(word):
    """Lower case with Turkish rules: I → ı, İ → i."""
    return word.replace("I", "ı").replace("İ", "i").lower()


def fold(word):
    """Lower case without accents, with Turkish rules, as the recogniser compares words: "Kazi" is Turkish "kazı",
    "Paúl" is "Paul"."""
    decomposed = unicodedata.normalize("NFKD", lower_tr(word).replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def turkish_words():
    """The lower-case stems of the Turkish Hunspell dictionary."""
    out = set()
    with open(TURKISH_DICTIONARY, encoding="utf-8") as f:
        next(f)  # the entry count
        for line in f:
            word = line.split("/", 1)[0].strip()
            if word[:1].islower():
                out.add(word)
    return out


def english_words():
    """The shipped English everyday words (lexicon/en-common-words.txt)."""
    return set(words(os.path.join(ROOT, "lexicon", "en-common-words.txt")))


def given_names():
    """Every shipped given name, lower-cased: the curated list and the generated ones."""
    names = set()
    for name in ("given-names-world.txt", "given-names-tr.txt", "given-names-intl.txt"):
        path = os.path.join(ROOT, "lexicon", name)
        if os.path.exists(path):
            names |= {w.lower() for w in words(path)}
    for line in words(os.path.join(ROOT, "given-names.txt")):
        names |= set(line.lower().split())
    return names


def faker_rows(path):
    """The (name, locale) rows of a faker-names.mjs dump (first-all.tsv, last-all.tsv)."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            name, locale = line.rstrip("\n").split("\t", 1)
            yield name.strip(), locale


def write_list(path, header, names, key=str.lower):
    """Writes a generated word list: the '#' header lines, then the names sorted by key, one a line."""
    with open(path, "w", encoding="utf-8") as out:
        out.writelines("# " + line + "\n" for line in header)
        out.writelines(n + "\n" for n in sorted(names, key=key))

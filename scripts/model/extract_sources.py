#!/usr/bin/env python3
"""Extracts the raw (untokenised) training text for dupalign's default models.

Writes, under OUT_DIR:
  par.<xx>.tsv   source<TAB>key<TAB>english<TAB>xx   parallel segments with English
  mono.<xx>.txt  one monolingual line per line, for xx in vi, sv, id, en
  heldout.keys   LibreOffice help keys translated in all three languages and
                 held out of training (evaluation of the models)
  heldout.tatoeba.<xx>.tsv  english<TAB>xx: Tatoeba pairs held out of
                 training, to choose between model variants on everyday text
                 (LASER's Tatoeba test stays untouched for the final figures)

Every source is public and redistributable; see models/README.md. Sources
under SHARED_DIR are optional: the recipe still runs without them.
Deterministic: files are walked in sorted order and the held-out split is a
hash of the key.
"""
import gettext
import glob
import gzip
import hashlib
import html.parser
import os
import re
import sys
import unicodedata

LANGS = ("vi", "sv", "id")
LO_HELP = "/usr/share/libreoffice/help"
LO_HELP_DIRS = {"en": "en-US", "vi": "vi", "sv": "sv", "id": "id"}
LO_UI = "/usr/lib/libreoffice/program/resource"
LOCALE = "/usr/share/locale"
ISO_DOMAINS = ("iso_3166-1", "iso_3166-3", "iso_639-2", "iso_4217", "iso_15924")
CLDR_ANNOTATIONS = "/usr/share/unicode/cldr/common/annotations"
CLDR_ANNOTATION = re.compile(r'<annotation cp="([^"]+)"( type="tts")?>([^<]+)</annotation>')
PAR_ID = re.compile(r"^(par_id|hd_id)\d")
MNEMONIC = re.compile(r"_(?=\w)")
HELD_OUT_MODULUS = 30  # about one LibreOffice paragraph in 30 is held out
TATOEBA_HELD_OUT = 300  # Tatoeba pairs held out per language


def clean(text):
    """One line of text: no tabs or newlines, runs of spaces collapsed."""
    return " ".join(text.split())


class ParagraphParser(html.parser.HTMLParser):
    """Collects the text of every element whose id is a LibreOffice par_id/hd_id."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs = {}
        self._id = None
        self._depth = 0
        self._parts = []

    def handle_starttag(self, tag, attrs):
        if self._id is not None:
            self._depth += 1
            return
        ident = dict(attrs).get("id") or ""
        if PAR_ID.match(ident):
            self._id, self._depth, self._parts = ident, 1, []

    def handle_startendtag(self, tag, attrs):
        pass  # void elements (<br/>, <img/>) carry no text

    def handle_endtag(self, tag):
        if self._id is None:
            return
        self._depth -= 1
        if self._depth == 0:
            text = clean("".join(self._parts))
            if text:
                self.paragraphs.setdefault(self._id, text)
            self._id = None

    def handle_data(self, data):
        if self._id is not None:
            self._parts.append(data)


def lo_help_paragraphs(lang):
    root = os.path.join(LO_HELP, LO_HELP_DIRS[lang], "text")
    result = {}
    for path in sorted(glob.glob(os.path.join(root, "**", "*.html"), recursive=True)):
        parser = ParagraphParser()
        with open(path, encoding="utf-8", errors="replace") as f:
            parser.feed(f.read())
        rel = os.path.relpath(path, root)
        for ident, text in parser.paragraphs.items():
            result[rel + "#" + ident] = text
    return result


def sha1_key(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def split_tatoeba(pairs):
    """(train, held): the TATOEBA_HELD_OUT pairs of smallest SHA-1 whose sides
    are all distinct (so each query has one right answer) are held out, and
    so is every other pair sharing a side with one of them, which keeps
    repeated sentences out of training."""
    held, held_en, held_xx = [], set(), set()
    for en, xx in sorted(set(pairs), key=lambda p: sha1_key(p[0] + "\t" + p[1])):
        if len(held) == TATOEBA_HELD_OUT:
            break
        if en not in held_en and xx not in held_xx:
            held.append((en, xx))
            held_en.add(en)
            held_xx.add(xx)
    train = [p for p in pairs if p[0] not in held_en and p[1] not in held_xx]
    return train, held


def is_held_out(key):
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % HELD_OUT_MODULUS == 0


def gettext_pairs(path):
    """(english, translation) pairs of a .mo file, accelerator marks removed."""
    with open(path, "rb") as f:
        catalog = gettext.GNUTranslations(f)._catalog
    for msgid, msgstr in sorted(catalog.items(), key=lambda kv: str(kv[0])):
        if isinstance(msgid, tuple) or not msgid or not msgstr:
            continue  # plural forms and the header
        english = msgid.split("\x04", 1)[-1]
        english, msgstr = strip_mnemonics(english), strip_mnemonics(msgstr)
        if english and msgstr:
            yield english, msgstr


def strip_mnemonics(text):
    """Drops UI accelerator marks: LibreOffice's '~' and GTK's '_' before a letter."""
    return clean(MNEMONIC.sub("", text.replace("~", "")))


def read_tsv(path, swap=False):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and cols[0].strip() and cols[1].strip():
                a, b = clean(cols[0]), clean(cols[1])
                yield (b, a) if swap else (a, b)


def is_latin_word(text):
    """Rejects Wiktionary's Han-script Vietnamese entries (Chữ Nôm)."""
    for ch in text:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def dictd_pairs(dict_path):
    """Headword/translation pairs of a FreeDict TEI-derived dictd .dict.dz.

    Each entry is 'headword /ipa/ <pos>' then a line of comma-separated
    translations; the index file gives entry offsets, so entries are read
    exactly as dictd would serve them."""
    index_path = dict_path[: -len(".dict.dz")] + ".index"
    with gzip.open(dict_path, "rb") as f:
        data = f.read()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

    def b64(s):
        n = 0
        for ch in s:
            n = n * 64 + alphabet.index(ch)
        return n

    with open(index_path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 3 or cols[0].startswith("00-database"):
                continue
            entry = data[b64(cols[1]) : b64(cols[1]) + b64(cols[2])].decode("utf-8", "replace")
            lines = [l for l in entry.split("\n") if l.strip()]
            if len(lines) < 2:
                continue
            head = re.sub(r"\s*(/[^/]*/|<[^>]*>).*$", "", lines[0]).strip()
            for word in re.sub(r"^\s*\d+\.\s*|\s+\d+\.\s*$", "", lines[1]).split(","):
                if head and word.strip():
                    yield clean(head), clean(word)


def cldr_annotations(lang):
    """{character: (spoken name, [keywords])} from CLDR's emoji annotations."""
    path = os.path.join(CLDR_ANNOTATIONS, lang + ".xml")
    names, keywords = {}, {}
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        for cp, tts, text in CLDR_ANNOTATION.findall(f.read()):
            text = html.unescape(text)
            if tts:
                names[cp] = clean(text)
            else:
                keywords[cp] = [clean(k) for k in text.split("|") if k.strip()]
    return {cp: (names[cp], keywords.get(cp, [])) for cp in names}


def write_cldr(writers):
    """Everyday words (animals, food, people, feelings, objects) from the
    names and keywords CLDR gives each emoji in every language: each name is
    a dictionary entry, and each keyword list a parallel segment."""
    english = cldr_annotations("en")
    for lang in LANGS:
        for cp, (name, keywords) in sorted(cldr_annotations(lang).items()):
            if cp not in english:
                continue
            en_name, en_keywords = english[cp]
            writers[lang].write(f"cldr\t{cp}\t{en_name}\t{name}\n")
            if keywords and en_keywords:
                writers[lang].write(
                    f"cldrkw\t{cp}\t{' '.join(en_keywords)}\t{' '.join(keywords)}\n")


def write_lo_help(out_dir, writers):
    english = lo_help_paragraphs("en")
    by_lang = {lang: lo_help_paragraphs(lang) for lang in LANGS}
    translated = {}
    for lang in LANGS:
        translated[lang] = {
            k: v for k, v in by_lang[lang].items() if k in english and v != english[k]
        }
    common = set(english)
    for lang in LANGS:
        common &= set(translated[lang])
    held = sorted(k for k in common if is_held_out(k))
    held_en = {english[k] for k in held}
    with open(os.path.join(out_dir, "heldout.keys"), "w", encoding="utf-8") as f:
        for k in held:
            f.write(k + "\n")
    with open(os.path.join(out_dir, "heldout.lohelp.tsv"), "w", encoding="utf-8") as f:
        for k in held:
            f.write("\t".join([k, english[k]] + [by_lang[l][k] for l in LANGS]) + "\n")
    for lang in LANGS:
        for key in sorted(translated[lang]):
            if key in held or english[key] in held_en:
                continue
            writers[lang].write(f"lohelp\t{key}\t{english[key]}\t{translated[lang][key]}\n")
    # English paragraphs untranslated everywhere still teach English contexts.
    for key in sorted(english):
        if key not in held and english[key] not in held_en:
            writers["mono.en"].write(english[key] + "\n")


def write_gettext(writers):
    for lang in LANGS:
        files = sorted(glob.glob(os.path.join(LO_UI, lang, "LC_MESSAGES", "*.mo")))
        files += [os.path.join(LOCALE, lang, "LC_MESSAGES", d + ".mo") for d in ISO_DOMAINS]
        for path in files:
            if not os.path.exists(path):
                continue
            source = "loui" if path.startswith(LO_UI) else "isocodes"
            name = os.path.basename(path)
            for n, (en, xx) in enumerate(gettext_pairs(path)):
                writers[lang].write(f"{source}\t{name}:{n}\t{en}\t{xx}\n")


def write_shared(shared, out_dir, writers):
    """Optional sources from the project's shared data folder."""
    data = os.path.join(shared, "data")
    names = {"vi": "vie", "sv": "swe", "id": "ind"}
    wiki = {"vi": "vietnamese", "sv": "swedish", "id": "indonesian"}
    for lang in LANGS:
        tatoeba = os.path.join(data, "tatoeba-train", f"eng-{names[lang]}.minus-laser-test.tsv")
        if os.path.exists(tatoeba):
            train, held = split_tatoeba(list(read_tsv(tatoeba)))
            for n, (en, xx) in enumerate(train):
                writers[lang].write(f"tatoeba\t{n}\t{en}\t{xx}\n")
            with open(os.path.join(out_dir, f"heldout.tatoeba.{lang}.tsv"), "w",
                      encoding="utf-8") as f:
                f.writelines(f"{en}\t{xx}\n" for en, xx in held)
        wikt = os.path.join(data, "dictionaries", "wiktionary", wiki[lang] + ".txt")
        if os.path.exists(wikt):
            for n, (en, xx) in enumerate(read_tsv(wikt)):
                if is_latin_word(xx):
                    writers[lang].write(f"wiktionary\t{n}\t{en}\t{xx}\n")
    for split in ("train", "valid"):
        nusax = os.path.join(data, "nusax", f"{split}.id-en.tsv")
        if os.path.exists(nusax):
            for n, (en, xx) in enumerate(read_tsv(nusax, swap=True)):
                writers["id"].write(f"nusax\t{split}:{n}\t{en}\t{xx}\n")
    ud = {"vi": "UD_Vietnamese-VTB", "sv": "UD_Swedish-Talbanken", "id": "UD_Indonesian-GSD"}
    for lang in LANGS:
        for path in sorted(glob.glob(os.path.join(data, "ud", ud[lang], "*.txt"))):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        writers["mono." + lang].write(clean(line) + "\n")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: extract_sources.py OUT_DIR SHARED_DIR")
    out_dir, shared = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    writers = {lang: open(os.path.join(out_dir, f"par.{lang}.tsv"), "w", encoding="utf-8")
               for lang in LANGS}
    for lang in LANGS + ("en",):
        writers["mono." + lang] = open(os.path.join(out_dir, f"mono.{lang}.txt"), "w",
                                       encoding="utf-8")
    write_lo_help(out_dir, writers)
    write_gettext(writers)
    if os.environ.get("CLDR_WORDS", "0") == "1":
        write_cldr(writers)
    eng_ind = "/usr/share/dictd/freedict-eng-ind.dict.dz"
    if os.path.exists(eng_ind):
        for n, (en, xx) in enumerate(dictd_pairs(eng_ind)):
            writers["id"].write(f"freedict\t{n}\t{en}\t{xx}\n")
    if os.path.isdir(shared):
        write_shared(shared, out_dir, writers)
    else:
        print(f"extract_sources: {shared} absent; using Debian packages only", file=sys.stderr)
    for w in writers.values():
        w.close()


if __name__ == "__main__":
    main()

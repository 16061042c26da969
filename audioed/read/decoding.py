"""Bytes -> text: whatever a CMS exported, decoded right or refused with a reason.

Order: known binary formats are refused by their signature; a byte-order mark decides
UTF-8/16/32; UTF-16 without a mark is recognised by its zero bytes; then UTF-8, else
Windows-1252 (a superset of Latin-1's printable range, and what CMS exports use). Control
characters are not text: they are removed (line-like ones become line breaks), and a file
full of them is refused as binary.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from audioed.errors import InputError

# (prefix at offset, what it is). Checked before decoding: these are never articles.
_SIGNATURES = [
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (0, b"%PDF-", "a PDF document"),
    (0, b"PK\x03\x04", "a ZIP archive, or a Word, OpenDocument or EPUB file"),
    (0, b"PK\x05\x06", "a ZIP archive"),
    (0, b"PK\x07\x08", "a ZIP archive"),
    (0, b"\x1f\x8b", "a gzip archive"),
    (0, b"BZh", "a bzip2 archive"),
    (0, b"\xfd7zXZ\x00", "an xz archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (0, b"Rar!\x1a\x07", "a RAR archive"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc/.xls)"),
    (0, b"RIFF", "a RIFF file (WAV, WebP or AVI)"),
    (0, b"OggS", "an Ogg audio file"),
    (0, b"fLaC", "a FLAC audio file"),
    (0, b"ID3", "an MP3 file"),
    (0, b"\x7fELF", "a program (ELF)"),
    (0, b"SQLite format 3\x00", "an SQLite database"),
    (4, b"ftyp", "an MP4/MOV/HEIC file"),
]

_BOMS = [  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
"""Terminal escape sequences (colours, titles): their parameters ("[31m") are not text either."""
_LINE_BREAKS = re.compile("[\f\v\x1c-\x1f\x85\u2028]")
"""Form feed, vertical tab, the file/group/record/unit separators, next line, line separator."""
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
"""C0 and C1 controls other than tab and line ends; lone surrogates (undecodable bytes)."""
BINARY_SHARE = 0.02
"""More control characters than this share of the text: a binary file, not an article."""
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
                       "\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
"""A UTF-8 lead byte read as a Latin-1 or Windows-1252 letter, then a continuation byte so read ("â€™", "Ã©"):
where mojibake may be. Only such text is handed to ftfy, whose check costs 0.6 s on a 2.6 MB page."""


def signature(data: bytes) -> str | None:
    """What a known binary file is ("a PNG image"), else None."""
    for offset, magic, what in _SIGNATURES:
        if data[offset:offset + len(magic)] == magic:
            return what
    return None


def decode(data: bytes, name: str) -> str:
    """The article's text; InputError for a binary file."""
    what = signature(data)
    if what:
        raise InputError(f"{name}: is a binary file ({what}), not an article "
                         "(give a text, HTML or Markdown file)")
    text = repair_text(_decode(data, name))
    cleaned = clean_controls(text)
    controls = len(_CONTROLS.findall(_ANSI.sub("", text)))
    if controls > max(8, BINARY_SHARE * len(text)):
        raise InputError(f"{name}: looks like a binary file, not an article ({controls} control characters)")
    return cleaned


def _decode(data: bytes, name: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                raise InputError(f"{name}: starts with a {codec.upper()} byte-order mark but is not "
                                 f"{codec.upper()} text") from None
    head = data[:4096]
    if b"\x00" in head:
        codec = _utf16_without_bom(head)
        if codec is None:
            raise InputError(f"{name}: looks like a binary file, not an article")
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            raise InputError(f"{name}: looks like a binary file, not an article") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _mostly_utf8(data)
    if damaged is not None:
        return damaged
    # Windows-1252; its five undefined bytes are control codes in Latin-1: not text, dropped later.
    return data.decode("cp1252", errors="surrogateescape")


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text of mostly ASCII has a zero byte in every other place: which side says the order."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even = head[0:pairs * 2:2].count(0)
    odd = head[1:pairs * 2:2].count(0)
    if odd >= 0.6 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few damaged bytes (a bad copy-paste) stays UTF-8: read as Windows-1252 its
    every accented letter would turn to two wrong ones. The damaged bytes become U+FFFD."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if c > "\x7f") - bad
    return text if good > bad else None  # Windows-1252 text read as UTF-8 is nearly all damage


def repair_mojibake(text: str) -> str:
    """Text whose UTF-8 was read as Windows-1252 or Latin-1 on its way here ("Investorâ€™s Guide",
    a CMS's double encoding) as it was written, by ftfy's encoding fix alone; other text unchanged.
    Before `clean_controls`: Latin-1's reading leaves C1 controls that are half of the damage."""
    if not _MOJIBAKE.search(text):
        return text
    import ftfy  # (here: 60 ms of the read stage's import, for the few texts that need it)

    return ftfy.fix_encoding(text)


def repair_text(text: str) -> str:
    """The text as it was written: mojibake repaired (`repair_mojibake`), then accents composed (NFC). A letter
    and its accent as two characters ("u" + U+0308 for "ü", as macOS and some CMSes store it) would split a word in
    two for every rule that reads words ("Von Jörg Müller" found no author)."""
    text = repair_mojibake(text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def clean_controls(text: str) -> str:
    """Text without control characters: form feeds and line separators become line breaks,
    a paragraph separator a blank line, terminal escapes and other controls go."""
    text = _ANSI.sub("", text)
    text = _LINE_BREAKS.sub("\n", text).replace("\u2029", "\n\n")
    return _CONTROLS.sub("", text)

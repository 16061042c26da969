"""The one accent folder, used by the lexicon's lookup, the listen-back check and file names."""

from audioed.publish.staging import slugify
from audioed.script.language import fold_accents
from audioed.voice.lexicon import Entry, Lexicon


def test_fold_accents_drops_marks_and_compatibility_forms():
    assert fold_accents("Treviño Ñúñez") == "Trevino Nunez"
    assert fold_accents("ﬁle ２０２４") == "file 2024"  # ligature and full-width digits
    assert fold_accents("Москва") == "Москва"  # other letters stay: folding is not transliterating


def test_slug_and_lexicon_fold_the_same_way():
    assert slugify("Café Treviño ﬁnale") == "cafe-trevino-finale"
    lex = Lexicon([Entry("Treviño", say="treh-VEEN-yo")])
    assert lex.lookup("Trevino") is not None and lex.lookup("Trevino") == lex.lookup("Treviño")

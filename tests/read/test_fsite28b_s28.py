"""Session 28, branch fsite28b: the scorer's "as a listener hears it" count of site names (benchmarks/
reading_eval.site_close). Right and wrong are untouched; each equivalence has a case it adds and a guard."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from reading_eval import address_name, initials, site_close  # noqa: E402


def test_initials_of_the_names_words():
    assert initials("Neue Zürcher Zeitung") == "nzz"
    assert initials("Schweizer Radio und Fernsehen (SRF)") == "srf"
    assert site_close("NZZ", "Neue Zürcher Zeitung")
    assert site_close("Deutsche Welle", "DW.COM")  # either side may be the initials
    # guard: initials of a name of one capitalised word are no name; other initials stay wrong
    assert initials("Tierwelt") == ""
    assert not site_close("LTO Karriere", "Legal Tribune Online")
    assert not site_close("SZ", "Süddeutsche.de")


def test_a_name_in_capitals_inside_the_declared_one():
    assert site_close("SRF", "Schweizer Radio und Fernsehen (SRF)")
    assert site_close("PETA", "PETA Deutschland e.V.")
    assert site_close("ABC", "Diario ABC")
    # guards: a name in lower case cut from the declared one, and words the reader ran on, stay wrong
    assert not site_close("Deutsche", "Deutsche Reiterliche Vereinigung")
    assert not site_close("Malay", "Malay Mail")
    assert not site_close("POLITICO Caucus", "POLITICO")


def test_the_addresss_name():
    assert address_name("https://www.yomiuri.co.jp/world/x") == "yomiuri"
    assert address_name("https://www.nikkan-gendai.com/articles") == "nikkangendai"
    assert address_name("https://docs.docker.com/engine/install/") == "docker"
    assert address_name(None) == ""
    assert site_close("Lacrux", "LACRUX Klettermagazin", "https://www.lacrux.com/klettern/x")
    assert site_close("The Yomiuri Shimbun", "読売新聞オンライン", "https://www.yomiuri.co.jp/world/x")
    # without the address the Latin name is not the Japanese one
    assert not site_close("The Yomiuri Shimbun", "読売新聞オンライン")
    # guards: a section or place word at the address is not its name; a word of the address in a run-on
    # name counts only against a declared name without Latin letters
    assert not site_close("Miami", "miamiherald", "http://www.miamiherald.com/news/x")
    assert not site_close("LTO Karriere", "Legal Tribune Online", "https://www.lto.de/recht/x")
    assert not site_close("Canada", "nationalpost", "https://nationalpost.com/news/canada/x")


def test_the_old_equivalences_stand():
    assert site_close("BuzzFeed News", "BuzzFeed")
    assert site_close("Slate", "Slate Magazine")
    assert not site_close("BuzzFeed Daily", "BuzzFeed")

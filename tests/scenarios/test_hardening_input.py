"""Issue 9, bad input: each case gives a correct episode, or one `error:` line and a non-zero exit.

Never a traceback, never a file under a final name in the output directory after a refusal,
never text silently dropped. Refusals run the real CLI in a subprocess (what a publisher's
cron job sees); episodes are rendered with the real Piper voice and ffmpeg, from tiny articles.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from audioed.cli import main
from audioed.pipeline.render import make_script
from audioed.voice.utterances import MAX_CHUNK, utterances

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """`python -m audioed ARGS` in the test's scratch directory, importing this checkout."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "audioed", *args], capture_output=True, text=True,
                          env=env, timeout=300)


def assert_refused(r: subprocess.CompletedProcess, *says: str) -> str:
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), r.stderr
    for s in says:
        assert s in lines[0], lines[0]
    return lines[0]


def assert_nothing_published(out: Path) -> None:
    """No file at all, and in particular nothing under a final name, in the output directory."""
    assert not out.exists() or sorted(p.name for p in out.iterdir()) == []


def render(path: Path, out: Path, *extra: str) -> dict:
    r = CliRunner().invoke(main, ["render", str(path), "-o", str(out), "--no-outro", "--json", *extra])
    assert r.exit_code == 0 and r.exception is None, r.output
    result = json.loads(r.output)
    slug = result["slug"]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{slug}.{ext}" for ext in ("mp3", "jpg", "chapters.json", "vtt", "srt", "html", "episode.json"))
    assert result["duration_ms"] > 1000
    return result


def script_json(path: Path) -> dict:
    r = CliRunner().invoke(main, ["script", str(path), "--json"])
    assert r.exit_code == 0 and r.exception is None, r.output
    return json.loads(r.output)


def spoken(d: dict, roles=("narrator", "quote")) -> str:
    return " ".join(l["spoken"] for s in d["sections"] for l in s["lines"] if l["role"] in roles)


def written(d: dict, roles=("narrator", "quote")) -> str:
    return " ".join(l["text"] for s in d["sections"] for l in s["lines"] if l["role"] in roles)


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


# --- refused with one line ------------------------------------------------------------------


@pytest.mark.parametrize("content, says", [
    (b"", "is empty"),
    (b"   \n\t\n  \r\n\n ", "is empty"),
    (b"\x00\x01\x02\x1b[0m\x07\x7f", "empty"),  # only control characters: nothing to narrate
])
def test_empty_and_whitespace_only_files_are_refused(tmp_path, content, says):
    p = tmp_path / "story.txt"
    p.write_bytes(content)
    out = tmp_path / "out"
    assert_refused(run_cli("render", str(p), "-o", str(out)), str(p), says)
    assert_nothing_published(out)
    assert_refused(run_cli("script", str(p)), says)


def _png() -> bytes:
    from PIL import Image

    b = io.BytesIO()
    Image.new("RGB", (32, 32), (200, 30, 30)).save(b, "PNG")
    return b.getvalue()


def _jpeg() -> bytes:
    from PIL import Image

    b = io.BytesIO()
    Image.new("RGB", (32, 32), (20, 30, 200)).save(b, "JPEG")
    return b.getvalue()


def _zip(stored: bool) -> bytes:
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as z:
        z.writestr("story.txt", "Headline\n\nThe council met on Tuesday. " * 20)
    return b.getvalue()


@pytest.mark.parametrize("name, data, says", [
    ("photo.png", _png, "PNG image"),
    ("photo.jpg", _jpeg, "JPEG image"),
    ("story.txt", _png, "PNG image"),  # the content decides, not the name
    ("story.zip", lambda: _zip(False), "ZIP archive"),
    ("story.txt", lambda: _zip(True), "ZIP archive"),  # stored: the article's text is in the bytes
    ("story.pdf", lambda: b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
    ("story.txt", lambda: bytes(range(256)) * 40, "binary"),
])
def test_binary_files_are_refused(tmp_path, name, data, says):
    p = tmp_path / name
    p.write_bytes(data())
    out = tmp_path / "out"
    line = assert_refused(run_cli("render", str(p), "-o", str(out)), "binary", says)
    assert "not an article" in line
    assert_nothing_published(out)


def test_random_bytes_without_zeros_are_refused(tmp_path):
    import random

    rng = random.Random(9)
    p = tmp_path / "story.txt"
    p.write_bytes(bytes(rng.randrange(1, 256) for _ in range(20000)))
    assert_refused(run_cli("script", str(p)), "binary")


@pytest.mark.slow
def test_five_megabyte_text_scripts_and_render_refuses_it_clearly(tmp_path, corpus):
    from conftest import REFERENCE

    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", REFERENCE.read_text(encoding="utf-8"))
                  if len(p.split()) >= 20]
    parts, size, n = ["A Very Long Report", "By Jane Doe"], 0, 0
    while size < 5_000_000:
        p = f"Part {n}. {paragraphs[n % len(paragraphs)]}"
        parts.append(p)
        size += len(p.encode()) + 2
        n += 1
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    assert path.stat().st_size >= 5_000_000

    # `script` works (in linear time: it took minutes), and every word is in it once: narrated,
    # or listed as skipped furniture (the reference's bio and credit paragraphs, repeated).
    script = make_script(path)
    assert script.title == "A Very Long Report"
    body = [l.text for s in script.sections for l in s.lines if l.role in ("narrator", "quote")]
    listed = body + [b["text"] for b in script.skipped]
    assert Counter(w for t in listed for w in words(t)) == Counter(w for p in parts for w in words(p))
    assert sum(len(words(t)) for t in body) > 700_000

    # `render` refuses it before any synthesis, with the limit and how to change it.
    out = tmp_path / "out"
    line = assert_refused(run_cli("render", str(path), "-o", str(out)), "over the limit of 50,000",
                          "--max-words")
    assert re.search(r"\b[\d,]{7,} words to narrate", line)
    assert_nothing_published(out)


# --- decoded and rendered --------------------------------------------------------------------


def test_windows_1252_is_decoded_and_rendered(tmp_path):
    text = ("Café Owner Says “Business Is Good”\n\nThe café’s owner, René Müller, said sales rose "
            "about 20% this year — “it’s été a fine summer,” he said.\n")
    p = tmp_path / "cp1252.txt"
    p.write_bytes(text.encode("cp1252"))
    result = render(p, tmp_path / "out")
    vtt = (tmp_path / "out" / f"{result['slug']}.vtt").read_text(encoding="utf-8")
    assert "René Müller" in vtt and "café’s" in vtt and "été" in vtt


@pytest.mark.parametrize("codec, bom", [
    ("latin-1", b""), ("cp1252", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b""), ("utf-32-le", b"\xff\xfe\x00\x00"),
])
def test_encodings_are_decoded_correctly(tmp_path, codec, bom):
    text = ("Garçon Wins Prize In Zürich\n\nThe garçon from Zürich won the prize on Sunday. "
            "Señor Núñez said it was «très bien» and paid £5 for the cake.\n")
    p = tmp_path / "story.txt"
    p.write_bytes(bom + text.encode(codec))
    d = script_json(p)
    assert d["title"] == "Garçon Wins Prize In Zürich"
    assert written(d) == text.split("\n\n")[1].strip()


def test_utf8_with_a_damaged_byte_stays_utf8(tmp_path):
    p = tmp_path / "story.txt"
    p.write_bytes("Café Story Today\n\nThe café’s owner René said sales rose this year.\n"
                  .encode("utf-8").replace(b"rose", b"ro\xffse"))
    d = script_json(p)
    assert "café’s owner René" in written(d)  # not mojibake ("cafÃ©")
    assert "ro\ufffdse" in written(d) and "rose" in spoken(d)


def test_html_scripts_styles_iframes_and_handlers_are_never_spoken(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("""<!doctype html><html><head><title>Council Approves Budget</title>
<style>body { color: red } .x::after { content: "STYLE TEXT" }</style>
<script>document.write("SCRIPT TEXT")</script></head>
<body onload="alert('ONLOAD TEXT')"><article><h1>Council Approves Budget</h1>
<p onclick="alert('CLICK TEXT')">The city council approved the budget on Tuesday after a long debate about roads.</p>
<script>var s = "INLINE SCRIPT TEXT";</script>
<iframe src="https://evil.example/frame">IFRAME TEXT</iframe>
<noscript>NOSCRIPT TEXT</noscript>
<p>The mayor said the vote was a good sign and thanked the residents who came.</p>
<img src="x" onerror="alert('ERROR TEXT')"><svg><script>alert("SVG SCRIPT TEXT")</script></svg>
<embed src="y.swf">
<p style="display:none">Work on the bridge starts in spring, the council said.</p>
</article></body></html>""", encoding="utf-8")
    d = script_json(p)
    said = " ".join(l["spoken"] for s in d["sections"] for l in s["lines"])
    for bad in ("STYLE", "SCRIPT", "ONLOAD", "CLICK", "IFRAME", "NOSCRIPT", "ERROR", "alert", "color",
                "document", "evil"):
        assert bad not in said
    assert "The city council approved the budget" in said and "thanked the residents" in said
    result = render(p, tmp_path / "out")
    vtt = (tmp_path / "out" / f"{result['slug']}.vtt").read_text(encoding="utf-8")
    assert "SCRIPT" not in vtt and "alert" not in vtt and "roads" in vtt


def test_article_without_a_title_gets_one_from_its_first_words(tmp_path):
    p = tmp_path / "untitled.txt"
    p.write_text("the city council approved the budget on tuesday after a long debate about roads and "
                 "parks in the town.\n\nThe mayor said the vote was a good sign for the year.\n", encoding="utf-8")
    result = render(p, tmp_path / "out")
    assert result["slug"].startswith("the-city-council-approved-the-budget")
    episode = json.loads((tmp_path / "out" / f"{result['slug']}.episode.json").read_text(encoding="utf-8"))
    text = json.dumps(episode, ensure_ascii=False)
    assert "the city council approved the budget on tuesday" in text
    assert words(written(script_json(p))) == words(p.read_text(encoding="utf-8"))


SPANISH = """El Ayuntamiento Aprueba el Presupuesto

El ayuntamiento aprobó el martes el presupuesto para el próximo año después de un largo debate sobre las \
carreteras y los parques de la ciudad.

"Es un buen día para todos los vecinos", dijo la alcaldesa, que también agradeció a los concejales por su \
trabajo durante los últimos meses.
"""


@pytest.mark.parametrize("text, language", [
    (SPANISH, "Spanish"),
    ("Stadtrat Beschließt Haushalt\n\nDer Stadtrat hat am Dienstag den Haushalt für das kommende Jahr "
     "beschlossen, nachdem es eine lange Debatte über die Straßen und Parks der Stadt gegeben hatte. "
     "Die Arbeiten an der neuen Brücke werden im Frühjahr beginnen, wie die Stadt in einer Mitteilung "
     "erklärte, und die Bewohner hoffen, dass das Projekt den Verkehr verbessert.\n", "German"),
    ("Городской совет утвердил бюджет\n\nГородской совет во вторник утвердил бюджет на следующий год "
     "после долгих споров о дорогах и парках города. Работы на новом мосту начнутся весной, говорится "
     "в сообщении мэрии, и жители надеются, что проект улучшит движение в центре.\n", "Russian"),
])
def test_text_the_voice_does_not_speak_is_rendered_with_a_warning(tmp_path, text, language):
    p = tmp_path / "story.txt"
    p.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    r = run_cli("render", str(p), "-o", str(out), "--no-outro")
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    warnings = [l for l in r.stderr.splitlines() if l.startswith("warning: ")]
    assert len(warnings) == 1 and f"reads as {language}" in warnings[0] and "speaks English" in warnings[0]
    assert r.stderr.strip().splitlines() == warnings  # one line, not Python's file:line form
    assert len(list(out.glob("*.mp3"))) == 1


def test_english_text_quoting_another_language_is_not_warned(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text("Council Approves Budget\n\nThe council approved the budget on Tuesday after a long debate "
                 "about the roads and the parks of the city, and the mayor thanked the members for their work.\n\n"
                 "“Es un buen día para todos los vecinos”, said the mayor, who was born in Madrid.\n",
                 encoding="utf-8")
    r = run_cli("render", str(p), "-o", str(tmp_path / "out"), "--no-outro")
    assert r.returncode == 0, r.stderr
    assert "warning" not in r.stderr


def test_unbalanced_quotation_marks_lose_no_words(tmp_path):
    p = tmp_path / "quotes.txt"
    text = ("Unbalanced Quotes Story\n\nThe mayor said “we will build it. Nobody knows when.\n\n"
            "She added: \"This is the end, and then nothing closed.\n\n"
            "A closing mark alone” appears here and ’tis odd.\n")
    p.write_text(text, encoding="utf-8")
    d = script_json(p)
    assert words(written(d)) == words(text.split("\n\n", 1)[1])
    result = render(p, tmp_path / "out")
    vtt = (tmp_path / "out" / f"{result['slug']}.vtt").read_text(encoding="utf-8")
    assert "Nobody knows when" in vtt and "nothing closed" in vtt and "tis odd" in vtt


def test_control_characters_and_emoji(tmp_path):
    p = tmp_path / "party.txt"
    p.write_bytes("Party Time In Town 🎉\n\nThe mayor 😀 said the fair was a success 👍🏽 and the 🇺🇸 flag "
                  "flew.\x0cFamilies 👨‍👩‍👧 came\x07 from \x1b[31mfar\x1b[0m away\u200b today.\n".encode("utf-8"))
    d = script_json(p)
    said = spoken(d, roles=("intro", "narrator", "quote"))
    # Nothing unsaid is spoken: no emoji, no controls, no escape-sequence residue.
    assert not re.search(r"[^\w\s.,;:!?'’\"“”()-]", said), said
    assert "[31m" not in said and "smiling" not in said
    assert words(said) == words("Party Time In Town The mayor said the fair was a success and the flag flew. "
                                "Families came from far away today.")
    # ... while the written text keeps the emoji (controls were never text).
    assert "😀" in written(d) and "👨‍👩‍👧" in written(d) and "\x07" not in written(d)
    result = render(p, tmp_path / "out")
    vtt = (tmp_path / "out" / f"{result['slug']}.vtt").read_text(encoding="utf-8")
    assert "😀" in vtt and "\x1b" not in vtt and "\x07" not in vtt


def _speech(script) -> list[str]:
    return [u.spoken for u in utterances(script) if u.line.role in ("narrator", "quote")]


def test_extremely_long_sentence_is_split_never_truncated(tmp_path):
    sentence = " ".join(f"item{i}" for i in range(20000)) + "."
    p = tmp_path / "long-sentence.txt"
    p.write_text("A Very Long Sentence\n\n" + sentence + "\n", encoding="utf-8")
    pieces = _speech(make_script(p))
    assert all(len(x) <= MAX_CHUNK for x in pieces) and len(pieces) > 100
    assert words(" ".join(pieces)) == words(sentence)


def test_extremely_long_paragraph_is_split_never_truncated(tmp_path):
    paragraph = " ".join(f"This is sentence {'x' * (i % 7)}{i} of a very long paragraph." for i in range(3000))
    p = tmp_path / "long-paragraph.txt"
    p.write_text("A Very Long Paragraph\n\n" + paragraph + "\n", encoding="utf-8")
    pieces = _speech(make_script(p))
    assert all(len(x) <= MAX_CHUNK for x in pieces) and len(pieces) >= 3000
    # Numbers are read as words: compare the letters-only words, each once and in order.
    kept = [w for w in words(" ".join(pieces)) if w.startswith(("This", "x", "sentence", "paragraph"))]
    assert kept == [w for w in words(paragraph) if w.startswith(("This", "x", "sentence", "paragraph"))]


def test_long_sentence_renders_whole(tmp_path):
    # 90 words without a stop: several engine calls, one transcript cue with every word.
    sentence = " ".join(["the council and the mayor and the residents"] * 10) + " agreed on it"
    p = tmp_path / "one.txt"
    p.write_text("One Long Sentence\n\n" + sentence[0].upper() + sentence[1:] + ".\n", encoding="utf-8")
    result = render(p, tmp_path / "out")
    vtt = (tmp_path / "out" / f"{result['slug']}.vtt").read_text(encoding="utf-8")
    assert words(vtt.lower()).count("residents") == 10 and "agreed on it" in " ".join(vtt.split())

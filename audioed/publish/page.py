"""The episode page S.html and the directory's index.html.

S.html is made from the same Script and Timeline as the WebVTT transcript: every cue of the VTT is
one sentence of the page, with the same start and end. The page is one self-contained file (its
style and script are inlined from page_assets/), so it makes no request but for the episode's own
audio and cover beside it. Without JavaScript it is a document: the browser's audio controls, the
chapters with their times, the whole transcript. docs/publishing.md says why it is built this way.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from itertools import groupby

from pathlib import Path

from audioed.atomic import write_atomic
from audioed.model import Script

SPEEDS = ("0.75", "1", "1.25", "1.5", "1.75", "2")
INDEX_FILE = "index.html"
GENERATOR = "audioed"
"""<meta name="generator"> of the pages audioed writes: `audioed serve` rebuilds an index.html
that carries it, and leaves one a user wrote alone."""

# Image descriptions that reach the byline box of a page ("Portrait of Sebastian Rotella") are
# the alt text of a photo, not a credit.
_ALT_TEXT = re.compile(r"^(portrait|photo|photograph|picture|image|headshot|illustration|mugshot) of\b", re.I)


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """A file of page_assets/ (CSS or JS), to be inlined."""
    return resources.files("audioed.publish").joinpath("page_assets", name).read_text("utf-8")


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _inline_script(js: str) -> str:
    # "</script" inside the text would end the element early; ours never has it, but be sure.
    return js.replace("</script", "<\\/script")


def _nice_date(iso: str | None) -> tuple[str, str] | None:
    """(machine, human) forms of an ISO date, or None."""
    if not iso:
        return None
    try:
        d = date.fromisoformat(iso[:10])
    except ValueError:
        return None
    return d.isoformat(), f"{d.day} {d.strftime('%B')} {d.year}"


def clock(ms: int) -> str:
    """M:SS, or H:MM:SS past an hour (as podcast show notes print chapter times)."""
    s = max(0, int(ms)) // 1000
    h, s = divmod(s, 3600)
    m, s = divmod(s, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _spoken_duration(ms: int) -> str:
    s = max(0, int(round(ms / 1000)))
    h, s = divmod(s, 3600)
    m, s = divmod(s, 60)
    parts = [f"{h} hour{'s' if h != 1 else ''}"] if h else []
    if m:
        parts.append(f"{m} minute{'s' if m != 1 else ''}")
    if s or not parts:
        parts.append(f"{s} second{'s' if s != 1 else ''}")
    return " ".join(parts)


# --- the transcript as the article's paragraphs -----------------------------------------------

@dataclass
class Sentence:
    start_ms: int
    end_ms: int
    text: str
    role: str
    speaker: str | None


@dataclass
class Paragraph:
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class ChapterText:
    title: str
    start_ms: int
    end_ms: int
    paragraphs: list[Paragraph] = field(default_factory=list)


def transcript(pub) -> list[ChapterText]:
    """The VTT's cues (same text, same times) grouped into chapters by time and into the
    article's paragraphs by the script line each was spoken from."""
    from audioed.publish.sidecars import cues

    script: Script = pub.script
    lines = [line for _, line in script.lines()]
    chapters = [ChapterText(c.title, c.start_ms, c.end_ms)
                for c in sorted(pub.timeline.chapters, key=lambda c: c.start_ms)]
    if not chapters:
        chapters = [ChapterText(script.title, 0, pub.timeline.duration_ms)]
    chapters[0].start_ms = 0  # a cue before the first chapter belongs to it

    def paragraph_key(n: int, cue) -> tuple:
        line = lines[cue.line] if cue.line is not None and 0 <= cue.line < len(lines) else None
        if line is None:
            return ("cue", n)  # nothing says which paragraph: a paragraph of its own
        if line.paragraph is None:
            return ("line", cue.line)  # intro and outro lines: one paragraph each
        return ("paragraph", line.paragraph)

    c = 0
    last_key = None
    for n, (start, end, text, cue) in enumerate(cues(pub)):
        while c + 1 < len(chapters) and start >= chapters[c + 1].start_ms:
            c += 1
            last_key = None
        key = paragraph_key(n, cue)
        if key != last_key or not chapters[c].paragraphs:
            chapters[c].paragraphs.append(Paragraph())
            last_key = key
        speaker = " ".join(cue.speaker.split()) if cue.role == "quote" and cue.speaker else None
        chapters[c].paragraphs[-1].sentences.append(Sentence(start, end, text, cue.role, speaker))
    return chapters


def _sentence_html(s: Sentence) -> str:
    # A plain span: the page's script makes it a link that plays from here (#t=...), so without
    # JavaScript the transcript is plain text, not links that do nothing.
    return f'<span class="s" data-start="{s.start_ms}" data-end="{s.end_ms}">{_e(s.text)}</span>'


def _same_words(a: str, b: str) -> bool:
    def words(x):
        return re.findall(r"\w+", x.lower())
    return words(a) == words(b)


def _paragraph_html(p: Paragraph) -> str:
    """A paragraph: sentences in order, each run of one speaker's quoted sentences in a <q>,
    the speaker's name before the first of them in the paragraph."""
    out, named = [], set()
    for (role, speaker), run in groupby(p.sentences, key=lambda s: (s.role, s.speaker)):
        spans = " ".join(_sentence_html(s) for s in run)
        if role == "quote":
            who = f'<span class="speaker">{_e(speaker)}:</span> ' if speaker and speaker not in named else ""
            named.add(speaker)
            out.append(f'<span class="quote">{who}<q>{spans}</q></span>')
        else:
            out.append(spans)
    return "<p>" + " ".join(out) + "</p>"


# --- metadata ----------------------------------------------------------------------------------

def credit_lines(pub) -> list[str]:
    """Credits for the page: the byline with the publisher, the article's credit and bio lines
    (not a bare author name, not a photo's alt text), then the publication's own lines."""
    s = pub.script
    out = []
    byline = ", ".join(s.authors)
    if byline:
        out.append(f"Written by {byline}" + (f" for {s.publisher}" if s.publisher else ""))
    for x in s.skipped:
        text = " ".join(str(x.get("text") or "").split())
        if x.get("kind") not in ("credit", "bio") or not text:
            continue
        if text in s.authors or _ALT_TEXT.match(text) or text in out:
            continue
        out.append(text)
    out += [c for c in pub.credits if c not in out]
    return out


def _header(pub, ui: str) -> list[str]:
    s = pub.script
    parts = ['<header class="meta">']
    if pub.image:
        # The cover repeats the title and publisher printed beside it: decorative here.
        parts.append(f'<img class="cover" src="{_e(pub.image)}" alt="" width="140" height="140">')
    parts.append("<div>")
    parts.append(f'<p class="kicker"{ui}>Audio edition</p>')
    parts.append(f"<h1>{_e(s.title)}</h1>")
    if s.dek:
        parts.append(f'<p class="dek">{_e(s.dek)}</p>')
    bits = []
    if s.authors:
        bits.append(f"By {_e(', '.join(s.authors))}")
    if s.publisher:
        bits.append(_e(s.publisher))
    when = _nice_date(s.date)
    if when:
        bits.append(f'<time datetime="{when[0]}">{_e(when[1])}</time>')
    if bits:
        parts.append(f'<p class="byline">{" · ".join(bits)}</p>')
    original = (f'<a href="{_e(s.url)}">the original article'
                + (f" at {_e(s.publisher)}" if s.publisher else "") + "</a>") if s.url else "the article"
    parts.append(f'<p class="synthetic"{ui}>This is the audio version of {original}, read by a '
                 f"synthetic voice. The transcript below is what the voice reads.</p>")
    parts += ["</div>", "</header>"]
    return parts


def _player(pub, ui: str) -> list[str]:
    d = pub.timeline.duration_ms
    total = f"{d / 1000:.3f}"
    options = "".join(f'<option value="{v}"{" selected" if v == "1" else ""}>{v}×</option>' for v in SPEEDS)
    return [
        f'<section class="player" aria-labelledby="listen-h"{ui}>',
        '<h2 id="listen-h">Listen</h2>',
        f'<audio id="audio" controls preload="metadata" src="{_e(pub.slug)}.mp3">'
        f'<a href="{_e(pub.slug)}.mp3">Download the audio (MP3)</a></audio>',
        '<div id="controls" class="controls" hidden>',
        '<div class="buttons">',
        '<button type="button" id="play" class="primary"><span class="icon" aria-hidden="true">▶</span> '
        '<span class="label">Play</span></button>',
        '<button type="button" id="back">Back 15 seconds</button>',
        '<button type="button" id="forward">Forward 30 seconds</button>',
        f'<span class="speed"><label for="speed">Speed</label> <select id="speed">{options}</select></span>',
        "</div>",
        '<div class="seek">',
        '<label for="seek" class="visually-hidden">Position</label>',
        f'<input type="range" id="seek" min="0" max="{total}" step="1" value="0" '
        f'aria-valuetext="0 seconds of {_spoken_duration(d)}">',
        f'<span id="elapsed" class="num">0:00 / {clock(d)}</span>',
        "</div>",
        '<p class="now">Chapter: <strong id="now-chapter"></strong></p>',
        "</div>",
        "</section>",
    ]


def _chapters(chapters: list[ChapterText], ui: str) -> list[str]:
    out = [f'<section aria-labelledby="chapters-h"><h2 id="chapters-h"{ui}>Chapters</h2>', '<ol class="chapters">']
    for c in chapters:
        out.append(f'<li data-start="{c.start_ms}"><time datetime="PT{c.start_ms / 1000:.3f}S">{clock(c.start_ms)}</time> '
                   f'<span class="title">{_e(c.title)}</span></li>')
    out += ["</ol>", "</section>"]
    return out


def _transcript(chapters: list[ChapterText], ui: str) -> list[str]:
    out = ['<section id="transcript" class="transcript" aria-labelledby="transcript-h">',
           f'<h2 id="transcript-h"{ui}>Transcript</h2>',
           f'<p class="follow" hidden{ui}><input type="checkbox" id="follow" checked> '
           '<label for="follow">Follow the voice: keep the sentence being read in view</label></p>']
    for n, c in enumerate(chapters, 1):
        paragraphs = list(c.paragraphs)
        heading = _e(c.title)
        first = paragraphs[0].sentences if paragraphs else []
        if len(first) == 1 and first[0].role != "quote" and _same_words(first[0].text, c.title):
            # The article's own heading, read aloud: it is the chapter's heading, and a sentence.
            heading = _sentence_html(first[0])
            paragraphs = paragraphs[1:]
        out.append(f'<section class="chapter" aria-labelledby="ch{n}"><h3 id="ch{n}">{heading}</h3>')
        out += [_paragraph_html(p) for p in paragraphs]
        out.append("</section>")
    out.append("</section>")
    return out


def _about(pub, ui: str) -> list[str]:
    s = pub.script
    out = [f'<section class="about" aria-labelledby="about-h"{ui}><h2 id="about-h">About this episode</h2>']
    credits = credit_lines(pub)
    if credits:
        out.append("<ul>\n" + "\n".join(f"<li>{_e(c)}</li>" for c in credits) + "\n</ul>")
    out.append("<p>Files: "
               f'<a href="{_e(pub.slug)}.mp3">audio (MP3)</a>, '
               f'<a href="{_e(pub.slug)}.vtt">transcript (WebVTT)</a>, '
               f'<a href="{_e(pub.slug)}.chapters.json">chapters (JSON)</a>.'
               + (f' Source: <a href="{_e(s.url)}">{_e(s.url)}</a>.' if s.url else "") + "</p>")
    out.append("</section>")
    return out


def _document(title: str, lang: str, body: list[str], *, script: bool, head: list[str] = ()) -> str:
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="{GENERATOR}">',
        f"<title>{_e(title)}</title>",
        '<link rel="icon" href="data:,">',  # no favicon request
        *head,
        f"<style>\n{asset('page.css')}</style>",
        "</head>",
        "<body>",
        *body,
    ]
    if script:
        parts.append(f"<script>\n{_inline_script(asset('page.js'))}</script>")
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _lang(code: str | None) -> str:
    code = (code or "en").strip()
    return code if re.fullmatch(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*", code) else "en"


def episode_page(pub) -> str:
    """S.html: metadata, player, chapters, synced transcript, credits."""
    s = pub.script
    lang = _lang(s.language)
    # The page's own words are English: marked so, when the article is in another language.
    ui = "" if lang.split("-")[0].lower() == "en" else ' lang="en"'
    chapters = transcript(pub)
    body = [f'<a class="skip" href="#transcript"{ui}>Skip to the transcript</a>', "<main>", "<article>",
            *_header(pub, ui), *_player(pub, ui), *_chapters(chapters, ui), *_transcript(chapters, ui),
            *_about(pub, ui), "</article>", "</main>",
            f'<footer{ui}><p>Audio edition made with audioed.</p></footer>']
    return _document(f"{s.title} (audio edition)", lang, body, script=True)


# --- index.html --------------------------------------------------------------------------------

def index_page(episodes: list[dict], *, title: str = "audioed", description: str | None = None,
               language: str = "en", feed: str | None = "feed.xml") -> str:
    """index.html for an output directory: the episodes (as feed.load_episodes gives them,
    newest first) with links to their pages, and the feed's subscribe link."""
    from audioed.publish.staging import plain_name

    head = [f'<link rel="alternate" type="application/rss+xml" title="{_e(title)}" href="{_e(feed)}">'] if feed else []
    body = ["<main>", f"<h1>{_e(title)}</h1>"]
    if description:
        body.append(f"<p>{_e(description)}</p>")
    if feed:
        body.append(f'<p><a class="subscribe" href="{_e(feed)}">Subscribe to the podcast feed</a> '
                    "(paste this link into a podcast app)</p>")
    if not episodes:
        body.append("<p>No episodes yet.</p>")
    else:
        body.append('<h2>Episodes, newest first</h2><ol class="episodes">')
        for ep in episodes:
            page = ep.get("notes") if plain_name(ep.get("notes")) else None
            target = page or ep["audio"]
            bits = []
            if ep.get("authors"):
                bits.append("By " + _e(", ".join(ep["authors"])))
            if ep.get("publisher"):
                bits.append(_e(ep["publisher"]))
            when = ep.get("_date")
            if when is not None:
                bits.append(f'<time datetime="{when.date().isoformat()}">{_e(f"{when.day} {when:%B %Y}")}</time>')
            if ep.get("duration"):
                ms = float(ep["duration"]) * 1000
                bits.append(f'<span class="visually-hidden">length </span><time datetime="PT{ms / 1000:.0f}S">{clock(ms)}</time>')
            body.append("<li>")
            body.append(f'<h3><a href="{_e(target)}">{_e(ep.get("title") or ep.get("slug") or target)}</a></h3>')
            if bits:
                body.append(f'<p class="byline">{" · ".join(bits)}</p>')
            if ep.get("description"):
                body.append(f"<p>{_e(ep['description'])}</p>")
            if page:
                body.append(f'<p><a href="{_e(ep["audio"])}">Audio (MP3)</a></p>')
            body.append("</li>")
        body.append("</ol>")
    body += ["</main>", "<footer><p>Made with audioed. Each episode is an article read by a synthetic voice.</p></footer>"]
    return _document(title, _lang(language), body, script=False, head=head)


def ours(path: Path) -> bool:
    """True when the file at `path` is a page audioed wrote (its generator meta says so)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            head = f.read(4096)
    except OSError:
        return False
    return f'<meta name="generator" content="{GENERATOR}">' in head


def directory_index(directory: Path, episodes: list[dict], channel) -> str:
    """index.html for `directory` from its episodes and its feed's channel settings; the
    subscribe link only when the directory has a feed."""
    feed = "feed.xml" if (Path(directory) / "feed.xml").is_file() else None
    return index_page(episodes, title=channel.title, description=channel.description,
                      language=channel.language, feed=feed)


def write_index(directory: Path, episodes: list[dict], channel) -> Path | None:
    """Write DIR/index.html, unless the directory has an index.html of its own (not audioed's)."""
    path = Path(directory) / INDEX_FILE
    if path.exists() and not ours(path):
        return None
    return write_atomic(path, directory_index(directory, episodes, channel))

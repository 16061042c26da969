"""What the intro and the outro say: the title, the byline and the publisher up front; the
credits and the synthetic-voice notice at the end. Plain text; the script stage voices it."""

from __future__ import annotations

from audioed.model import Article
from audioed.script.sectioning import TITLE_LIMIT

SYNTHETIC_NOTICE = "This audio edition was produced with a synthetic voice."


def byline(authors: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    authors = [a for a in authors if a]
    if len(authors) <= 1:
        return "".join(authors)
    return ", ".join(authors[:-1]) + " and " + authors[-1]


def intro_title(article: Article) -> str:
    """The intro chapter's title: the headline, cut at a word boundary to fit a chapter title."""
    words, out = article.title.split(), ""
    for w in words:
        if len(out) + len(w) + (1 if out else 0) > TITLE_LIMIT:
            break
        out = f"{out} {w}".strip()
    return out.rstrip(",;:—–-") or article.title[:TITLE_LIMIT]


def intro_texts(article: Article) -> list[str]:
    """Title; "By NAME, for PUBLISHER."; the dek (read here once, never again in the body)."""
    out = [article.title]
    who = byline(article.authors)
    if who and article.publisher and article.publisher not in article.authors:  # (a personal site: once)
        out.append(f"By {who}, for {article.publisher}.")
    elif who:
        out.append(f"By {who}.")
    elif article.publisher:
        out.append(f"From {article.publisher}.")
    if article.dek:
        out.append(article.dek)
    return out


def outro_texts(article: Article, *, notice: bool = True) -> list[str]:
    """Who wrote and published the story, its credit lines, and (by default) the synthetic-voice notice."""
    who = byline(article.authors)
    said = f"You have been listening to {article.title}"
    if who:
        said += f", by {who}"
    if article.publisher and article.publisher not in article.authors:
        said += f", published by {article.publisher}"
    out = [said.rstrip(".!?") + "."]
    out += [c for c in article.credits if c]
    if notice:
        out.append(SYNTHETIC_NOTICE)
    return out

"""Quotations: cut paragraphs into narrator and quote spans and name the speakers.

What counts as a quotation (general rules, not tuned to any article):
- Double marks, curly (“ ”, „, « ») or straight (" or ''), open a quotation. A straight
  mark opens or closes by context; a misdirected curly mark is read by context too.
- Single marks (‘ ’ ') and double marks of the other style are nested quotations inside a
  double-quoted one; apostrophes (There’s, ’90s, rock ’n’ roll, plural possessives) are
  never taken for marks. A document with no double marks at all is read in the British
  style, with single marks. (Mark pairing: script/quote_marks.py.)
- A quotation left open at the end of a paragraph continues when the next paragraph
  opens with a mark (news convention); otherwise it runs to the end of its paragraph.
- A closing mark with no opener is a quotation from the paragraph start when an
  attribution follows it ("We will win,” he said.), else it stays in the narration.
- Short inline fragments (two words or fewer) and titles of works in quotes are scare
  quotes: they stay in the narrator's span, marks and all. Longer inline fragments
  ("called it “a recipe for disaster”") are partial quotes, voiced as their speaker.
- A block quotation (the reader's Block.blockquote) is one quote span as a whole.

The invariant the tests check: spans are ordered and disjoint, `paragraph[s.start:s.end]
== s.text` for every span, and every character outside all spans is a quotation mark,
whitespace or punctuation - no letter or digit of the source is lost or duplicated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audioed.script.attribution import (
    NAME_RUN,
    Registry,
    attribution_after,
    attribution_before,
    clean_name,
    has_speech_verb,
    opener_subject,
    signature,
    speech_subject,
    transcript_label,
)
from audioed.script.quote_marks import (  # noqa: F401  (QUOTE_MARKS: part of this module's interface)
    CLOSE_D,
    OPEN_D,
    QUOTE_MARKS,
    STRAIGHT_D,
    Region,
    british_style,
    regions_of,
    single_pairs,
)
from audioed.script.verbs import NAMING_WORDS, TEXT_WORDS, VERB_RE


@dataclass(frozen=True)
class Span:
    """A run of one paragraph in one voice."""

    text: str
    """The span's source text, without the quotation marks that delimit a quote."""
    quote: bool = False
    speaker: str | None = None
    partial: bool = False
    """A quoted fragment inside a narrated sentence (still voiced as its speaker)."""
    kind: str = "narration"
    """narration | direct | partial | block."""
    nested: tuple[str, ...] = ()
    """Quotations nested inside this one (single marks), kept in `text` with their marks."""
    start: int = 0
    """Offset of `text` in the paragraph (`paragraph[start:end] == text`)."""
    end: int = 0




# --- Classification --------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# A sentence end: . ! ? or … followed by space or the end, not after an initial ("U.S."),
# or a short capitalised abbreviation ("Mr.", "Gen.", "Capt." handled as titles elsewhere).
_SENT_END = re.compile(
    r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])(?<!\bCapt)(?<!\bCmdr)(?<!\bSgt)"
    r"[.!?…]+[”\"’']?(?=\s|$)")


def _sentence_tail(text: str) -> str:
    """The part of `text` after the last sentence end (the start of the current sentence)."""
    ends = list(_SENT_END.finditer(text))
    return text[ends[-1].end():] if ends else text


_TITLE_SMALL = frozenset(
    "a an the and or but nor for of in on at to by from with as into onto upon over under "
    "about after before than via per vs is are be".split())


def _is_title(words: list[str]) -> bool:
    """A title of a work ("Photographs and Prints from the University Collection")."""
    content = [w for w in words if w.lower() not in _TITLE_SMALL]
    # "The X-Files": an article and one name; "13 Hours: The Secret Soldiers of Benghazi".
    named = len(content) >= 2 or len(words) == 2 and words[0].lower() in ("the", "a", "an")
    return len(words) >= 2 and (words[0][:1].isupper() or words[0][:1].isdigit()) and named and all(
        w[:1].isupper() or w[:1].isdigit() for w in content)


_PREPOSITION = r"(?:on|in|at|to|for|with|by|from|during|about|after|before|over|under|of)\b"
# A naming word and its object right before the quotation ("called Merkel “...”", "a hat reading, “").
# (the object is a pronoun, a name or one noun: "called the mayor “...”"; "says on “Fox News Sunday”" has none)
_NAMED = re.compile(rf"(?:{TEXT_WORDS}|{NAMING_WORDS})(?:\s+(?:the|a|an|his|her|its|their)(?:\s+(?!{_PREPOSITION})[a-z]+)?"
                    rf"|\s+(?:it|him|her|them|[A-Z][\w.’']*))?[\s,:—–-]*$")
# A work's name is nobody's words: a naming word after a noun for a work, or with one for its
# object ("a show called “Meet the Press”", "a book titled", "called the film “Sea of Love”").
_WORK = (r"(?:books?|shows?|films?|movies?|songs?|albums?|plays?|series|programm?e?s?|novels?|articles?|"
         r"reports?|podcasts?|documentar(?:y|ies)|episodes?|poems?|essays?|columns?|exhibit(?:ion)?s?|"
         r"paintings?|operas?|musicals?|memoirs?|stud(?:y|ies)|games?)")
_WORK_NAMED = re.compile(rf"\b(?:{_WORK}\s+{NAMING_WORDS}|{NAMING_WORDS}\s+"
                         rf"(?:the|a|an|his|her|its|their)\s+{_WORK}|{_WORK}\s+(?:en)?titled)[\s,:—–-]*$")


def _classify(p: str, r: Region, before: str, after: str) -> str:
    """direct | partial | scare for a region, from its content and what surrounds it."""
    content = p[r.start:r.end]
    words = _WORD.findall(content)
    # A full stop (not an ellipsis) closing the quotation ends its sentence.
    ended = re.search(r"(?<![.…])\.[’'\s]*$", content) is not None
    r.attribution = attribution_after(after, ended=ended, quote_follows=r.after + len(after) < len(p))
    if not words:
        return "scare"
    if r.continued:
        return "direct"
    if r.close is None and r.end < len(p) and not re.search(r"[.!?…][’']?\s+$", content):
        # Another opener came first: this mark was never closed. Reading the run as
        # narration loses nothing; guessing where the quotation ended could. When the run
        # ends a sentence right before the next opener, the quotation ran to there (its
        # closing mark, or the paragraph break of a quote going on, was lost).
        return "scare"
    # A work's title (or a cited headline) and its author: "“The Long Road,” by Ann Lee";
    # the comma sets the author off ("the “ugliness of utterances,” by Trump" is a passive's).
    author = (re.match(rf",?\s+by\s+({NAME_RUN})", after)
              if r.close is not None and words[0][:1].isupper() and re.search(r",\W*$", content + after[:1])
              else None)
    if author and clean_name(author.group(1)):
        return "scare"
    head = _sentence_tail(before)
    opens_sentence = (not head.strip() or head.rstrip().endswith((":", "—", "--"))
                      or re.search(r"[,:]\s*$", head) is not None and has_speech_verb(head))
    # Words a name or a text is given in are someone's, even in title case ("a sign reading “...”").
    named = _NAMED.search(before) is not None and not _WORK_NAMED.search(before)
    if not opens_sentence and not r.continued and not named and _is_title(words) and len(words) <= 6 and \
            not re.search(r"[.!?]\W*$", content):
        return "scare"  # a show's or a book's name ("on “Fox News Sunday,” Pence said")
    # A title opening its sentence and running on into it: "“Harbor Lights” star Ann Lee said",
    # "“The Long Winter” was nominated" (a tag goes "“We Win” said Lee", "“Go Home” she said").
    if (not head.strip() and _is_title(words) and len(words) <= 6 and not re.search(r"[.,;:!?]\W*$", content)
            and re.match(r"\s+[a-z]", after) and not re.match(rf"\s+(?:he|she|they|we|it|{VERB_RE})\b", after)):
        return "scare"
    if opens_sentence or r.attribution is not None:
        # (the parts of compounds count, as below: "the “grass-roots firepower” they need, X said")
        if not opens_sentence and len(re.findall(r"[^\W_]+", content)) <= 2 and not re.search(r"[.!?,]\W*$", content):
            return "scare"  # an inline two-word label followed by a clause
        return "direct"
    # Parts of compounds and contractions count: "one-term president", "wasn’t good" are
    # phrases lifted from speech; a scare quote is a word or two ("mirror", "sea change").
    # An exclamation or a question is said, not a title ("She declared “What a Super Tuesday!”"),
    # unless a colon sets off a subtitle ("Sharknado 3: Oh Hell No!").
    said = re.search(r"[!?]\W*$", content) and ":" not in content
    if _is_title(words) and not said and not named or len(re.findall(r"[^\W_]+", content)) <= 2:
        return "scare"
    return "partial"


# --- Public entry point ----------------------------------------------------------------


def find_quotes(paragraphs: list[str], blockquotes: list[bool] | None = None,
                headings: list[bool] | None = None) -> list[list[Span]]:
    """For each paragraph, its spans in order (narration and quotations).

    Paragraphs are given together because quotations run across paragraphs and
    speakers are resolved from earlier ones ("he said" -> the person named before).
    `blockquotes[i]` marks paragraph i as a block quotation (one quote span as a whole);
    `headings[i]` a subheading, the publication's own voice even when it is all in quotation
    marks (a line pulled from the story): narration.
    """
    blockquotes = list(blockquotes or []) + [False] * (len(paragraphs) - len(blockquotes or []))
    headings = list(headings or []) + [False] * (len(paragraphs) - len(headings or []))
    british = british_style(paragraphs)
    registry = Registry()
    result: list[list[Span]] = []
    open_speaker: str | None = None  # speaker of a quotation left open at a paragraph end
    carry_open = False
    chain: list[Region] = []  # unattributed quotes of a run still open across paragraphs
    deferred: list[tuple[int, str, list[Region]]] = []  # spans are made once speakers settle
    last_speaker: str | None = None  # the last person heard speaking (quote or said-clause)
    carried: str | None = None  # the narrated paragraph's subject, for a quotation paragraph next
    for n, (p, is_block) in enumerate(zip(paragraphs, blockquotes)):
        subject, carried = carried, None
        if not p.strip():
            result.append([])
            carry_open = False
            continue
        if headings[n]:
            lo, hi = _trimmed(p, 0, len(p))
            result.append([Span(p[lo:hi], start=lo, end=hi)])
            carry_open = False
            continue
        if is_block:
            spans, speaker = _block_spans(p, last_speaker or subject)
            result.append(spans)
            last_speaker = speaker or last_speaker
            carry_open = False
            continue
        regions = regions_of(p, british, continued=carry_open, next_opener=_opener(paragraphs, n + 1))
        for r in regions:
            r.nested = single_pairs(p, r.start, r.end) if not british else []
        # Classify.
        prev_after = 0
        for k, r in enumerate(regions):
            nxt_open = regions[k + 1].open if k + 1 < len(regions) else None
            before = p[prev_after:r.open if r.open is not None else 0]
            after = p[r.after:nxt_open if nxt_open is not None else len(p)]
            r.kind = _classify(p, r, before, after)
            # An unclosed run read as narration is part of the next quote's context.
            prev_after = r.after if r.close is not None or r.kind != "scare" else r.start
        quotes = [r for r in regions if r.kind != "scare"]
        # Attribute in reading order, feeding the registry as the text goes by.
        pos = 0
        labelled: set[int] = set()
        # A paragraph that is all quotation, signed on the next line ("- Ann Lee."): a
        # fact-check's or an epigraph's form.
        bare = quotes and not re.search(r"\w", "".join(
            p[a.after:b.open if b.open is not None else 0] for a, b in zip([Region(None, None, 0)] + quotes, quotes)
        ) + p[quotes[-1].after:])
        signed = signature(paragraphs[n + 1]) if bare and n + 1 < len(paragraphs) else None
        for k, r in enumerate(quotes):
            if r.attribution is None and signed is not None:
                r.attribution = signed
            begin = r.open if r.open is not None else 0
            registry.add_text(p[pos:begin])
            label = transcript_label(p[r.start:r.end])
            if label is not None:
                r.attribution = label  # a transcript quoted whole: "“WALLACE: Let’s start ...”"
                labelled.add(id(r))
            if r.attribution is None:
                head = _sentence_tail(p[pos:begin])
                # After an earlier quotation, the text starts a sentence only past a sentence end.
                starts = (k == 0 or len(head) < begin - pos
                          or re.search(r"[.!?…]\W*$", p[quotes[k - 1].start:quotes[k - 1].end]) is not None
                          and head.lstrip()[:1].isupper())
                r.attribution = attribution_before(head, starts_sentence=starts)
                if r.attribution is None and r.kind == "partial":
                    # "X told them ..., adding that his agency is “...”": the sentence subject.
                    r.attribution = attribution_before(_sentence_tail(p[:begin]))
                if r.attribution is None and starts:
                    # "Citing their “reveries ...,” Will urged ...": an opening participle's
                    # subject is the main clause's, named after the phrase's comma.
                    nxt = quotes[k + 1].open if k + 1 < len(quotes) and quotes[k + 1].open is not None else len(p)
                    comma = "," if p[r.start:r.end].rstrip().endswith(",") else ""  # (“...,” Will urged)
                    r.attribution = opener_subject(head, comma + p[r.after:nxt])
            if r.attribution is not None:
                r.speaker = r.attribution.resolve(registry)
            pos = r.after
        # Quotes with no attribution of their own take their neighbour's in the paragraph,
        # then the open quotation's, then the last person heard.
        named = [r.speaker for r in quotes if r.attribution is not None and r.speaker]
        for k, r in enumerate(quotes):
            if r.attribution is not None and (r.speaker or r.attribution.role):
                continue  # attributed (a role nobody was introduced with stays unknown)
            earlier = [q.speaker for q in quotes[:k] if q.attribution is not None and q.speaker]
            later = [q.speaker for q in quotes[k + 1:] if q.attribution is not None and q.speaker]
            if r.continued and open_speaker and not earlier:
                r.speaker = open_speaker
            elif earlier:
                r.speaker = earlier[-1]
            elif later:
                r.speaker = later[0]
            elif r.attribution is None:
                # "Perkins admitted she wanted to go. “It's Warhol.”": the speech subject
                # of the narration before it, else the last person heard.
                begin = r.open if r.open is not None else 0
                # A paragraph that opens with a direct quotation and names nobody goes on from
                # the narrated paragraph before it; a scare quote inside a sentence does not.
                opens = k == 0 and r.kind == "direct" and not p[:begin].strip()
                r.speaker = (speech_subject(p[:begin], registry)
                             or _sentence_subject(_last_sentence(p[:begin]), registry)
                             or (subject if opens else None)
                             or last_speaker)
        registry.add_text(p[pos:])
        # Who spoke last, for the next paragraph: a quote's speaker, or "X said ..." in narration.
        narration_subject = speech_subject(p, registry) if not quotes else None
        # A paragraph ending in a colon introduces the next one ("Stated Stone:", "Ann Lee
        # issued the following statement:"): its last sentence names who speaks there.
        intro = attribution_before(_sentence_tail(p.rstrip())) if not quotes and p.rstrip().endswith(":") else None
        if quotes and quotes[-1].attribution is not None and not quotes[-1].speaker:
            last_speaker = None  # "“...,” a resident shouted.": the last voice is nobody we know
        elif quotes:
            last_speaker = quotes[-1].speaker or (named[-1] if named else last_speaker)
        elif intro is not None:
            last_speaker = intro.resolve(registry)  # nobody when it is an outlet ("The Times reports:")
        elif narration_subject:
            last_speaker = narration_subject
        else:
            # "Viguerie is upbeat about Cruz's chances. / “Not only can Cruz win ...”": a
            # quotation paragraph with no tag of its own goes on from the narration's subject
            # (only there: `carried`, not the last person heard).
            last_speaker = None
            carried = _paragraph_subject(p, registry)
        tail = quotes[-1] if quotes else None
        explicit = [r.speaker for r in quotes if r.attribution is not None and r.speaker]
        # A quotation running over paragraphs is often attributed only in its last one:
        # give that speaker back to the earlier, unattributed paragraphs of the same run.
        # (A transcript's label opens a new speaker's turn: nothing to give back.)
        if explicit and quotes[0].continued and id(quotes[0]) not in labelled:
            for q in chain:
                q.speaker = explicit[0]
        carry_open = bool(tail and tail.close is None and tail.end == len(p))
        open_speaker = tail.speaker if carry_open else None
        if not carry_open or explicit:
            chain = []
        else:
            chain = (chain if quotes[0].continued else []) + quotes
        deferred.append((len(result), p, regions))
        result.append([])
    for i, p, regions in deferred:
        result[i] = _spans(p, regions)
    return result


def _opener(paragraphs: list[str], n: int) -> str:
    """The double mark paragraph n opens with (straight for ''), or "" (none, or no paragraph)."""
    p = paragraphs[n].lstrip() if n < len(paragraphs) else ""
    return STRAIGHT_D if p.startswith("''") else p[:1] if p[:1] in OPEN_D + CLOSE_D + STRAIGHT_D else ""


def _last_sentence(text: str) -> str:
    """The last complete sentence of `text` (the one just before a quotation)."""
    ends = list(_SENT_END.finditer(text.rstrip()))
    if not ends:
        return text
    start = ends[-2].end() if len(ends) > 1 else 0
    return text[start:ends[-1].end()]


def _paragraph_subject(p: str, registry: Registry) -> str | None:
    """The person the last sentence of a narrated paragraph is about: its subject, a known
    name or a pronoun ("She pauses.")."""
    sentence = _last_sentence(p.rstrip())
    pron = re.match(r"\s*(He|She)\b", sentence)
    if pron:
        return registry.last_person(pron.group(1).lower())
    return _sentence_subject(sentence, registry)


def _sentence_subject(sentence: str, registry: Registry) -> str | None:
    """A known person who opens the sentence ("Jones, who flew in, was tired.")."""
    m = re.match(rf"\s*(?:[A-Z][a-z]+,\s+)?({NAME_RUN})", sentence)
    if not m:
        return None
    name = clean_name(m.group(1))
    if not name or m.group(1).endswith(("’s", "'s", "’", "'")):
        return None
    return registry.resolve(name)


def _block_spans(p: str, last_speaker: str | None) -> tuple[list[Span], str | None]:
    lo, hi = 0, len(p)
    while lo < hi and p[lo].isspace():
        lo += 1
    while hi > lo and p[hi - 1].isspace():
        hi -= 1
    if hi - lo >= 2 and p[lo] in OPEN_D + STRAIGHT_D and p[hi - 1] in CLOSE_D + STRAIGHT_D:
        lo, hi = lo + 1, hi - 1
    text = p[lo:hi]
    nested = tuple(p[o + 1:c] for o, c in single_pairs(p, lo, hi))
    return [Span(text, True, last_speaker, kind="block", nested=nested, start=lo, end=hi)], last_speaker


def _trimmed(p: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and p[lo].isspace():
        lo += 1
    while hi > lo and p[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _spans(p: str, regions: list[Region]) -> list[Span]:
    spans: list[Span] = []
    pos = 0

    def narration(lo: int, hi: int) -> None:
        lo, hi = _trimmed(p, lo, hi)
        # Punctuation left after a closing mark (`”. She said`) is not read on its own.
        while lo < hi and (p[lo] in ".,;:!?" or p[lo].isspace()):
            lo += 1
        if any(ch.isalnum() for ch in p[lo:hi]):
            spans.append(Span(p[lo:hi], start=lo, end=hi))

    for r in regions:
        if r.kind == "scare":
            continue  # stays inside the surrounding narration, marks and all
        narration(pos, r.open if r.open is not None else 0)
        lo, hi = _trimmed(p, r.start, r.end)
        if lo < hi:
            spans.append(Span(
                p[lo:hi], True, r.speaker, partial=r.kind == "partial", kind=r.kind,
                nested=tuple(p[o + 1:c] for o, c in r.nested), start=lo, end=hi))
        pos = r.after
    narration(pos, len(p))
    return spans

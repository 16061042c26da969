"""Quote detection and speaker attribution scored on annotated news: PolNeAR (`reading_eval.py
polnear`) and GUM (`reading_eval.py gum`, benchmarks/reading_gum.py) share `score_quotes`."""

from __future__ import annotations

import hashlib
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reading_eval import f1, toks  # noqa: E402


def polnear_quotes(text: str, ann: str) -> list[dict]:
    """Gold direct quotations (benchmarks/polnear_gold.py says what counts)."""
    import polnear_gold

    return polnear_gold.gold_quotes(text, ann)


def _surname(name: str | None) -> str | None:
    if not name:
        return None
    ws = [w for w in toks(name) if w not in ("s", "jr", "sr", "ii", "iii")]
    return ws[-1] if ws else None


_PRONOUN = re.compile(r"^(?:he|she|they|it|i|we|you|his|her|him|them)$", re.IGNORECASE)


def named(source: str) -> str | None:
    """The gold speaker's name, when the source names one: "Kenneth Baer, a former official" ->
    "Kenneth Baer"; "Rep. Gwen Moore (D-Wis.)" -> "Rep. Gwen Moore"; "the Indiana governor",
    "he" -> None (a description or a pronoun: speaker accuracy is judged on names)."""
    head = re.split(r",|\(|\s+(?:who|whose|that|which|of)\s", (source or "").replace("\xa0", " "))[0].strip()
    ws = head.split()
    if not ws or not ws[-1][:1].isupper() or _PRONOUN.match(ws[-1]):
        return None
    runs = re.findall(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|al))*", head)
    return runs[-1] if runs else None


def cmd_polnear(args: list[str], opts: dict) -> None:
    split = opts.get("split", "dev")
    if split == "test":
        sys.exit("the test split is kept for final judgment; measure on dev or train")
    if split not in ("dev", "train", "train-a", "train-b"):
        sys.exit("--split is dev, train, train-a or train-b")
    part = split if split.startswith("train-") else None
    root = Path(args[0]) / "data" / split.split("-")[0]
    anns: dict[str, list[Path]] = {}
    for p in sorted((root / "attributions").glob("*.ann")):
        stem = re.sub(r"_[0-9a-f]{4}\.ann$", "", p.name)
        if part is None or train_part(stem) == part:
            anns.setdefault(stem, []).append(p)

    def docs():
        for stem, paths in sorted(anns.items()):
            text = (root / "text" / f"{stem}.txt").read_text(encoding="utf-8")
            gold = polnear_quotes(text, paths[0].read_text(encoding="utf-8"))  # the first annotator's
            yield stem, text, [dict(g, who=named(g["source"])) for g in gold]

    heads = {stem: _first_line((root / "text" / f"{stem}.txt").read_text(encoding="utf-8")) for stem in anns}
    right = []
    # A PolNeAR text's first line is its headline: the episode's title should be it.
    score_quotes(f"PolNeAR {split}: {len(anns)} articles", docs(), int(opts.get("show", 0)),
                 each=lambda stem, script: right.append(_key(script.title) == _key(heads[stem])))
    print(f"  title = the text's first line (its headline): {sum(right)}/{len(right)}")


def train_part(stem: str) -> str:
    """An article's half of PolNeAR train, by a hash of its id (as reading_traf.page_quarter):
    since session 13 quote rules are written while reading train-a's misses, and kept only if
    train-b (figures only) and dev move too."""
    return "train-a" if hashlib.sha256(stem.encode("utf-8")).digest()[0] % 2 == 0 else "train-b"


def _first_line(text: str) -> str:
    return next((ln for ln in text.splitlines() if ln.strip()), "")


def _key(s: str | None) -> str:
    return re.sub(r"\W+", " ", s or "").strip().lower()


def score_quotes(label: str, docs, show: int = 0, each=None) -> None:
    """Score the script's quote lines against gold quotations: `docs` yields (name, text, gold), each
    gold quotation a dict with its `text` and `who` (the named speaker, or None when not judged),
    and optionally `aliases` (other names of the same speaker, any of which is right).
    `each(name, script)`, when given, sees every script (for other measures on the same run)."""
    from audioed.script import build_script
    from audioed.read import parse_text

    tp = fp = fn = 0
    spk_ok = spk_n = named_ok = named_n = 0
    seconds = 0.0
    for stem, text, gold in docs:
        t0 = time.perf_counter()
        article = parse_text(text, source=stem)
        script = build_script(article)
        seconds += time.perf_counter() - t0
        if each:
            each(stem, script)
        found = [(l.text, l.speaker) for _, l in script.lines() if l.role == "quote"]
        used: set[int] = set()
        for g in gold:
            gw = toks(g["text"])
            best = None
            for k, (qt, _) in enumerate(found):
                if k in used:
                    continue
                qw = set(toks(qt))
                if gw and sum(w in qw for w in gw) / len(gw) >= 0.5 and _contained(qt, g["text"]):
                    best = k
                    break
            who = g["who"]
            if who:
                named_n += 1
            if best is None:
                fn += 1
                if show:
                    print(f"MISSED {stem[:40]}: {g['text'][:70]!r} ({g.get('source', who)!r})")
                continue
            used.add(best)
            tp += 1
            got = found[best][1]
            if who:
                spk_n += 1
                ok = _surname(got) in {_surname(w) for w in (who, *g.get("aliases", ()))}
                spk_ok += ok
                named_ok += ok
                if not ok and show:
                    print(f"SPEAKER {stem[:40]}: {g['text'][:60]!r} got {got!r} want {who!r} ({g.get('source', who)!r})")
        # Fragments of one or two words are no gold quotation's (they are left out of the gold):
        # "“That,” he said, “is the point.”" is one quotation in two runs.
        extra = [qt for k, (qt, _) in enumerate(found) if k not in used and len(toks(qt)) >= 3]
        fp += len(extra)
        if show > 1:
            for qt in extra:
                print(f"EXTRA  {stem[:40]}: {qt[:80]!r}")
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    print(f"{label}, {tp + fn} gold direct quotations | found {tp}, extra {fp} | "
          f"P {p:.3f} R {r:.3f} F1 {f1(r, p):.3f}")
    print(f"  speaker right on quotes found with a named gold speaker: {spk_ok}/{spk_n} ({spk_ok / max(spk_n, 1):.3f})"
          f" | named gold speakers found and credited right: {named_ok}/{named_n} ({named_ok / max(named_n, 1):.3f})"
          f" | read+script {seconds:.1f} s")


def _contained(found: str, gold: str) -> bool:
    """A detected quote matches the gold one it overlaps, not a different quote in the paragraph."""
    fw, gw = set(toks(found)), set(toks(gold))
    return bool(fw & gw) and len(fw & gw) / max(len(fw), 1) >= 0.5

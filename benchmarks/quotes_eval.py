"""Quote detection and attribution against an annotated article.

    python benchmarks/quotes_eval.py [ARTICLE.txt [EXPECTED.json]] [-v]

Paragraphs are blank-line separated blocks, counted from 0 (as the annotations count
them). A predicted quote span matches an annotated quotation in the same paragraph when
their words overlap by at least 80% (F1 of word multisets), so that a comma inside or
outside the marks does not matter. Annotations of kind "scare" must NOT be found as
quotes (finding one is a false positive). Annotations of kind "nested" are optional: the
annotation allows them to stay inside the quotation that holds them, so they count
(in both precision and recall) only when a span of their own matches them. Speaker accuracy is over matched required quotations.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from audioed.script.quotes import find_quotes

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "propublica-border-patrol.txt"


def words(text: str) -> Counter:
    return Counter(w.lower() for w in re.findall(r"[^\W_]+", text))


def overlap(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    common = sum((wa & wb).values())
    if not common:
        return 0.0
    p, r = common / sum(wa.values()), common / sum(wb.values())
    return 2 * p * r / (p + r)


def evaluate(text: str, expected: list[dict], verbose: bool = False) -> dict:
    paragraphs = re.split(r"\n\s*\n", text)
    spans = find_quotes(paragraphs)
    predicted = [(i, s) for i, ps in enumerate(spans) for s in ps if s.quote]
    required = [e for e in expected if e.get("kind") not in ("scare", "nested")]
    optional = [e for e in expected if e.get("kind") == "nested"]
    used: set[int] = set()
    matched = []
    for e in required:
        best, score = None, 0.8
        for k, (i, s) in enumerate(predicted):
            if i == e["paragraph"] and k not in used and overlap(s.text, e["text"]) >= score:
                best, score = k, overlap(s.text, e["text"])
        if best is not None:
            used.add(best)
            matched.append((e, predicted[best][1]))
        elif verbose:
            print(f"MISSED  p{e['paragraph']}: {e['text'][:60]!r} ({e['speaker']})")
    for e in optional:
        for k, (i, s) in enumerate(predicted):
            if i == e["paragraph"] and k not in used and overlap(s.text, e["text"]) >= 0.8:
                used.add(k)
                matched.append((e, s))
                required.append(e)
                break
    for k, (i, s) in enumerate(predicted):
        if k not in used and verbose:
            print(f"EXTRA   p{i}: {s.text[:60]!r} ({s.speaker})")
    right = sum(1 for e, s in matched if e["speaker"] == s.speaker)
    if verbose:
        for e, s in matched:
            if e["speaker"] != s.speaker:
                print(f"SPEAKER p{e['paragraph']}: {e['text'][:40]!r} expected {e['speaker']!r} got {s.speaker!r}")
    tp = len(matched)
    precision = tp / len(predicted) if predicted else 1.0
    recall = tp / len(required) if required else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"predicted": len(predicted), "expected": len(required), "matched": tp,
            "precision": precision, "recall": recall, "f1": f1,
            "speaker_accuracy": right / tp if tp else 0.0}


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    article = Path(args[0]) if args else DEFAULT
    expected_path = Path(args[1]) if len(args) > 1 else article.with_suffix(".expected.json")
    expected = json.loads(expected_path.read_text())["quotes"]
    r = evaluate(article.read_text(encoding="utf-8"), expected, verbose)
    print(f"article: {article.name}")
    print(f"quotes predicted {r['predicted']}, annotated {r['expected']}, matched {r['matched']}")
    print(f"precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}")
    print(f"speaker accuracy {r['speaker_accuracy']:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])

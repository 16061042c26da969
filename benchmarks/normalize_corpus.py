"""Normalization scored on development corpora beyond our own table, per class.

Corpora (each optional; at least one):
  --dev FILE.toml   news-class sentences with accepted readings (default:
                    benchmarks/data/normalize_news_dev.toml, ours, written for issue 21);
                    every third case is a check split whose failures are only listed with
                    --show-check, so rules are not tuned on it.
  --nemo DIR        NVIDIA NeMo-text-processing's English TN test cases (Apache-2.0), the
                    folder tests/nemo_text_processing/en/data_text_normalization of
                    github.com/NVIDIA/NeMo-text-processing. Not kept in this repository: get it
                    with `git clone --depth 1 https://github.com/NVIDIA/NeMo-text-processing`
                    (or any copy of that folder). Each `written~spoken` token is put in a
                    carrier sentence of its class ("The price was $2.") so it is read in
                    context; cases that are already sentences are used as they are.
                    benchmarks/data/nemo_judgments.toml holds our judgments where NeMo's
                    reading is not what a careful American news reader says (or the case is
                    out of scope, with the reason).

Judge (as benchmarks/normalize_eval.py): espeak-ng en-us, the phonemizer inside Piper, turns
the spoken text and each accepted reading into phonemes; a case passes when they are equal
without stress marks, pauses and spaces, with the same number of sentences. So a form the
engine reads right by itself ("1,739") passes untouched. A reading's "hundred and" is also
accepted without the "and", and "dollars fifty cents" with or without it.

    python benchmarks/normalize_corpus.py [--dev FILE] [--nemo DIR] [--engine rules|nemo|raw]...
        [--verbose] [--show-check] [--json OUT]

--engine picks what produces the spoken text (repeatable; default: raw and rules):
"rules" is audioed's normalize(), "raw" the unchanged text, "nemo" nemo-text-processing's
Normalizer (install it in a separate venv with `pip install nemo-text-processing`; run this
script with that venv's python and PYTHONPATH pointing at this checkout).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
import tomllib
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from normalize_eval import hear  # noqa: E402  (the shared espeak judge)

HERE = Path(__file__).resolve().parent
DEV = HERE / "data" / "normalize_news_dev.toml"
JUDGMENTS = HERE / "data" / "nemo_judgments.toml"

# Carrier sentences: a token is read as it would be in an article, in a sentence of its class.
CARRIERS = {
    "address": "The office is at {}.",
    "cardinal": "The count was {}.",
    "date": "It happened on {}.",
    "decimal": "The value was {}.",
    "electronic": "Write to {} for details.",
    "fraction": "The share was {}.",
    "math": "The sum was {}.",
    "measure": "The size was {}.",
    "money": "The price was {}.",
    "ordinal": "She came in {}.",
    "range": "The figure was {}.",
    "roman": "He read {} aloud.",
    "serial": "The code was {}.",
    "telephone": "Call {} for details.",
    "time": "It began at {}.",
    "whitelist": "We met {} today.",
    "word": "The word was {}.",
}
SKIPPED_FILES = {"special_text", "punctuation_match_input"}  # markup and tokenizer behaviour


def _is_sentence(written: str) -> bool:
    words = re.findall(r"[A-Za-z]{2,}", written)
    return len(written.split()) >= 4 and len(words) >= 3


def _alternatives(reading: str) -> list[str]:
    alts = {reading}
    alts.add(re.sub(r"\b(hundred|thousand|million|billion|trillion) and\b", r"\1", reading))
    for r in list(alts):
        alts.add(re.sub(r"\b(dollars?|pounds?|euros?) (?!and\b)(?=(?:\w+ ){1,2}(?:cents?|pence|penny)\b)",
                        r"\1 and ", r))
        alts.add(re.sub(r"\b(dollars?|pounds?|euros?) and (?=(?:\w+ ){1,2}(?:cents?|pence|penny)\b)",
                        r"\1 ", r))
    return sorted(alts)


def load_dev(path: Path) -> list[dict]:
    cases = tomllib.loads(path.read_text("utf-8"))["case"]
    return [{"corpus": "dev" if i % 3 != 2 else "dev-check", "class": c["class"],
             "text": c["text"], "readings": c["readings"]} for i, c in enumerate(cases)]


def load_nemo(folder: Path, judgments: Path = JUDGMENTS) -> list[dict]:
    judged = tomllib.loads(judgments.read_text("utf-8")).get("judge", [])
    by_key = {(j["class"], j["written"]): j for j in judged}
    cases = []
    for f in sorted(folder.glob("test_cases_*.txt")):
        cls = f.stem.removeprefix("test_cases_")
        if cls in SKIPPED_FILES:
            continue
        lines = f.read_text("utf-8").splitlines()
        pairs: list[tuple[str, list[str]]] = []
        if cls == "normalize_with_audio":
            # "~written" then one accepted reading per line.
            for line in lines:
                if line.startswith("~"):
                    pairs.append((line[1:], []))
                elif line.strip() and pairs:
                    pairs[-1][1].append(line.strip())
        else:
            for line in lines:
                if "~" in line:
                    w, _, s = line.partition("~")
                    pairs.append((w, [s]))
        name = "with_audio" if cls == "normalize_with_audio" else cls
        for written, spoken in pairs:
            if not written.strip() or not spoken:
                continue
            j = by_key.get((name, written))
            if j and j.get("skip"):
                continue
            readings = list(spoken)
            if j:
                readings = j["readings"] + ([] if j.get("replace") else readings)
            sentence_like = _is_sentence(written)
            carrier = "{}" if sentence_like else CARRIERS.get(cls, "The text was {}.")
            cases.append({
                "corpus": "nemo", "class": name,
                "text": carrier.format(written.strip()),
                "readings": [carrier.format(r.strip()) for r in readings],
            })
    return cases


def _engine(name: str):
    if name == "raw":
        return lambda text: text
    if name == "rules":
        try:
            from audioed.script.normalize import normalize
        except ImportError:  # before the layout move
            from audioed.normalize import normalize
        return normalize
    raise SystemExit(f"unknown engine {name!r}")


def nemo_outputs(cases: list[dict], python: str, article: Path | None) -> dict[str, str]:
    """nemo-text-processing's readings of every case, from its own environment."""
    cmd = [python, str(HERE / "nemo_normalize.py")] + (["--article", str(article)] if article else [])
    texts = sorted({c["text"] for c in cases})
    out = subprocess.run(cmd, input=json.dumps(texts), capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    secs = result["seconds"]
    print(f"nemo: start-up {result['startup_s']:.1f} s ({result['startup_cpu_s']:.1f} s CPU), "
          f"{len(secs)} sentences, median {statistics.median(secs) * 1000:.0f} ms, mean "
          f"{statistics.mean(secs) * 1000:.0f} ms"
          + (f"; article {result['article_s']:.1f} s ({result['article_cpu_s']:.1f} s CPU) for "
             f"{result['article_paragraphs']} paragraphs" if "article_s" in result else ""),
          file=sys.stderr)
    return dict(zip(texts, result["spoken"]))


def score(cases: list[dict], speak) -> list[dict]:
    results = []
    for case in cases:
        spoken = speak(case["text"])
        heard = hear(spoken)
        ok = any(heard == hear(alt) for r in case["readings"] for alt in _alternatives(r))
        results.append({**case, "spoken": spoken, "ok": ok})
    return results


def table(all_results: dict[str, list[dict]]) -> str:
    engines = list(all_results)
    rows: dict[tuple[str, str], dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for eng, results in all_results.items():
        for r in results:
            rows[(r["corpus"], r["class"])][eng].append(r["ok"])
            rows[(r["corpus"], "ALL")][eng].append(r["ok"])
    out = ["| corpus | class | n | " + " | ".join(engines) + " |",
           "|---|---|---|" + "---|" * len(engines)]
    for (corpus, cls) in sorted(rows, key=lambda k: (k[0], k[1] == "ALL", k[1])):
        cell = rows[(corpus, cls)]
        n = len(next(iter(cell.values())))
        marks = " | ".join(f"{sum(cell[e])}/{n} {sum(cell[e]) / n:.0%}" for e in engines)
        name = f"**{cls}**" if cls == "ALL" else cls
        out.append(f"| {corpus} | {name} | {n} | {marks} |")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--no-dev", action="store_true")
    ap.add_argument("--nemo", type=Path)
    ap.add_argument("--engine", action="append")
    ap.add_argument("--nemo-python", default="python3",
                    help="the python of an environment with nemo-text-processing (for --engine nemo)")
    ap.add_argument("--nemo-article", type=Path, help="also time nemo on this whole article")
    ap.add_argument("--verbose", action="store_true", help="list the failures of the last engine")
    ap.add_argument("--show-check", action="store_true", help="list failures of the check split too")
    ap.add_argument("--json", type=Path, help="write every case's spoken text and verdict")
    args = ap.parse_args(argv)
    cases = [] if args.no_dev else load_dev(args.dev)
    if args.nemo:
        cases += load_nemo(args.nemo)
    if not cases:
        raise SystemExit("no cases: give --dev or --nemo")
    results = {}
    for name in args.engine or ["raw", "rules"]:
        if name == "nemo":
            readings = nemo_outputs(cases, args.nemo_python, args.nemo_article)
            speak = readings.__getitem__
        else:
            speak = _engine(name)
        t0 = time.perf_counter()
        results[name] = score(cases, speak)
        print(f"{name}: {len(cases)} cases in {time.perf_counter() - t0:.1f} s (with the judge)",
              file=sys.stderr)
    print(table(results))
    if args.verbose:
        last = list(results.values())[-1]
        for r in last:
            if not r["ok"] and (args.show_check or r["corpus"] != "dev-check"):
                print(f"FAIL [{r['corpus']}/{r['class']}] {r['text']!r}\n  spoken  {r['spoken']!r}\n"
                      f"  reading {r['readings'][0]!r}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

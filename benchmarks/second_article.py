"""A second article made from the reference, quoting some of the same people in another order
(for the check that a directory keeps each person's voice across episodes).

    python benchmarks/second_article.py ../shared/corpus/propublica-border-patrol.txt /tmp/second.txt

Takes the reference's paragraphs that quote Doris Meissner, Eduardo Peña, Jennifer Allen and
Armando Treviño (in that order: the reverse of the reference's first quotes) under a new title.
"""

import sys
from pathlib import Path

WHO = (("Meissner",), ("Peña",), ("Jennifer Allen",), ("Cmdr. Armando Treviño",))


def main() -> None:
    reference, out = Path(sys.argv[1]), Path(sys.argv[2])
    paragraphs = [p.strip() for p in reference.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    quoted = [p for p in paragraphs if p.startswith("“")]
    body = []
    for names in WHO:
        body += [p for p in paragraphs if any(n in p for n in names) and (p in quoted or "said" in p)
                 and p not in body]
    text = ("Mexican Officers and the Border Patrol, a Year On\n\nBy Audioed Test Desk\n\n"
            + "\n\n".join(body) + "\n")
    out.write_text(text, encoding="utf-8")
    print(f"{out}: {len(body)} paragraphs")


if __name__ == "__main__":
    main()

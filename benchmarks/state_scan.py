"""Every line of flattened pages with a state abbreviation and no place before it ("the S.C. Supreme Court"), as
`places.states` says it: run from two checkouts and diff the outputs to see what a change to the state rule moves
(session 48: 13 of 98 lines of the flattened GN1 and traf pages, all from a sentence break inside a name).

    python benchmarks/state_scan.py .corpora/flat-gn1 .corpora/flat-traf > OUT.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from audioed.script.normalize import places

for folder in sys.argv[1:]:
    for f in sorted(Path(folder).glob("*.txt")):
        for line in f.read_text(errors="replace").splitlines():
            line = line.strip()
            if places._ANY_STATE.search(line):
                print(places.states(line))

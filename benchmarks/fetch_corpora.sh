#!/usr/bin/env bash
# Fetches the development corpora the reading and normalization benchmarks read, into
# .corpora/ in this checkout (git-ignored: the pages are their publishers', PolNeAR states no
# licence, so none of it is ever committed). Needs git and the network; run from anywhere.
#   bash benchmarks/fetch_corpora.sh            # all of them
#   bash benchmarks/fetch_corpora.sh readability polnear nemo gum aeb traf postlight fundus wcxb gn1 chaos
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .corpora
declare -A REPO=(
    [readability]=https://github.com/mozilla/readability      # test/test-pages: HTML, expected article and metadata
    [polnear]=https://github.com/networkdynamics/PolNeAR      # attributions; use train/dev, never tune on test
    [nemo]=https://github.com/NVIDIA/NeMo-text-processing     # tests/nemo_text_processing/en/data_text_normalization
    [gum]=https://github.com/amir-zeldes/gum                  # dep/GUM_news_*.conllu: Wikinews (CC BY 2.5), annotations CC BY 4.0
    [aeb]=https://github.com/scrapinghub/article-extraction-benchmark  # html/ID.html.gz + ground-truth.json (MIT; pages are their publishers')
    [traf]=https://github.com/adbar/trafilatura              # tests/evaldata.json + tests/eval, tests/cache/*.html (Apache-2.0; pages are their publishers'); held out
    [postlight]=https://github.com/postlight/parser           # fixtures/*.html + src/extractors/custom/*/index.test.js (MIT or Apache-2.0; pages are their publishers'); half b held out
    [fundus]=https://github.com/flairNLP/fundus                # tests/resources/parser/test_data/CC/*.html.gz + PUBLISHER.json (MIT; pages are their publishers'); half b held out
    [wcxb]=https://github.com/Murrough-Foley/web-content-extraction-benchmark  # metadata.json + dev|test/html/ID.html.gz + ground-truth/ID.json (CC-BY-4.0; pages are their publishers'); articles only, half b figures only, test held
    [gn1]=https://github.com/geodrome/page-signal             # L3S-GN1-20100130203947-00001/{original,annotated}/UUID.html + url-mapping.txt (L3S: research use only; the copy's repository states none; pages are their publishers'); half test held
    [chaos]=https://github.com/MSVCode/ir-research-data     # into .corpora/irdata: Extraction/chaos-all/{html/WORD (N).htm,gold/WORD (N).txt} (terms: research purpose only; pages are their publishers'); half test held
)
for name in "${@:-readability polnear nemo gum aeb traf postlight fundus wcxb gn1 chaos}"; do
    for n in $name; do
        dir=".corpora/$n"; [ "$n" = chaos ] && dir=.corpora/irdata  # (the repository holds more than the set)
        if [ -d "$dir/.git" ]; then echo "$dir: already there"; continue; fi
        git clone --depth 1 "${REPO[$n]}" "$dir"
    done
done

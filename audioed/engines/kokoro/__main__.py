"""`python -m audioed.engines.kokoro install KOKORO-JS.tgz|DIR [TARGET]`: the set-up step for the voices."""

import sys

from audioed.engines.kokoro.voices import main

sys.exit(main())

"""Command-line entry to ``tests/evaluation/extraction.py`` (the scorer the tests use too).

    python benchmarks/eval_extraction.py --help
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repo root, for tests/

from tests.evaluation.extraction import main  # noqa: E402

if __name__ == "__main__":
    main()

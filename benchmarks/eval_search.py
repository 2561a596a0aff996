"""Command-line entry to ``tests/evaluation/search.py`` (the scorer the tests use too).

    python benchmarks/eval_search.py --help
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repo root, for tests/

from tests.evaluation.search import main  # noqa: E402

if __name__ == "__main__":
    main()

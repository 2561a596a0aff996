"""Command-line entry to ``tests/evaluation/classification.py`` (business-area accuracy on
every answer key; the figures the README quotes).

    python benchmarks/eval_classification.py -v
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repo root, for tests/

from tests.evaluation.classification import main  # noqa: E402

if __name__ == "__main__":
    main()

"""Move finished batches of real letters into corpus/real/dev and corpus/real/test.

    .venv/bin/python scripts/split-real-corpus.py corpus/real/incoming/b1 [...]

The split is by site, fixed in advance and blind to the letters: a site whose
SHA-1 is 0 modulo 3 goes to test, every other site to dev. So a site is never in
both, about a third of the sites are test, and no one chooses which. Prints
counts only: the test letters are not to be read.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

REAL = Path(__file__).resolve().parent.parent / "corpus" / "real"


def is_test_site(site: str) -> bool:
    return int(hashlib.sha1(site.lower().encode()).hexdigest(), 16) % 3 == 0


def main(batches: list[str]) -> int:
    moved = {"dev": 0, "test": 0}
    for batch in map(Path, batches):
        for labels in sorted(batch.glob("*.json")):
            site = json.loads(labels.read_text("utf-8"))["site"]
            split = "test" if is_test_site(site) else "dev"
            target = REAL / split
            target.mkdir(parents=True, exist_ok=True)
            for path in (labels, labels.with_suffix(".txt")):
                shutil.move(path, target / path.name)
            moved[split] += 1
    for split in ("dev", "test"):
        letters = sorted((REAL / split).glob("*.json"))
        sites = {json.loads(p.read_text("utf-8"))["site"] for p in letters}
        print(f"{split}: moved {moved[split]}, now {len(letters)} letters from {len(sites)} sites")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

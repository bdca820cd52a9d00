#!/usr/bin/env bash
# Train the sentence judge from corpus/ and training/data/, and ship it in the package.
#   bash training/train.sh
# Deterministic on CPU (seed 0); takes a few minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
$PY training/build_data.py
rm -rf training/output
$PY -m spacy train training/config.cfg --output training/output --code training/architecture.py
rm -rf letterlint/letter/data/judge
mkdir -p letterlint/letter/data
cp -r training/output/model-best letterlint/letter/data/judge
du -sh letterlint/letter/data/judge

#!/usr/bin/env bash
# Train the sentence judge from corpus/ and training/data/, and ship it in the package.
#   bash training/train.sh
# Two judges, base (the team's letters, sets 1-18, real dev) and wide (also every read
# held-out set, real dev counted three times), averaged into one (training/average.py).
# Deterministic on CPU (seed 0); takes about ten minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
rm -rf training/output
for judge in base wide; do
  flags=()
  if [ "$judge" = wide ]; then flags=(--read-sets); fi
  $PY training/build_data.py "${flags[@]}" --out "training/corpus/$judge"
  $PY -m spacy train training/config.cfg --output "training/output/$judge" \
    --code training/architecture.py \
    --paths.train "training/corpus/$judge/train.spacy" --paths.dev "training/corpus/$judge/dev.spacy"
done
rm -rf letterlint/letter/data/judge
mkdir -p letterlint/letter/data
$PY training/average.py training/output/base/model-best training/output/wide/model-best \
  letterlint/letter/data/judge
du -sh letterlint/letter/data/judge

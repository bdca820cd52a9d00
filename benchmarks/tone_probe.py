"""The tone check beside a sentiment lexicon on sentences written to probe both:
plainly hostile, sarcastic or presumptuous sentences, and courteous ones full of
negative words. A probe, not a benchmark of accuracy on real letters (that is
benchmarks/accuracy.py): the judge's training sentences were written with the same
failures in mind, so read it as a check that the judge learned them.

    .venv/bin/python benchmarks/tone_probe.py
    .venv/bin/python benchmarks/tone_probe.py corpus/probes/plain-hostility-blind

With a folder (``corpus/probes/*/``): its ``hostile.tsv`` and ``courteous.tsv``, one
``KIND<TAB>sentence`` a line, each sentence alone in a courteous letter; prints how
many of each kind the tone check flags (any LL4xx finding) beside VADER (compound
<= -0.05), without LanguageTool.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from letterlint import Linter  # noqa: E402

LETTER = "Dear Ms. Park,\n\n{sentence}\n\nBest,\nSam"

HOSTILE = [
    "Frankly, your team misled me about the salary band during the interview.",
    "The whole process was a lesson in how not to run a hiring round.",
    "Honestly, the main reason I'm writing is to complain about how I was treated.",
    "Thanks for the extra forty minutes to study the carpet in your lobby.",
    "I've already told my landlord I'm moving, so let me know where to send my payroll details.",
    "I understand a short reply must take enormous effort on your side.",
    "My current manager is an idiot, which is why I need out.",
    "I suppose you've already picked someone's nephew, as usual.",
    "It was rude of the panel to check their phones while I was speaking.",
    "If I don't hear by Friday I'll assume your company simply doesn't respect candidates.",
    "Your recruiter was unprofessional and frankly useless.",
    "I expect an answer today, not another week of silence.",
    "Good luck finding anyone as qualified as me at that salary.",
    "I was shocked at how badly prepared your interviewers were.",
    "Clearly punctuality isn't something your managers value.",
]

COURTEOUS = [
    "I have another offer that needs an answer by Friday, so I wanted to let you know.",
    "I was disappointed to hear the news, but I appreciate you letting me know.",
    "I'm sorry I missed your call on Tuesday.",
    "The churn problem you described is one I'd love to help solve.",
    "Unfortunately I'll be travelling on Monday, but I'm free any time after that.",
    "I hate to miss the chance to say thanks again for your time.",
    "You mentioned the team struggled with late deliveries last winter.",
    "No doubt the new warehouse will keep everyone busy.",
    "I know how hectic the end of the quarter can be, so no rush at all.",
    "I was sad to hear about the flooding at your Leeds branch.",
]



FRAME = (
    "Dear Ms Hale,\n\nThank you for meeting me on Tuesday about the coordinator role. "
    "{sentence}\n\nI enjoyed hearing about the new booking system and I would love to "
    "join the team.\n\nBest regards,\nSam Lee\n"
)
"""The courteous letter a probe sentence sits alone in (its only possible barb)."""


def probe_folder(folder: Path) -> int:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyser = SentimentIntensityAnalyzer()
    with Linter(select=["tone"]) as linter:
        for name in ("hostile", "courteous"):
            rows = [line.split("\t", 1) for line in
                    (folder / f"{name}.tsv").read_text(encoding="utf-8").splitlines() if line]
            ours: Counter[str] = Counter()
            lexicon: Counter[str] = Counter()
            total: Counter[str] = Counter()
            for kind, sentence in rows:
                report = linter.lint(FRAME.format(sentence=sentence))
                total[kind] += 1
                ours[kind] += any(f.check == "tone" for f in report.findings)
                lexicon[kind] += analyser.polarity_scores(sentence)["compound"] <= -0.05
            print(f"{name} ({folder.name}): flagged of each kind, tone check / VADER")
            for kind in total:
                print(f"  {kind:<20} {ours[kind]:>3} / {lexicon[kind]:>3} of {total[kind]}")
            print(f"  {'total':<20} {sum(ours.values()):>3} / {sum(lexicon.values()):>3} "
                  f"of {sum(total.values())}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path,
                        help="a probe folder with hostile.tsv and courteous.tsv")
    folder = parser.parse_args().folder
    if folder is not None:
        return probe_folder(folder)
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyser = SentimentIntensityAnalyzer()
    print(f"{'sentence':<72} {'tone check':>10} {'VADER':>6}")
    totals = {}
    with Linter() as linter:
        for kind, sentences in (("hostile", HOSTILE), ("courteous", COURTEOUS)):
            ours = lexicon = 0
            for sentence in sentences:
                report = linter.lint(LETTER.format(sentence=sentence), select=["tone"])
                flagged = any(f.check == "tone" for f in report.findings)
                negative = analyser.polarity_scores(sentence)["compound"] <= -0.05
                ours += flagged
                lexicon += negative
                print(f"{sentence[:70]:<72} {'flagged' if flagged else '-':>10} "
                      f"{'flagged' if negative else '-':>6}")
            totals[kind] = (ours, lexicon, len(sentences))
    for kind, (ours, lexicon, count) in totals.items():
        print(f"{kind}: tone check flags {ours} of {count}, VADER (compound <= -0.05) {lexicon}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

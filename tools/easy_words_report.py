#!/usr/bin/env python3
"""Print how easy the pupil texts are, for a reviewer of the wording (issue 17, easy words).

    .venv/bin/python tools/easy_words_report.py [--alle]

For every kind of pupil text: how many texts hold a word that is neither in bekende-woorden.txt nor explained in
moeilijke-woorden.toml (names of richtingen, domains and programmes do not count), and which words. The
questionnaire, zinnen.toml, advies.j2, the finaliteiten and the domains must have none (tests/core/test_easy_words.py);
activities and descriptions are measured: their trade words are the richting's own. ouders.j2 is listed too.
With --alle every text with an unknown word is printed, not only a summary.
"""

import statistics
import sys
from collections import Counter

from studiekeuze.texts import easy_words, pupil_texts


def main(argv: list[str]) -> int:
    everything = "--alle" in argv
    checker = easy_words.default().with_names(pupil_texts.content_names())
    content = pupil_texts.content_texts()
    groups = {
        "vragenlijst": pupil_texts.questionnaire_texts(),
        "zinnen.toml": pupil_texts.sentence_texts(),
        "advies.j2": pupil_texts.advice_texts(),
        "ouders.j2": pupil_texts.advice_texts("ouders.j2", "ouders"),
        "finaliteiten en domeinen": [t for t in content if not t.plaats.startswith("richtingen/")],
        "activiteiten": [t for t in content if t.plaats.startswith("richtingen/")],
    }
    for name, texts in groups.items():
        flagged = [(text, checker.unknown(text.tekst, text.soort)) for text in texts]
        flagged = [(text, words) for text, words in flagged if words]
        words = Counter(word.lower() for _text, found in flagged for word in found)
        print(f"{name}: {len(flagged)} van {len(texts)} teksten met onbekende woorden ({len(words)} verschillende)")
        if words:
            print("  meest: " + ", ".join(f"{word} ({count})" for word, count in words.most_common(30)))
        for text, found in flagged if everything or len(flagged) <= 10 else []:
            print(f"  {text.plaats}: {', '.join(found)}")

    shares = []
    for text in pupil_texts.descriptions():
        unknown, total = checker.share(text.tekst, text.soort)
        if total:
            shares.append((unknown / total, unknown, total, text, checker.unknown(text.tekst, text.soort)))
    shares.sort(key=lambda row: row[0], reverse=True)
    values = [row[0] for row in shares]
    print(f"beschrijvingen: {len(shares)}; aandeel onbekende woorden: gemiddeld {statistics.mean(values):.1%}, "
          f"mediaan {statistics.median(values):.1%}, hoogst {values[0]:.1%}; "
          f"{sum(v > 0.10 for v in values)} boven 10 %, {sum(v == 0 for v in values)} zonder")
    print("  de 20 moeilijkste:")
    for share, unknown, total, text, found in shares[:20]:
        print(f"  {share:5.1%} ({unknown}/{total}) {text.plaats}: {', '.join(found)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

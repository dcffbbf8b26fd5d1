"""Print how the interest items' domain tags agree with the richtingen' profiles, for a reviewer of the items.

    .venv/bin/python tools/item_domain_consistency.py

For every (studiedomein, scale) that some item is tagged with: the order of the letters in the mean profile of the
domain's 2nd- and 3rd-graad richtingen, whether the scale is among the two strongest ("ok") or not ("uitleg": the
pair must be explained in tests/core/test_questionnaire_items.py), and how many of the domain's richtingen have the
scale among their own two strongest letters. Uses the content database in STUDIEKEUZE_HOME (built when needed).
"""

from studiekeuze.content.repository import ContentRepository
from studiekeuze.models import RIASEC


def strongest_two(profile: dict[str, float]) -> set[str]:
    second = sorted(profile.values(), reverse=True)[1]
    return {letter for letter, value in profile.items() if value >= second}


def main() -> None:
    repository = ContentRepository.open_default()
    profiles = repository.riasec_profiles()
    members: dict[str, list[str]] = {}
    for groepnummer, summary in repository.summaries.items():
        if summary.graad in (2, 3):
            for domein in summary.domeinen:
                members.setdefault(domein, []).append(groepnummer)
    tagged: dict[tuple[str, str], list[str]] = {}
    for vraag in repository.vragenlijst.vragen:
        for domein in vraag.domeinen:
            tagged.setdefault((domein, vraag.schaal), []).append(vraag.id)
    for (domein, letter), ids in sorted(tagged.items()):
        group = members[domein]
        mean = {x: sum(profiles[g][x] for g in group) / len(group) for x in RIASEC}
        order = "".join(sorted(RIASEC, key=lambda x: -mean[x]))
        backers = sum(letter in strongest_two(profiles[g]) for g in group)
        verdict = "ok    " if letter in strongest_two(mean) else "uitleg"
        print(f"{verdict} {domein:24} {letter}  profiel {order} ({letter} = {mean[letter]:.0f})  "
              f"{backers:3}/{len(group):3} richtingen  items {', '.join(ids)}")


if __name__ == "__main__":
    main()

"""Search that forgives, without SQL: safe FTS5 expressions, synonym groups, typo candidates and the ranking.

The repository asks the database which richtingen hold a word in which field; this module says what to ask
(the words typed, their synonyms, the spelling meant) and how the answers rank: a name before a search word or
synonym, before an occupation, before the description or the activities.
"""

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from studiekeuze.textnorm import fold, words

MAX_TERMS = 12
MAX_TERM_LENGTH = 40

# The fields of the search index, in the order a result names them ("gevonden in: naam, beroepen").
NAAM, ZOEKTERMEN, SYNONIEM, BEROEPEN, BESCHRIJVING, ACTIVITEITEN = (
    "naam", "zoektermen", "synoniem", "beroepen", "beschrijving", "activiteiten")
FIELD_ORDER = (NAAM, ZOEKTERMEN, SYNONIEM, BEROEPEN, BESCHRIJVING, ACTIVITEITEN)
INDEX_COLUMNS = (NAAM, ZOEKTERMEN, BEROEPEN, BESCHRIJVING, ACTIVITEITEN)
# Where a synonym is looked for: what a richting is called and what it leads to, never its running text (a
# synonym of "zorg" in a description is as likely to be "je zorgt voor een mooie lak"). The name first: it weighs more.
SYNONYM_COLUMNS = ((NAAM,), (ZOEKTERMEN, BEROEPEN))
# A word of one or two letters says too little to search running text with ("me" is in "met", "meer", "mensen").
SHORT_WORD = 2
SHORT_WORD_COLUMNS = (NAAM, ZOEKTERMEN, BEROEPEN)
# Small words that fit every richting: ignored beside other words ("zorg en welzijn" is "zorg welzijn"), and searched
# only in names and the like when typed alone (the start of "energie").
STOP_WORDS = frozenset(["de", "het", "een", "en", "of", "in", "op", "van", "voor", "met", "te", "aan", "bij", "naar",
                        "je", "om", "als", "tot", "uit", "ik"])

# What one search word is worth per field. A name beats a search word, which beats an occupation, and any of them
# beats the description or the activities by far, so "computer" puts Industriële ICT above a richting whose
# description mentions a computer-controlled machine.
FIELD_WEIGHT = {NAAM: 100.0, ZOEKTERMEN: 70.0, BEROEPEN: 40.0, BESCHRIJVING: 8.0, ACTIVITEITEN: 8.0}
# A word inside a compound name ("zorg" in Gezondheidszorg, "kok" in Grootkeukenkok): a name, but less sure than a
# synonym ("zorg" is also inside Textielverzorging).
NAME_PART_WEIGHT = 30.0
# A synonym is a good lead, but what was typed counts more.
SYNONYM_FACTOR = 0.6
# A corrected spelling is almost surely what was meant.
FUZZY_FACTOR = 0.9
# How close the name is to what was typed, among richtingen found equally well: the name starts with the whole text
# (the richting being spelled out), its first word starts with the first search word, and the search words make up
# most of the name ("Zorg & Welzijn" → Zorg en welzijn before Assistentie in wonen, zorg en welzijn).
NAME_START_BONUS = 50.0
FIRST_WORD_BONUS = 25.0
NAME_COVERAGE_BONUS = 25.0

# Typo tolerance: words shorter than this are not corrected (too many near neighbours); longer words may be off by
# one edit, long words by two. Only the nearest spellings are searched, and only as many as this.
MIN_FUZZY_LENGTH = 4
LONG_WORD = 8
MAX_FUZZY_TERMS = 8
FUZZY_CANDIDATES = 40
# A typed word in no synonym group may be the start of a group word from this many letters on ("compu").
MIN_SYNONYM_PREFIX = 4


def search_words(text: str) -> list[str]:
    """The distinct search words of a text, folded, shortened and limited in number (any input is safe)."""
    found: list[str] = []
    for word in words(text):
        word = word[:MAX_TERM_LENGTH]
        if word not in found:
            found.append(word)
        if len(found) == MAX_TERMS:
            break
    return found


def content_words(found: list[str]) -> list[str]:
    """The search words without the small words that fit every richting, unless those are all there is."""
    kept = [word for word in found if word not in STOP_WORDS]
    return kept or found


def quoted(term: str, prefix: bool = True) -> str:
    """One FTS5 string: quotes doubled, so operators and quotes in the input are plain text."""
    return '"' + term.replace('"', '""') + '"' + ("*" if prefix else "")


def match_expression(text: str, any_word: bool = False) -> str:
    """`"zorg"* "welzijn"*` for "Zorg & Welzijn"; empty when the text holds no searchable word.

    Only word characters survive, each term is quoted (so FTS5 operators and quotes in the input are
    plain text) and gets `*` for search-as-you-type. `any_word` joins the terms with OR.
    """
    terms = [word[:MAX_TERM_LENGTH] for word in words(text)][:MAX_TERMS]
    return (" OR " if any_word else " ").join(quoted(term) for term in terms)


def column_expression(columns: Iterable[str], terms: Iterable[tuple[str, bool]]) -> str:
    """`{naam zoektermen} : ("ict" OR "informatica"*)`: any of the terms (each whole or as a prefix) in the columns."""
    alternatives = " OR ".join(quoted(term, prefix) for term, prefix in terms)
    return "{" + " ".join(columns) + "} : (" + alternatives + ")"


# --- synonyms --------------------------------------------------------------------------------------------------
class Synonyms:
    """Groups of everyday words that mean the same thing for a search (content/sources/synoniemen.toml)."""

    def __init__(self, groups: Iterable[Iterable[str]]) -> None:
        self.groups = [tuple(dict.fromkeys(fold(word) for word in group)) for group in groups]
        self._by_word: dict[str, set[int]] = {}
        for index, group in enumerate(self.groups):
            for word in group:
                self._by_word.setdefault(word, set()).add(index)
        self._words = sorted(self._by_word)

    @property
    def words(self) -> list[str]:
        return self._words

    def of(self, word: str) -> tuple[str, ...]:
        """The other words of every group `word` belongs to; a word of 4 letters or more that is in no group may be
        the start of a group word being typed ("compu" → the group of "computer")."""
        groups = set(self._by_word.get(word, ()))
        if not groups and len(word) >= MIN_SYNONYM_PREFIX:
            for candidate in self._words_starting_with(word):
                groups |= self._by_word[candidate]
        found: dict[str, None] = {}
        for index in sorted(groups):
            for other in self.groups[index]:
                if other != word:
                    found[other] = None
        return tuple(found)

    def _words_starting_with(self, prefix: str) -> list[str]:
        start = bisect_left(self._words, prefix)
        result = []
        for candidate in self._words[start:]:
            if not candidate.startswith(prefix):
                break
            result.append(candidate)
        return result


def synonym_terms(synonyms: Iterable[str]) -> list[tuple[str, bool]]:
    """Synonyms as FTS5 terms: whole words, so that a reviewer can see what each word finds ("it" must not find
    "Italiaans", "kunst" not "kunststoffen")."""
    return [(word, False) for word in synonyms]


# --- spelling --------------------------------------------------------------------------------------------------
def trigrams(word: str) -> set[str]:
    """The letter triples of a word, its start marked ("^me", "mec", …); no end mark, as a typed word may go on."""
    marked = "^" + word
    return {marked[i:i + 3] for i in range(len(marked) - 2)}


def max_edits(word: str) -> int:
    """How many letters a word may be off: none below 4 letters, one up to 7, two from 8 on."""
    if len(word) < MIN_FUZZY_LENGTH:
        return 0
    return 1 if len(word) < LONG_WORD else 2


def prefix_distance(word: str, term: str, limit: int) -> tuple[int, int]:
    """(edits, length): the fewest edits that turn `word` into a start of `term`, and how long that start is.

    A banded Levenshtein distance against every start of `term` at once; (limit + 1, 0) when more than `limit`
    edits are needed. "mechanik" → "mechanica": (1, 8), the start "mechanic". Written for speed (it runs for
    dozens of candidates on a keystroke): plain comparisons instead of min(), and a stop once a row is past the limit.
    """
    n = len(word)
    over = limit + 1
    previous = list(range(n + 1))  # row for the empty start of term
    best_edits, best_length = (previous[n], 0) if previous[n] <= limit else (over, 0)
    for j in range(1, min(len(term), n + limit) + 1):
        letter = term[j - 1]
        low = j - limit if j > limit else 1
        high = j + limit if j + limit < n else n
        current = [over] * (n + 1)
        current[0] = j if j < over else over
        left = current[low - 1]
        row_min = left
        for i in range(low, high + 1):
            value = previous[i - 1] + (word[i - 1] != letter)
            up = previous[i] + 1
            if up < value:
                value = up
            if left + 1 < value:
                value = left + 1
            if value > over:
                value = over
            current[i] = left = value
            if value < row_min:
                row_min = value
        edits = current[n]
        # Equal edits: the start closest to the word's length ("mechanic" for "mechanik", not "mechani").
        if edits < best_edits or (edits == best_edits and (best_length == 0 or abs(j - n) < abs(best_length - n))):
            best_edits, best_length = edits, j
        if row_min > limit:
            break
        previous = current
    return (best_edits, best_length) if best_edits <= limit else (over, 0)


def nearest_starts(word: str, candidates: Iterable[str]) -> list[tuple[str, str]]:
    """The starts of vocabulary words nearest to a word that matched nothing, each with a whole word it comes from:
    "electriciteit" → [("elektriciteit", "elektriciteit")], "mechanik" → [("mechanic", "mechanica")].

    Only the smallest number of edits found counts, and no more than MAX_FUZZY_TERMS different starts; a start that
    a shorter one already covers (as a prefix) is left out.
    """
    limit = max_edits(word)
    if limit == 0:
        return []
    found: dict[str, tuple[int, str]] = {}
    for term in candidates:
        if len(term) < len(word) - limit:
            continue  # even its whole is too short to be this word
        edits, length = prefix_distance(word, term, limit)
        if edits <= limit and length:
            start = term[:length]
            known = found.get(start)
            if known is None or (edits, len(term), term) < (known[0], len(known[1]), known[1]):
                found[start] = (edits, term)
    if not found:
        return []
    fewest = min(edits for edits, _term in found.values())
    # Closest to the word's own length first: "mechanika" means "mechanica", not "mechanic".
    nearest = sorted((start for start, (edits, _term) in found.items() if edits == fewest),
                     key=lambda start: (abs(len(start) - len(word)), start))
    kept: list[str] = []
    for start in sorted(nearest, key=len):
        if not any(start.startswith(shorter) for shorter in kept):
            kept.append(start)
    return [(start, found[start][1]) for start in nearest if start in kept][:MAX_FUZZY_TERMS]


# --- ranking ---------------------------------------------------------------------------------------------------
@dataclass
class WordHits:
    """For one search word: per richting, its best score and the fields it was found in."""

    scores: dict[str, float] = field(default_factory=dict)
    fields: dict[str, set[str]] = field(default_factory=dict)
    direct: set[str] = field(default_factory=set)  # found through the word itself or a synonym
    corrected: set[str] = field(default_factory=set)  # found through a corrected spelling

    def add(self, groepnummer: str, where: str, score: float, fuzzy: bool = False) -> None:
        if score > self.scores.get(groepnummer, 0.0):
            self.scores[groepnummer] = score
        self.fields.setdefault(groepnummer, set()).add(where)
        (self.corrected if fuzzy else self.direct).add(groepnummer)

    def add_all(self, groepnummers: Iterable[str], where: str, score: float, fuzzy: bool = False) -> None:
        """`add` for many richtingen at once (a short prefix finds hundreds; this is the search's inner loop)."""
        scores, fields = self.scores, self.fields
        seen = self.corrected if fuzzy else self.direct
        for groepnummer in groepnummers:
            if score > scores.get(groepnummer, 0.0):
                scores[groepnummer] = score
            found = fields.get(groepnummer)
            if found is None:
                fields[groepnummer] = {where}
            else:
                found.add(where)
            seen.add(groepnummer)

    @property
    def fuzzy_only(self) -> set[str]:
        return self.corrected - self.direct


def rank(per_word: list[WordHits], names: Mapping[str, str], text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(groepnummer, fields found in) of the richtingen found for every word, best first; when no richting has every
    word, those with any word.

    `names` holds each richting's name folded, its words joined by one space. Richtingen found only through a
    corrected spelling do not fill such a fallback: a typo fix must make the whole text fit, or it is not what was
    meant. This runs on every keystroke for up to every richting: kept to plain loops and cached field orders.
    """
    if not per_word:
        return []
    every = set(per_word[0].scores)
    for hits in per_word[1:]:
        every &= hits.scores.keys()
    if every:
        chosen = every
    else:
        chosen = set()
        for hits in per_word:
            chosen |= hits.scores.keys() - hits.fuzzy_only
    typed = words(text)
    ordered_fields: dict[frozenset[str], tuple[str, ...]] = {}
    scored = []
    for groepnummer in chosen:
        if len(per_word) == 1:
            total = per_word[0].scores[groepnummer]
            found = frozenset(per_word[0].fields[groepnummer])
        else:
            total = 0.0
            union: set[str] = set()
            for hits in per_word:
                total += hits.scores.get(groepnummer, 0.0)
                union |= hits.fields.get(groepnummer, union)
            found = frozenset(union)
        fields = ordered_fields.get(found)
        if fields is None:
            fields = ordered_fields[found] = tuple(where for where in FIELD_ORDER if where in found)
        name = names[groepnummer]
        scored.append((-(total + name_bonus(name, typed)), -len(fields), name, groepnummer, fields))
    scored.sort()
    return [(groepnummer, fields) for *_key, groepnummer, fields in scored]


def name_bonus(name: str, typed: list[str]) -> float:
    """Up to 100 points for a name close to the typed words (see NAME_START_BONUS); 0 when they are not in it.

    `name` is folded, its words joined by one space; a typed word is in it when a word of the name starts with it.
    """
    if not name or not typed:
        return 0.0
    bonus = 0.0
    if name.startswith(typed[0]):
        bonus += FIRST_WORD_BONUS
        if len(typed) == 1 or name.startswith(" ".join(typed)):
            bonus += NAME_START_BONUS
    spaced = " " + name
    for word in typed:
        if " " + word not in spaced:
            return bonus
    return bonus + NAME_COVERAGE_BONUS * min(1.0, len(typed) / (name.count(" ") + 1))

"""Easy words: which words of a pupil text a 12-year-old newcomer may not know, and the hard words in it with their
explanation (for a tooltip in the app, a legend on paper).

Two reviewed content files feed it: `bekende-woorden.txt` (the words a newcomer knows, from a word-frequency list)
and `moeilijke-woorden.toml` (field terms with a plain alternative or a one-line explanation). The app needs one
call per text:

    from studiekeuze.texts import easy_words
    for hit in easy_words.explain(text):      # each hard word in `text`, in order, with where it stands
        ... hit.woord, hit.start, hit.end, hit.uitleg, hit.tooltip ...  # explain(text, once=True): first only
    easy_words.legend(*texts)                 # the hard words of several texts, each once: a PDF footnote

A word counts as known when the list holds it, when it is an inflection of a word the list holds ("vakken" of
"vak", "planeten" of "planeet", "gekookt" of "koken"), or when it is a compound of known words ("sportwedstrijd").
A hard word is matched in all its forms, also inside a compound ("graduaatsdiploma" is explained as "graduaat").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from studiekeuze import resources
from studiekeuze.safefiles import read_limited

KNOWN_WORDS_FILE = "bekende-woorden.txt"
HARD_WORDS_FILE = "moeilijke-woorden.toml"
MAX_LIST_BYTES = 2_000_000

# The kinds of pupil text a hard word may be used in (always with its explanation shown beside it).
TEKSTSOORTEN = {
    "vragenlijst": "de vragen en antwoorden van de vragenlijst (vragenlijst.toml)",
    "zinnen": "de korte zinnen van de app en de suggesties (texts/zinnen.toml)",
    "advies": "het advies op papier (advice/templates/advies.j2)",
    "ouders": "de bladzijde voor ouders (advice/templates/ouders.j2)",
    "inhoud": "wat de inhoud over richtingen, domeinen en finaliteiten zegt (activiteiten, uitleg, beschrijving)",
}

# A word: letters (an apostrophe inside: "zo'n", "foto's"). Digits ("7de", "2026") and single letters are no words.
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
# Separable parts that start a known verb or noun: "na" + "kijken", "op" + "lossen", "uit" + "zoeken".
_PARTICLES = ("aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "samen", "terug", "toe", "uit",
              "voor", "weg")
# Endings of inflections and diminutives, longest first so "tjes" is tried before "s".
_ENDINGS = ("etjes", "etje", "tjes", "pjes", "kjes", "jes", "tje", "pje", "kje", "ste", "ten", "den", "ere", "je",
            "en", "te", "de", "er", "st", "'s", "s", "n", "e", "t", "d")
_VOWELS = "aeiou"
_MIN_PART = 3  # a compound's parts have at least 3 letters, so that "be" + "ter" never makes a word known
_MAX_PARTS = 3


def word_key(text: str) -> str:
    """Lower case without accents: "ideeën" and "ideeen", "één" and "een" are one word here."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@dataclass(frozen=True)
class HardWord:
    """A hard word of moeilijke-woorden.toml: its term, forms, plain alternative and/or explanation, and the kinds
    of pupil text (TEKSTSOORTEN) that may use it, with the explanation shown."""

    term: str
    uitleg: str
    alternatief: str = ""
    vormen: tuple[str, ...] = ()
    teksten: frozenset[str] = frozenset()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.term, *self.vormen)


@dataclass(frozen=True)
class Explanation:
    """One hard word found in a text: as written (`woord`, at text[start:end]) and what to show for it."""

    woord: str
    start: int
    end: int
    term: str
    uitleg: str
    alternatief: str

    @property
    def tooltip(self) -> str:
        """What a tooltip or a footnote says: "graduaat: Een praktische opleiding van 2 jaar …"; for a word with only
        an alternative, that alternative ("volwaardig: even goed")."""
        return f"{self.term}: {self.uitleg or self.alternatief}"


class KnownWords:
    """The words a newcomer knows, with Dutch inflections and compounds of known words."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(word_key(word) for word in words)

    def __len__(self) -> int:
        return len(self.words)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and _Analyser(self.words, {}).verdict(word_key(word)) is True


def _bases(word: str) -> list[str]:
    """The words `word` may be an inflection or diminutive of: "vakken" → "vak", "planeten" → "planeet",
    "gekookt" → "koken", "ordelijke" → "ordelijk"."""
    stems = [word]  # a verb's bare stem: "bespreek" of "bespreken"
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_PART:
            stems.append(word[: -len(ending)])
    if word.startswith("ge") and len(word) > 5:  # a past participle: ge-kook-t, ge-schreven
        inner = word[2:]
        stems += [inner] + [inner[: -len(e)] for e in ("t", "d", "en", "n") if inner.endswith(e)]
    bases = []
    for stem in stems:
        variants = [stem]
        if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:  # vakk-en → vak
            variants.append(stem[:-1])
        if len(stem) >= 3 and stem[-1] not in _VOWELS and stem[-2] in _VOWELS and stem[-3] not in _VOWELS:
            variants.append(stem[:-1] + stem[-2] + stem[-1])  # planet-en → planeet
            variants.append(stem + stem[-1])  # vul-t → vull(-en), knip-t → knipp(-en)
        if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou" and stem[-1] not in _VOWELS:
            variants.append(stem[:-2] + stem[-1])  # bespreek-t → besprek(-en), kook-t → kok(-en)
        for variant in list(variants):
            if variant.endswith("v"):
                variants.append(variant[:-1] + "f")  # lev-en → leef
            if variant.endswith("z"):
                variants.append(variant[:-1] + "s")  # kiez-en → kies
        for variant in variants:
            bases += [variant, variant + "en"]
    return bases


Verdict = HardWord | bool | None  # True: known; a HardWord: is or holds that hard word; None: unknown


class _Analyser:
    """Decides, word by word, whether a folded word is known, a hard word (also inflected or in a compound), or
    unknown; remembers every verdict."""

    def __init__(self, known: frozenset[str], hard: dict[str, HardWord]) -> None:
        self.known = known
        self.hard = hard
        self._verdicts: dict[tuple[str, int], Verdict] = {}

    def verdict(self, word: str, parts: int = _MAX_PARTS) -> Verdict:
        key = (word, parts)
        if key not in self._verdicts:
            self._verdicts[key] = self._decide(word, parts)
        return self._verdicts[key]

    def _single(self, word: str) -> Verdict:
        if word in self.hard:
            return self.hard[word]
        if word in self.known:
            return True
        for base in _bases(word):
            if base in self.hard:
                return self.hard[base]
            if base in self.known:
                return True
        return None

    def _decide(self, word: str, parts: int) -> Verdict:
        verdict = self._single(word)
        if verdict is not None or parts < 2:
            return verdict
        # A compound: a known (or hard) head, an optional linking s, e or en, and a tail that is analysed in turn.
        # A split that holds a hard word wins over one that does not ("doorstroom-richting", not "door-stroom…").
        known_split = False
        for cut in range(1, len(word) - _MIN_PART + 1):
            head, tail = word[:cut], word[cut:]
            if head not in _PARTICLES and len(head) < _MIN_PART:
                continue
            head_verdict = self._head(head)
            if head_verdict is None:
                continue
            tail_verdict = self.verdict(tail, parts - 1)
            if tail_verdict is None:
                continue
            for part in (head_verdict, tail_verdict):
                if isinstance(part, HardWord):
                    return part
            known_split = True
        return True if known_split else None

    def _head(self, head: str) -> Verdict:
        if head in _PARTICLES:
            return True
        candidates = [head]
        if head.endswith(("s", "e")) and len(head) > _MIN_PART:
            candidates.append(head[:-1])  # arbeid-s-markt
        if head.endswith("en") and len(head) > _MIN_PART + 1:
            candidates.append(head[:-2])  # klass-en-raad
        for candidate in candidates:
            if candidate in self.hard:
                return self.hard[candidate]
            if candidate in self.known:
                return True
        return None


def _phrases(phrases: Iterable[str], flags: int = 0) -> re.Pattern[str] | None:
    """One pattern for whole words or phrases, longest first; spaces match any white space."""
    alternatives = sorted({p.strip() for p in phrases if p and p.strip()}, key=len, reverse=True)
    if not alternatives:
        return None
    body = "|".join(r"\s+".join(re.escape(part) for part in phrase.split()) for phrase in alternatives)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)


class EasyWords:
    """A checker for one word list and glossary; `names` (richting, domain and programme names) are never flagged."""

    def __init__(self, known: KnownWords, glossary: Sequence[HardWord], names: Iterable[str] = ()) -> None:
        self.known = known
        self.glossary = tuple(glossary)
        self._by_form = {word_key(form): word for word in self.glossary for form in word.forms}
        self._hard_pattern = _phrases((form for word in self.glossary for form in word.forms), re.IGNORECASE)
        self._names = tuple(names)
        self._name_pattern = _phrases(self._names)
        self._analyser = _Analyser(known.words, self._by_form)

    def with_names(self, names: Iterable[str]) -> EasyWords:
        """The same checker that also ignores these names (official names are never rewritten)."""
        return EasyWords(self.known, self.glossary, (*self._names, *names))

    def explain(self, text: str, once: bool = False) -> list[Explanation]:
        """Every hard word in `text`, in the order they stand, each occurrence with its place: for tooltips.
        With `once`, only the first occurrence of each term (a page that marks "richting" once, not ten times)."""
        found, seen = [], set()
        for start, end, word in self._scan(text):
            if word is not None and not (once and word.term in seen):
                found.append(Explanation(text[start:end], start, end, word.term, word.uitleg, word.alternatief))
                seen.add(word.term)
        return found

    def legend(self, *texts: str) -> list[HardWord]:
        """The hard words of `texts`, each once, in the order they first appear: a footnote or legend on paper."""
        seen: dict[str, HardWord] = {}
        for text in texts:
            for _start, _end, word in self._scan(text):
                if word is not None:
                    seen.setdefault(word.term, word)
        return list(seen.values())

    def unknown(self, text: str, tekstsoort: str) -> list[str]:
        """The words of `text` a newcomer may not know and that nothing explains, each once, as written: words that
        are neither known nor a name, and hard words that this kind of text (TEKSTSOORTEN) may not use."""
        found: dict[str, str] = {}
        for word in self._unexplained(text, tekstsoort):
            found.setdefault(word_key(word), word)
        return list(found.values())

    def share(self, text: str, tekstsoort: str) -> tuple[int, int]:
        """(how many words of `text` are unknown and unexplained, counted each time; how many words it has)."""
        words = sum(1 for match in _TOKEN.finditer(text) if not _not_a_word(match.group(0)))
        return len(self._unexplained(text, tekstsoort)), words

    def _unexplained(self, text: str, tekstsoort: str) -> list[str]:
        if tekstsoort not in TEKSTSOORTEN:
            raise ValueError(f"onbekende tekstsoort {tekstsoort!r}; kies uit {', '.join(TEKSTSOORTEN)}")
        if self._name_pattern:
            text = self._name_pattern.sub(lambda match: " " * len(match.group(0)), text)
        return [text[start:end] for start, end, word in self._scan(text)
                if word is None or tekstsoort not in word.teksten]

    def _scan(self, text: str) -> list[tuple[int, int, HardWord | None]]:
        """(start, end, hard word) of every hard word in `text` and (start, end, None) of every unknown word."""
        hits: list[tuple[int, int, HardWord | None]] = []
        taken = bytearray(len(text))
        if self._hard_pattern:
            for match in self._hard_pattern.finditer(text):
                # The pattern ignores case as `re` does; a letter whose case folds otherwise is left to the words.
                word = self._by_form.get(word_key(" ".join(match.group(0).split())))
                if word is not None:
                    hits.append((match.start(), match.end(), word))
                    taken[match.start():match.end()] = b"\x01" * (match.end() - match.start())
        for match in _TOKEN.finditer(text):
            if taken[match.start()] or _not_a_word(match.group(0)):
                continue
            verdict = self._analyser.verdict(word_key(match.group(0)))
            if verdict is not True:
                hits.append((match.start(), match.end(), verdict if isinstance(verdict, HardWord) else None))
        return sorted(hits, key=lambda hit: hit[0])


def _not_a_word(token: str) -> bool:
    return len(token) < 2 or any(ch.isdigit() or ch == "_" for ch in token)


def read_known_words(path: Path) -> KnownWords:
    """The word list: one word a line; lines that start with # are its header (source and licence)."""
    lines = read_limited(path, MAX_LIST_BYTES, "De woordenlijst").decode("utf-8").splitlines()
    return KnownWords(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def known_words() -> KnownWords:
    return read_known_words(resources.content_sources_dir() / KNOWN_WORDS_FILE)


@cache
def glossary() -> tuple[HardWord, ...]:
    """The bundled hard words (validated; a bad row raises ContentError with file, row and reason)."""
    from studiekeuze.content.hard_words import read_hard_words  # the content layer validates the file

    return tuple(read_hard_words(resources.content_sources_dir() / HARD_WORDS_FILE, known_words()))


@cache
def default() -> EasyWords:
    return EasyWords(known_words(), glossary())


def explain(text: str, once: bool = False) -> list[Explanation]:
    """Every hard word in `text` with its explanation and place (see EasyWords.explain)."""
    return default().explain(text, once)


def legend(*texts: str) -> list[HardWord]:
    """The hard words of `texts`, each once (see EasyWords.legend)."""
    return default().legend(*texts)


def unknown_words(text: str, tekstsoort: str, names: Iterable[str] = ()) -> list[str]:
    """The words of `text` that are neither known nor explained there (see EasyWords.unknown)."""
    checker = default().with_names(names) if names else default()
    return checker.unknown(text, tekstsoort)

"""Turns anything a user types into a safe FTS5 MATCH expression (quoted prefix terms)."""

from studiekeuze.textnorm import words

MAX_TERMS = 12
MAX_TERM_LENGTH = 40


def match_expression(text: str, any_word: bool = False) -> str:
    """`"zorg"* "welzijn"*` for "Zorg & Welzijn"; empty when the text holds no searchable word.

    Only word characters survive, each term is quoted (so FTS5 operators and quotes in the input are
    plain text) and gets `*` for search-as-you-type. `any_word` joins the terms with OR.
    """
    terms = [word[:MAX_TERM_LENGTH] for word in words(text)][:MAX_TERMS]
    quoted = ['"' + term.replace('"', '""') + '"*' for term in terms]
    return (" OR " if any_word else " ").join(quoted)

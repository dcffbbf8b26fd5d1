"""Dutch wording for argparse's own messages, so that a typing error also gets a Dutch answer."""

import argparse

_MESSAGES = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "verwacht één waarde",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "not allowed with argument %s": "niet samen met argument %s",
    "one of the arguments %s is required": "één van deze argumenten is nodig: %s",
    "ambiguous option: %(option)s could match %(matches)s": "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
}


def _translate(message: str) -> str:
    return _MESSAGES.get(message, message)


def install() -> None:
    # argparse looks up its module-level `_` at call time, so replacing it translates its messages.
    argparse._ = _translate  # type: ignore[attr-defined]

"""Expected errors: each carries a Dutch message a user can act on; anything else is a bug."""


class StudiekeuzeError(Exception):
    """An error the user can do something about; `str(error)` is the Dutch message to show."""


class ContentError(StudiekeuzeError):
    """The content sources are not valid; `problems` lists every problem found, one line each."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        count = len(problems)
        heading = "1 probleem" if count == 1 else f"{count} problemen"
        super().__init__(f"De inhoud bevat {heading}:\n" + "\n".join(f"- {p}" for p in problems))


class NotFoundError(StudiekeuzeError):
    """What the user asked for does not exist (a richting, a file)."""


class InputFileError(StudiekeuzeError):
    """A file the user gave cannot be read or is not in the expected form."""


class WriteError(StudiekeuzeError):
    """A file could not be written (folder not writable, disk full, file open elsewhere)."""


class UnknownSituation(StudiekeuzeError):
    """Neither the pupil's current richting nor graad is known; each front end says how to give it."""

    def __init__(self) -> None:
        super().__init__("Het is niet bekend in welke graad of richting de leerling nu zit.")


class InvalidInput(StudiekeuzeError):
    """What the user typed cannot be used as it is (a name with invisible characters, text that is not text)."""


class StoreError(StudiekeuzeError):
    """The file with the pupils' sessions cannot be used safely; it is left exactly as it was."""


class UnknownLanguage(InvalidInput):
    """A home language for the parents' page that studiekeuze has no reviewed translation for."""

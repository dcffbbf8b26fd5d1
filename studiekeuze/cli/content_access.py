"""Commands that read the content database get it through `with_repository`, which always closes it again."""

import argparse
import functools
from collections.abc import Callable

from studiekeuze.content.repository import ContentRepository

Command = Callable[[argparse.Namespace, ContentRepository], int]


def with_repository(command: Command) -> Callable[[argparse.Namespace], int]:
    """`command(args, repository)` with the default content database, closed when the command ends or fails."""

    @functools.wraps(command)
    def run(args: argparse.Namespace) -> int:
        with ContentRepository.open_default() as repository:
            return command(args, repository)

    return run

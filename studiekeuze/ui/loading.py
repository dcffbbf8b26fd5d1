"""Loading the content database, Qt-free so it can start on a plain thread before Qt itself is imported."""

import threading
from concurrent.futures import Future


def load_content():
    """Open (and on first use build) the content database and read what every page needs."""
    from studiekeuze.content.repository import ContentRepository

    repository = ContentRepository.open_default()
    _ = repository.summaries, repository.vragenlijst  # read once here, not on the GUI thread
    return repository


def start_loading() -> Future:
    """Start load_content on a daemon thread now; the Future holds the repository or the error."""
    future: Future = Future()

    def work() -> None:
        try:
            future.set_result(load_content())
        except BaseException as error:
            future.set_exception(error)

    threading.Thread(target=work, name="inhoud-laden", daemon=True).start()
    return future

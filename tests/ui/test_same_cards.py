"""For the same pupil, the profile page, the printed sheet (the app's preview) and `advies --json` show the same cards
in the same order: one model behind the app, the PDF and the command line."""

import json

from studiekeuze.service.outcome import Keuzes
from studiekeuze.ui.mainwindow import ADVIES, PROFIEL
from tests.pdf_cards import card_titles
from tests.ui.conftest import start_demo_pupil


def shown_cards(window, qtbot) -> list[str]:
    window.show_page(PROFIEL)
    profile = window.profile
    qtbot.waitUntil(lambda: profile.outcome is not None and bool(profile.cards), timeout=10_000)
    return [card.kaart.naam for card in profile.cards]


def printed_cards(window, qtbot, before: bytes | None = None) -> list[str]:
    window.show_page(ADVIES)
    advice = window.advice
    qtbot.waitUntil(lambda: advice.preview_ready() and advice.pdf_bytes != before, timeout=20_000)
    return card_titles(advice.pdf_bytes)


def command_line_cards(window, tmp_path, monkeypatch, run_cli, session_home, *options: str) -> list[str]:
    """`advies --json` on the session's export (an answers file), with the test session's content cache."""
    export = tmp_path / "export.json"
    export.write_text(json.dumps(window.session.store.export(window.session.current.id)), encoding="utf-8")
    with monkeypatch.context() as patched:
        patched.setenv("STUDIEKEUZE_HOME", str(session_home))
        code, out, err = run_cli("advies", "--antwoorden", str(export), "--json", *options)
    assert (code, err) == (0, "")
    return [kaart["naam"] for groep in json.loads(out)["groepen"] for kaart in groep["kaarten"]]


def test_the_app_the_sheet_and_the_command_line_show_the_same_cards(window, qtbot, tmp_path, monkeypatch, run_cli,
                                                                    session_home):
    start_demo_pupil(window)
    on_screen = shown_cards(window, qtbot)
    assert on_screen
    assert printed_cards(window, qtbot) == on_screen
    assert command_line_cards(window, tmp_path, monkeypatch, run_cli, session_home) == on_screen
    # What the session keeps as "shown" is what was shown.
    kept = window.session.store.get(window.session.current.id).resultaat
    assert [s["naam"] for s in kept["suggesties"]] == on_screen


def test_the_counsellors_choices_reach_the_page_and_the_sheet_alike(window, qtbot, tmp_path, monkeypatch, run_cli,
                                                                     session_home):
    start_demo_pupil(window)
    before = shown_cards(window, qtbot)
    assert printed_cards(window, qtbot) == before
    sheet = window.advice.pdf_bytes
    window.show_page(PROFIEL)
    window.session.set_keuzes(Keuzes(extra=("Autotechnieken",), zonder=(before[1],)))
    qtbot.waitUntil(lambda: [c.kaart.naam for c in window.profile.cards] != before, timeout=10_000)
    on_screen = [card.kaart.naam for card in window.profile.cards]
    assert "Autotechnieken" in on_screen and before[1] not in on_screen
    added = next(card for card in window.profile.cards if card.kaart.naam == "Autotechnieken")
    assert added.evidence.text() == "Waarop steunt dit: gekozen door je begeleider"
    assert printed_cards(window, qtbot, sheet) == on_screen
    assert command_line_cards(window, tmp_path, monkeypatch, run_cli, session_home, "--extra", "Autotechnieken",
                              "--zonder", before[1]) == on_screen

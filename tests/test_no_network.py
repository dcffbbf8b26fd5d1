"""No network anywhere: a full session (search, questionnaire, matching, advice, class run) opens no socket."""

import shutil

from tests.conftest import DATA


def test_full_session_opens_no_socket(no_sockets, run_cli, tmp_path):
    answers = DATA / "answers" / "elektriciteit-handen.json"
    assert run_cli("zoek", "elektriciteit", "--json")[0] == 0
    assert run_cli("richting", "G-0081", "--json")[0] == 0
    assert run_cli("vragenlijst", "--kort", "--json")[0] == 0
    assert run_cli("profiel", "--antwoorden", str(answers), "--json")[0] == 0
    assert run_cli("match", "--antwoorden", str(answers), "--json")[0] == 0
    assert run_cli("advies", "--antwoorden", str(answers), "--notitie", "Open dag in maart.",
                   "--uit", str(tmp_path / "advies.pdf"))[0] == 0
    folder = tmp_path / "antwoorden"
    folder.mkdir()
    shutil.copy(answers, folder / "Yusuf.json")
    (tmp_path / "klas.csv").write_text("voornaam;klas\nYusuf;4B\n", encoding="utf-8")
    assert run_cli("klas", "--csv", str(tmp_path / "klas.csv"), "--antwoorden-map", str(folder),
                   "--uit", str(tmp_path / "uit"))[0] == 0
    assert no_sockets == [], f"studiekeuze opende een netwerkverbinding: {no_sockets}"


def test_no_network_library_is_imported_by_the_core():
    import subprocess
    import sys

    code = (
        "import sys, studiekeuze.cli, studiekeuze.classes.batch, studiekeuze.next_steps\n"
        "bad = [m for m in ('requests', 'httpx', 'urllib3', 'aiohttp', 'ftplib', 'smtplib')"
        " if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""

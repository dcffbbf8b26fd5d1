"""A bad source row fails the build with the file, the record and the problem; a good build is atomic."""


import pytest

from studiekeuze.content.build import build_database, ensure_database
from studiekeuze.errors import ContentError
from tests.core.conftest import content_problems, replace_in


def test_wrong_finaliteit_names_file_record_and_problem(sources_copy):
    path = sources_copy / "richtingen" / "kunst-en-creatie-graad2.toml"
    replace_in(path, 'finaliteit = "D/A"', 'finaliteit = "TSO"')
    message = content_problems(sources_copy)
    assert "richtingen/kunst-en-creatie-graad2.toml" in message
    assert "richting " in message and "(G-" in message
    assert "finaliteit moet D, D/A of A zijn" in message


def test_unknown_domain_is_reported(sources_copy):
    path = sources_copy / "richtingen" / "sport-graad2.toml"
    replace_in(path, 'domeinen = ["Sport"]', 'domeinen = ["Spord"]')
    assert "onbekend studiedomein 'Spord'" in content_problems(sources_copy)


def test_duplicate_groepnummer_is_reported(sources_copy):
    path = sources_copy / "richtingen" / "sport-graad2.toml"
    text = path.read_text(encoding="utf-8")
    first = text[text.index("[[richting]]"):text.index("[[richting]]", text.index("[[richting]]") + 1)]
    path.write_text(text + "\n" + first, encoding="utf-8")
    assert "groepnummer staat ook al in" in content_problems(sources_copy)


def test_toml_syntax_error_names_the_file(sources_copy):
    (sources_copy / "richtingen" / "sport-graad3.toml").write_text("[[richting]\nnaam = ", encoding="utf-8")
    message = content_problems(sources_copy)
    assert "richtingen/sport-graad3.toml, bestand: geen geldige TOML" in message


def test_transition_to_unknown_richting_is_reported(sources_copy):
    path = sources_copy / "richtingen" / "sport-graad2.toml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + '\n[[richting.overgang]]\nnaar = "G-9999"\nsoort = "logische_vervolgrichting"\nreden = "x"\nbron = ""\n',
        encoding="utf-8",
    )
    assert "onbekend groepnummer 'G-9999'" in content_problems(sources_copy)


def test_onderwijsvorm_in_pupil_text_is_refused(sources_copy):
    path = sources_copy / "richtingen" / "sport-graad2.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("beschrijving = ")
    end = text.index("\n", text.index('"""', start + 18) if text[start + 15:start + 21] != '""""""' else start) + 1
    long_text = "Dit is een richting in het TSO. " + "woord " * 70
    path.write_text(text[:start] + f'beschrijving = """{long_text}"""\n' + text[end:], encoding="utf-8")
    assert "'TSO' in een tekst voor leerlingen" in content_problems(sources_copy)


def test_failed_build_keeps_the_previous_database(sources_copy, tmp_path):
    target = tmp_path / "inhoud.sqlite"
    build_database(target, sources_copy)
    before = target.read_bytes()
    (sources_copy / "meta.toml").write_text('versie = ""\n', encoding="utf-8")
    with pytest.raises(ContentError):
        build_database(target, sources_copy)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".inhoud-")] == []


def test_changed_source_triggers_a_rebuild(sources_copy, tmp_path):
    target = tmp_path / "inhoud.sqlite"
    ensure_database(target, sources_copy)
    stamp = target.stat().st_mtime_ns
    ensure_database(target, sources_copy)
    assert target.stat().st_mtime_ns == stamp
    replace_in(sources_copy / "meta.toml", 'versie = "', 'versie = "x')
    ensure_database(target, sources_copy)
    assert target.stat().st_mtime_ns != stamp


def test_corrupt_database_file_is_rebuilt(sources_copy, tmp_path):
    target = tmp_path / "inhoud.sqlite"
    target.write_bytes(b"dit is geen databank")
    ensure_database(target, sources_copy)
    from studiekeuze.content.repository import ContentRepository

    assert len(ContentRepository(target).summaries) == 385

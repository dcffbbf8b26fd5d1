"""Privacy settings: the retention rule (months, applied on start) and the counsellor's code (kept as a hash)."""

from datetime import UTC, datetime

import pytest

from studiekeuze.errors import StudiekeuzeError
from studiekeuze.userdata import settings
from studiekeuze.userdata.store import SessionStore


@pytest.fixture
def store(tmp_path):
    with SessionStore(tmp_path / "leerlingen.sqlite") as opened:
        yield opened


def age(store: SessionStore, sessie_id: int, stamp: str) -> None:
    store._connection.execute("update sessies set gewijzigd = ? where id = ?", (stamp, sessie_id))


@pytest.mark.parametrize(
    ("moment", "months", "expected"),
    [
        (datetime(2026, 3, 31, 12, tzinfo=UTC), 1, datetime(2026, 2, 28, 12, tzinfo=UTC)),
        (datetime(2024, 3, 31, tzinfo=UTC), 1, datetime(2024, 2, 29, tzinfo=UTC)),
        (datetime(2026, 1, 15, tzinfo=UTC), 12, datetime(2025, 1, 15, tzinfo=UTC)),
        (datetime(2026, 1, 15, tzinfo=UTC), 13, datetime(2024, 12, 15, tzinfo=UTC)),
    ],
)
def test_months_before_counts_calendar_months(moment, months, expected):
    assert settings.months_before(moment, months) == expected


def test_retention_defaults_to_twelve_months_and_can_be_switched_off(store):
    assert settings.retention_months(store) == settings.DEFAULT_RETENTION_MONTHS == 12
    settings.set_retention_months(store, 0)
    assert settings.retention_months(store) == 0
    with pytest.raises(StudiekeuzeError, match="bewaartermijn"):
        settings.set_retention_months(store, -1)
    store.set_setting(settings.RETENTION_KEY, "veel")  # damaged: erasing stays on
    assert settings.retention_months(store) == 12


def test_apply_retention_erases_only_what_is_older_than_the_period(store):
    now = datetime(2026, 11, 23, 9, tzinfo=UTC)
    old = store.create("Oud", klas="4B")
    edge = store.create("Rand")
    recent = store.create("Recent")
    age(store, old.id, "2025-09-01T00:00:00+00:00")
    age(store, edge.id, "2025-11-24T00:00:00+00:00")  # within 12 months of `now`
    age(store, recent.id, "2026-11-01T00:00:00+00:00")
    assert settings.apply_retention(store, now) == 1
    assert sorted(s.voornaam for s in store.sessions()) == ["Rand", "Recent"]
    assert b"Oud" not in store.path.read_bytes()

    settings.set_retention_months(store, 0)
    age(store, edge.id, "2001-01-01T00:00:00+00:00")
    assert settings.apply_retention(store, now) == 0
    settings.set_retention_months(store, 6)
    assert settings.apply_retention(store, now) == 1
    assert [s.voornaam for s in store.sessions()] == ["Recent"]


def test_counsellor_code_is_checked_and_never_stored_as_written(store):
    assert not settings.has_counsellor_code(store)
    assert not settings.counsellor_code_matches(store, "")
    settings.set_counsellor_code(store, "tulp-4821")
    assert settings.has_counsellor_code(store)
    assert settings.counsellor_code_matches(store, "tulp-4821")
    assert not settings.counsellor_code_matches(store, "tulp-4822")
    assert not settings.counsellor_code_matches(store, "TULP-4821")
    assert "tulp-4821" not in store.setting(settings.CODE_KEY)
    assert b"tulp-4821" not in store.path.read_bytes()
    with pytest.raises(StudiekeuzeError, match="4 tot 64"):
        settings.set_counsellor_code(store, "abc")
    settings.set_counsellor_code(store, None)
    assert not settings.has_counsellor_code(store)
    assert not settings.counsellor_code_matches(store, "tulp-4821")


def test_a_damaged_stored_code_never_matches(store):
    store.set_setting(settings.CODE_KEY, "kapot")
    assert not settings.counsellor_code_matches(store, "kapot")


def test_the_code_is_hashed_with_at_least_600000_iterations_and_old_hashes_are_upgraded(store):
    import hashlib

    settings.set_counsellor_code(store, "tulp-4821")
    assert int(store.setting(settings.CODE_KEY).split("$")[1]) >= 600_000
    # A hash from before issue 13: 120,000 iterations. The next right entry stores a stronger one.
    salt = "00" * 16
    digest = hashlib.pbkdf2_hmac("sha256", b"tulp-4821", bytes(16), 120_000).hex()
    store.set_setting(settings.CODE_KEY, f"pbkdf2-sha256$120000${salt}${digest}")
    assert not settings.counsellor_code_matches(store, "tulp-4822")
    assert store.setting(settings.CODE_KEY).split("$")[1] == "120000"  # a wrong code changes nothing
    assert settings.counsellor_code_matches(store, "tulp-4821")
    scheme, iterations, new_salt, _digest = store.setting(settings.CODE_KEY).split("$")
    assert (scheme, int(iterations) >= 600_000, new_salt != salt) == ("pbkdf2-sha256", True, True)
    assert settings.counsellor_code_matches(store, "tulp-4821")


def test_a_stored_code_with_an_absurd_iteration_count_never_matches_and_never_hangs(store):
    store.set_setting(settings.CODE_KEY, f"pbkdf2-sha256${10**12}${'00' * 16}${'00' * 32}")
    assert not settings.counsellor_code_matches(store, "tulp-4821")

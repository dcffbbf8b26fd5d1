"""The session database's schema as numbered migrations; `PRAGMA user_version` says how many have run."""

import sqlite3
from functools import cache

# Append only: a released migration is never edited, a change is a new entry.
MIGRATIONS: tuple[str, ...] = (
    """
    create table sessies (
        id integer primary key,
        voornaam text not null,
        klas text not null default '',
        huidige_graad integer,
        huidige_richting text not null default '',
        niet_open text not null default '[]',
        vorm text not null check (vorm in ('kort', 'volledig')),
        positie integer not null default 0,
        notitie text not null default '',
        resultaat text,
        aangemaakt text not null,
        gewijzigd text not null,
        afgerond text
    );
    create index sessies_klas on sessies (klas);
    create table antwoorden (
        sessie integer not null references sessies (id) on delete cascade,
        vraag text not null,
        antwoord integer not null check (antwoord between 1 and 5),
        primary key (sessie, vraag)
    ) without rowid;
    create table instellingen (
        sleutel text primary key,
        waarde text not null
    );
    """,
    # 2 (issue 14): the counsellor's choices for the sheet (richtingen added, suggestions left out, as JSON lists of
    # groepnummers or a step's name) and the parents' page (printed or not, and its home language, "" = Dutch only).
    """
    alter table sessies add column extra text not null default '[]';
    alter table sessies add column zonder text not null default '[]';
    alter table sessies add column ouders integer not null default 0 check (ouders in (0, 1));
    alter table sessies add column ouders_taal text not null default '';
    """,
)


def migrate(connection: sqlite3.Connection) -> None:
    """Run the migrations this file has not seen yet, each in its own transaction."""
    done = connection.execute("pragma user_version").fetchone()[0]
    for number, script in enumerate(MIGRATIONS[done:], start=done + 1):
        # executescript commits first; the explicit transaction keeps a migration all-or-nothing.
        connection.executescript(f"begin; {script}; pragma user_version = {number}; commit;")


@cache
def expected_columns(version: int) -> dict[str, tuple[str, ...]]:
    """The tables and columns a store has after the first `version` migrations (built in memory, once)."""
    connection = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS[:version]:
            connection.executescript(script)
        return _columns(connection)
    finally:
        connection.close()


def _columns(connection: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    tables = [row[0] for row in connection.execute(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name"
    )]
    return {table: tuple(row[1] for row in connection.execute(f'pragma table_info("{table}")')) for table in tables}


def check_schema(connection: sqlite3.Connection, version: int | None = None) -> str | None:
    """What differs between the file's tables and those its `user_version` promises, or None (reads only)."""
    if version is None:
        version = connection.execute("pragma user_version").fetchone()[0]
    found, expected = _columns(connection), expected_columns(version)
    for table, columns in expected.items():
        if table not in found:
            return f"de tabel {table} ontbreekt"
        if set(found[table]) != set(columns):  # the order of columns does not matter to a query
            missing = [c for c in columns if c not in found[table]]
            extra = [c for c in found[table] if c not in columns]
            detail = f"kolom {', '.join(missing)} ontbreekt" if missing else f"onbekende kolom {', '.join(extra)}"
            return f"tabel {table}: {detail}"
    unknown = sorted(set(found) - set(expected))
    if unknown:
        return f"onbekende tabel {', '.join(unknown)}"
    return None

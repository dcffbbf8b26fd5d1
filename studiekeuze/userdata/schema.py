"""The session database's schema as numbered migrations; `PRAGMA user_version` says how many have run."""

import sqlite3

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
)


def migrate(connection: sqlite3.Connection) -> None:
    """Run the migrations this file has not seen yet, each in its own transaction."""
    done = connection.execute("pragma user_version").fetchone()[0]
    for number, script in enumerate(MIGRATIONS[done:], start=done + 1):
        # executescript commits first; the explicit transaction keeps a migration all-or-nothing.
        connection.executescript(f"begin; {script}; pragma user_version = {number}; commit;")

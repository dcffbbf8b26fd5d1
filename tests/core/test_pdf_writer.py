"""Writing the PDF: all or nothing at the target path, and a Dutch message the user can act on."""

import errno
import os
from pathlib import Path

import pytest

from studiekeuze import safefiles as writer
from studiekeuze.errors import WriteError
from studiekeuze.pdf.writer import write_pdf

NEW = b"%PDF-1.4 new advice"
OLD = b"%PDF-1.4 old advice"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def raising(error: BaseException):
    def fail(*args, **kwargs):
        raise error

    return fail


def test_writes_and_replaces(tmp_path):
    target = tmp_path / "advies.pdf"
    assert write_pdf(OLD, target) == target
    write_pdf(NEW, target)
    assert target.read_bytes() == NEW
    assert leftovers(tmp_path) == ["advies.pdf"]


def test_full_disk_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "advies.pdf"
    target.write_bytes(OLD)

    monkeypatch.setattr(writer.os, "fsync", raising(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))))
    with pytest.raises(WriteError, match="De schijf is vol"):
        write_pdf(NEW, target)
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == ["advies.pdf"]


def test_full_disk_on_a_new_file_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(writer.os, "fsync", raising(OSError(errno.ENOSPC, "full")))
    with pytest.raises(WriteError, match="Maak ruimte vrij"):
        write_pdf(NEW, tmp_path / "advies.pdf")
    assert leftovers(tmp_path) == []


def test_folder_without_write_permission(tmp_path, monkeypatch):
    monkeypatch.setattr(writer.tempfile, "mkstemp", raising(PermissionError(errno.EACCES, "denied")))
    with pytest.raises(WriteError, match=r"In de map .* mag niet geschreven worden\. Kies een andere map"):
        write_pdf(NEW, tmp_path / "advies.pdf")
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write in any folder")
def test_read_only_folder_for_real(tmp_path):
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(WriteError, match="mag niet geschreven worden"):
            write_pdf(NEW, folder / "advies.pdf")
        assert leftovers(folder) == []
    finally:
        folder.chmod(0o700)


def test_file_held_open_by_a_pdf_reader(tmp_path, monkeypatch):
    # What Windows does when a viewer holds the old file: the rename is refused.
    target = tmp_path / "advies.pdf"
    target.write_bytes(OLD)

    monkeypatch.setattr(writer.os, "replace", raising(PermissionError(errno.EACCES, "in use")))
    with pytest.raises(WriteError, match="nog open in een ander programma"):
        write_pdf(NEW, target)
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == ["advies.pdf"]


def test_missing_folder_and_folder_as_target(tmp_path):
    with pytest.raises(WriteError, match=r"De map .*bestaat-niet bestaat niet"):
        write_pdf(NEW, tmp_path / "bestaat-niet" / "advies.pdf")
    with pytest.raises(WriteError, match="is een map"):
        write_pdf(NEW, tmp_path)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_an_advice_is_readable_by_its_owner_only(tmp_path):
    target = write_pdf(NEW, tmp_path / "advies.pdf")
    assert target.stat().st_mode & 0o777 == 0o600
    target.chmod(0o644)  # an old advice, written before: replaced by a private one
    write_pdf(NEW, target)
    assert target.stat().st_mode & 0o777 == 0o600


def test_unexpected_error_still_removes_the_temporary_file(tmp_path, monkeypatch):
    monkeypatch.setattr(writer.os, "fsync", raising(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        write_pdf(NEW, tmp_path / "advies.pdf")
    assert leftovers(tmp_path) == []

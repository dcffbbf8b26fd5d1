"""The test configuration itself: a Qt warning or a file left open fails a test; the offscreen plugin's note does not.

Runs a small test file with this repository's pytest configuration in a fresh pytest process.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TESTS = '''
import gc

from PySide6.QtCore import qWarning


def test_qt_warning(qapp):
    qWarning("iets ging mis")


def test_offscreen_note(qapp):
    qWarning("This plugin does not support propagateSizeHints()")


def test_file_left_open():
    open(__file__, encoding="utf-8")
    gc.collect()


def test_clean(qapp):
    pass
'''


def test_qt_warnings_and_unclosed_files_fail_tests(tmp_path):
    (tmp_path / "test_gates.py").write_text(TESTS, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path), "-q",
         "-p", "no:cacheprovider", "-rA", str(tmp_path / "test_gates.py")],
        capture_output=True, text=True, timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    outcome = {line.split("::")[-1].split()[0]: line.split()[0] for line in result.stdout.splitlines()
               if line.startswith(("PASSED", "FAILED", "ERROR"))}
    assert outcome == {"test_qt_warning": "FAILED", "test_offscreen_note": "PASSED",
                       "test_file_left_open": "FAILED", "test_clean": "PASSED"}, result.stdout

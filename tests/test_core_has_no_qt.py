"""The core never imports Qt: every module outside studiekeuze.ui loads in a fresh interpreter without PySide6."""

import subprocess
import sys
from pathlib import Path

import studiekeuze

PACKAGE = Path(studiekeuze.__file__).parent


def core_modules() -> list[str]:
    modules = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = relative.parts
        if "ui" in parts or parts[-1] == "__main__":
            continue
        modules.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return sorted(modules)


def test_core_modules_do_not_load_qt():
    modules = core_modules()
    assert "studiekeuze.content.repository" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""

"""At 150 % and 200 % (QT_SCALE_FACTOR) nothing is cut either: test_layout_fits.py again, in a fresh process.

Qt reads the scale factor once, when the application starts, so each scale needs its own process. The offscreen
screen is as large as a real one would be: 1024 × 768 points at each scale, and at 200 % also a 1920 × 1080 screen
(960 × 540 points, the smallest window that a 200 % laptop gives).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.qtlog import STRICT_QT_LOG

pytestmark = STRICT_QT_LOG
ROOT = Path(__file__).resolve().parents[2]
CASES = {"150%": ("1.5", ["1024x768"], (1536, 1152)), "200%": ("2", ["1024x768", "960x540"], (2048, 1536))}


@pytest.mark.parametrize("case", CASES)
def test_nothing_is_cut_at_a_larger_scale(case, tmp_path):
    scale, sizes, (width, height) = CASES[case]
    screen = tmp_path / "scherm.json"
    screen.write_text(json.dumps({"screens": [{"name": "scherm", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "PYTEST_", "STUDIEKEUZE_"))}
    env.update(QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
               STUDIEKEUZE_TEST_SIZES=",".join(sizes))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/ui/test_layout_fits.py", "-q", "-p", "no:cacheprovider",
         "-o", "addopts=", "--basetemp", str(tmp_path / "run")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, f"at {case}:\n{result.stdout[-6000:]}\n{result.stderr[-2000:]}"
    assert f"{5 * len(sizes)} passed" in result.stdout

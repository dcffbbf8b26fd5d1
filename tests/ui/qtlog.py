"""Qt's log in GUI tests: any warning fails the test, except the offscreen plugin's own notes.

Put in a module as `pytestmark = STRICT_QT_LOG`. Compatible with `qt_log_level_fail` and `qt_log_ignore` set for
the whole suite in pyproject.toml: the level is the same, and the ignored message is added to that list.
"""

import pytest

# What the offscreen platform plugin says about what it cannot do (propagateSizeHints(), raise(), …): not a problem of
# the app, and never said on a real screen.
OFFSCREEN_PLUGIN = r"This plugin does not support "

STRICT_QT_LOG = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore(OFFSCREEN_PLUGIN, extend=True),
]

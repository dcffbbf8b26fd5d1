"""The app's few style rules. Every colour is a palette role, so light mode, dark mode and high contrast follow."""

STYLE_SHEET = """
QFrame#card, QFrame#suggestie {
    border: 1px solid palette(mid);
    border-radius: 8px;
    background: palette(base);
}
QPushButton#antwoord {
    border: 2px solid palette(mid);
    border-radius: 10px;
    background: palette(button);
    color: palette(button-text);
    padding: 8px;
}
QPushButton#antwoord:hover { border-color: palette(highlight); }
QPushButton#antwoord:checked {
    background: palette(highlight);
    color: palette(highlighted-text);
    border-color: palette(highlight);
}
QPushButton#antwoord:focus { border: 4px solid palette(highlight); }
QPushButton#antwoord:checked:focus { border: 4px solid palette(text); }
QListWidget#navigatie {
    border: 2px solid transparent;
    border-radius: 6px;
    background: transparent;
}
QListWidget#navigatie:focus { border-color: palette(highlight); }
QListWidget#navigatie::item { padding: 10px 8px; border-radius: 6px; }
QListWidget#navigatie::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QLabel#vraag, QLabel[uitleg="true"] { border: 2px solid transparent; border-radius: 4px; }
QLabel#vraag:focus, QLabel[uitleg="true"]:focus { border-color: palette(highlight); }
"""

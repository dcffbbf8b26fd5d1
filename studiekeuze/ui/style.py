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
/* Focus is a dashed ring in the text colour, never the highlight of a chosen answer: an answer that only has the
   focus must not look chosen. */
QPushButton#antwoord:focus { border: 3px dashed palette(text); }
QPushButton#antwoord:checked:focus { border: 3px dashed palette(highlighted-text); }
/* A new question has the focus itself (no answer does): a quiet ring, so the keyboard's place is still seen. */
QLabel#vraag { border: 2px solid transparent; border-radius: 6px; padding: 2px 4px; }
QLabel#vraag:focus { border: 2px dashed palette(mid); }
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

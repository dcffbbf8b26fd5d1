"""The pictograms as a pupil sees them: readable at 48 px in greyscale, five answer pictures that differ, and the
questionnaire showing the current item's drawing beside its text."""

import itertools

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from studiekeuze import resources
from studiekeuze.models import Vraag
from studiekeuze.ui.mainwindow import VRAGENLIJST
from studiekeuze.ui.pages.questionnaire import QuestionView
from studiekeuze.ui.pictogram import TILE_COLOUR

FILES = sorted(resources.pictogram_dir().glob("*.svg"))
SIZE = 48
DARK = 80  # a grey level (0–255) below which a pixel is a stroke


def grey_pixels(path, size: int = SIZE) -> list[int]:
    """The drawing at `size` px on the app's light tile, in greyscale, row by row."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(TILE_COLOUR)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(path)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return [grey.pixelColor(x, y).red() for y in range(size) for x in range(size)]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_a_pictogram_is_valid_and_reads_in_greyscale_at_48_px(app, path):
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert renderer.viewBoxF() == QRectF(0, 0, 48, 48)
    pixels = grey_pixels(path)
    dark = [i for i, value in enumerate(pixels) if value < DARK]
    assert len(dark) >= 150, f"only {len(dark)} dark pixels: strokes too thin or too few"
    background, darkest = max(pixels), sorted(pixels)[20]
    assert background - darkest >= 150, "too little contrast between strokes and the tile"
    # It fills its frame (not a small drawing in a corner), and nothing is cut off at an edge.
    ink = [(i % SIZE, i // SIZE) for i, value in enumerate(pixels) if value < 200]
    xs, ys = [x for x, _ in ink], [y for _, y in ink]
    assert max(max(xs) - min(xs), max(ys) - min(ys)) >= 36
    assert min(xs) >= 0 and max(xs) <= SIZE - 1 and min(ys) >= 0


@pytest.mark.parametrize("kind", ["graag", "waar"])
def test_the_five_answer_pictures_differ_from_each_other_at_48_px(app, kind):
    images = [grey_pixels(resources.pictogram(f"antwoord-{kind}-{n}.svg")) for n in range(1, 6)]
    for (a, first), (b, second) in itertools.combinations(enumerate(images, start=1), 2):
        differing = sum(1 for x, y in zip(first, second, strict=True) if abs(x - y) > 60)
        assert differing >= 40, f"answer {a} and {b} look alike ({differing} pixels differ)"


def start_full_form(window, qtbot):
    window.show_page(VRAGENLIJST)
    page = window.questionnaire
    qtbot.keyClicks(page.form.voornaam, "Amal")
    page.form.volledig.setChecked(True)
    qtbot.mouseClick(page.form.start, Qt.MouseButton.LeftButton)
    return page.questions


def test_the_questionnaire_shows_the_items_pictogram_and_changes_it_with_the_item(window, qtbot, repository):
    questions = start_full_form(window, qtbot)
    vragen = repository.vragenlijst.vragen
    picture = questions.pictogram
    assert picture.isVisible() and picture.name == vragen[0].pictogram == "soep-koken.svg"
    assert picture.width() >= 96  # large, beside the text
    assert picture.geometry().right() < questions.vraag.geometry().left() or picture.x() < questions.vraag.x()
    before = picture.grab().toImage()

    qtbot.keyClick(questions.focusWidget(), Qt.Key.Key_4)  # answer: the next item and its drawing
    assert questions.vraag.text() == vragen[1].tekst
    assert picture.name == vragen[1].pictogram == "proef-labo.svg"
    assert picture.grab().toImage() != before
    qtbot.keyClick(questions.focusWidget(), Qt.Key.Key_Backspace)
    assert picture.name == "soep-koken.svg"
    questions.go_next()
    assert picture.name == vragen[1].pictogram


def test_the_answer_buttons_show_faces_or_ticks_and_keep_their_names_and_keys(window, qtbot, repository):
    questions = start_full_form(window, qtbot)
    assert [b.picture for b in questions.buttons] == [f"antwoord-graag-{n}.svg" for n in range(1, 6)]
    assert [b.accessibleName() for b in questions.buttons][3] == "4: graag"
    assert questions.buttons[3].text() == "4\ngraag"
    drawn = questions.buttons[0].grab().toImage()
    questions.buttons[0].set_label("helemaal niet graag")  # the same button without its picture
    assert questions.buttons[0].grab().toImage() != drawn

    zeker = next(i for i, v in enumerate(repository.vragenlijst.vragen) if v.soort == "zekerheid")
    questions.show_item(zeker)
    assert questions.pictogram.name == "richting-kiezen.svg"
    assert [b.picture for b in questions.buttons] == [f"antwoord-waar-{n}.svg" for n in range(1, 6)]
    assert questions.buttons[4].accessibleName() == "5: helemaal waar"
    qtbot.keyClick(questions.focusWidget(), Qt.Key.Key_5)  # the last item: keys still answer
    assert window.questionnaire.stack.currentWidget() is window.questionnaire.done


def test_an_item_without_a_drawing_file_shows_its_text_alone(app, qtbot):
    view = QuestionView()
    qtbot.addWidget(view)
    vraag = Vraag("X01", "Iets doen", "interesse", "R", True, pictogram="bestaat-niet.svg",
                  antwoordpictogrammen=("weg.svg",) * 5)
    view.load((vraag,), {}, 0, {"interesse": "Hoe graag?"}, {"interesse": ("a", "b", "c", "d", "e")})
    view.show()
    assert view.pictogram.isHidden() and view.pictogram.name == ""
    assert view.vraag.text() == "Iets doen"
    assert [b.picture for b in view.buttons] == [""] * 5
    assert view.buttons[0].text() == "1\na"


@pytest.mark.parametrize("points", [None, 14.0])
def test_the_questionnaire_fits_1024_by_768_also_with_a_larger_font(app, make_window, qtbot, points):
    font = QApplication.font()
    try:
        if points:
            larger = QFont(font)
            larger.setPointSizeF(points)
            QApplication.setFont(larger)
        window = make_window()
        window.resize(1024, 768)
        questions = start_full_form(window, qtbot)
        questions.show_item(next(i for i, v in enumerate(questions.vragen) if v.id == "C01"))  # a long item text
        qtbot.waitUntil(lambda: window.width() == 1024 and window.height() == 768)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1024 and window.minimumSizeHint().height() <= 768
        page = QRect(0, 0, questions.width(), questions.height())
        widgets = [questions.pictogram, questions.vraag, questions.stam, *questions.buttons, questions.next]
        for widget in widgets:
            assert page.contains(widget.geometry()), widget
        assert not questions.pictogram.geometry().intersects(questions.vraag.geometry())
        assert questions.pictogram.geometry().bottom() < questions.buttons[0].geometry().top()
        for button in questions.buttons:  # the wrapped label and the picture fit in the button
            words = button.fontMetrics().boundingRect(QRect(0, 0, button.width() - 2 * button.PADDING, 10_000),
                                                      int(Qt.TextFlag.TextWordWrap), button.text())
            assert words.height() + button.fontMetrics().height() * 3 // 2 <= button.height() - 2 * button.PADDING
    finally:
        QApplication.setFont(font)

"""The bundled fonts: registered for the UI language before the window, the rest after its
first frame, and then Persian, Arabic, Chinese, Japanese, Greek and Devanagari text all
render with a font that has their glyphs (this machine has only DejaVu and URW fonts)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QTextLayout
from PySide6.QtWidgets import QApplication

from desktop.ui import fonts

SAMPLES = {
    "persian": "سلام دنیا، پچژگ ۱۲۳",
    "arabic": "مرحبا بالعالم",
    "chinese": "你好世界。简体中文",
    "japanese": "こんにちは、カタカナと漢字",
    "greek": "Καλημέρα κόσμε",
    "devanagari": "नमस्ते दुनिया",
}


def _glyph_runs(text: str, font: QFont) -> list[tuple[str, bool]]:
    """How text is laid out: each glyph run's font family and whether it drew every glyph
    (glyph 0 is the empty box a font draws for a character it lacks)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    found = []
    runs = line.glyphRuns()
    for run in runs:
        found.append((run.rawFont().familyName(), 0 not in list(run.glyphIndexes())))
    return found


def _missing(text: str, font: QFont) -> list[str]:
    metrics = QFontMetrics(font)
    return [c for c in text if not c.isspace() and not metrics.inFontUcs4(ord(c))]


def test_the_ui_language_gets_its_scripts_font_and_english_none(qapp: QApplication) -> None:
    assert fonts.groups_for("en") == ()
    assert fonts.groups_for("zh_CN") == ("cjk",) and fonts.groups_for("ja") == ("cjk",)
    assert fonts.groups_for("fa") == ("arabic",) and fonts.groups_for("hi") == ("devanagari",)
    assert fonts.register_for("en") == []
    assert fonts.register_for("fa") == ["Noto Sans Arabic"]
    assert "WenQuanYi Micro Hei" in fonts.register_for("zh_CN")
    assert "Noto Sans Arabic" in QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)


@pytest.mark.parametrize("script", list(SAMPLES))
def test_every_script_renders_with_its_glyphs_after_the_rest_is_registered(
    qapp: QApplication, script: str
) -> None:
    fonts.register_rest()
    families = fonts.registered_families()
    assert {"Noto Sans Arabic", "Noto Sans Devanagari", "WenQuanYi Micro Hei"} <= set(families)
    fonts.register_rest()
    assert fonts.registered_families() == families  # each file registered once
    text = SAMPLES[script]
    for font in (QFont(qapp.font()), QFont("DejaVu Sans"), QFont("Sans Serif")):
        # The window's font falls back to a font with each character (fontconfig)...
        assert not _missing(text, font), (script, font.family(), _missing(text, font))
        # ...and laying the text out draws every glyph from a real font, no empty boxes.
        runs = _glyph_runs(text, font)
        assert runs and all(complete for _, complete in runs), (script, runs)


def test_the_bundled_files_are_where_the_bundle_looks(qapp: QApplication) -> None:
    for name in fonts.FILES.values():
        assert (fonts.fonts_dir() / name).is_file(), name
    for licence in ("LICENSE-OFL-1.1.txt", "LICENSE-Apache-2.0.txt", "README.md"):
        assert (fonts.fonts_dir() / licence).is_file(), licence

"""The pseudo-locale (issue 16.1): every string the code marks, gathered fresh by lupdate and
turned into its longer accented form, installed before the real window is built; then each
screen is opened and fails on English left over or on text cut off.

Real parts: Qt's lupdate and lrelease on desktop/, the app's own App offscreen (offline: the
hub is never contacted), the shipped catalog, the real hardware probes. The translation is
gathered from the code rather than read from resources/translations/hearth_en_XA.ts, so a
string marked but not yet in the checked-in .ts is still checked.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyrings import MemoryKeyring
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from desktop.app import App
from desktop.core import paths
from desktop.core.secrets import TokenStore
from desktop.core.settings import Settings, save_settings
from desktop.ui import i18n

REPO = Path(__file__).resolve().parents[3]

# What may stay in Latin letters: product and technical names, units Qt's locale writes,
# key names. Everything else outside a pseudo-translated ⟦…⟧ is English left over.
ALLOWED_WORDS = (
    "Hearth", "llama-cpp-python", "llama.cpp", "Hugging Face", "GGUF", "CPU", "GPU", "GPUs",
    "RAM", "VRAM", "API", "MCP", "OpenAI", "Vulkan", "CUDA", "Metal", "JSON", "HTTPS", "HTTP",
    "sha256", "SHA-256", "AVX2", "AVX512", "AVX", "BM25", "Qt", "PySide6", "Python", "GiB",
    "MiB", "KiB", "TiB", "GB", "MB", "KB", "TB", "bytes", "tok/s", "ms", "hf_",
)  # fmt: skip
DATA = re.compile(
    r"https?://\S+"  # URLs
    r"|\S*[/\\]\S*"  # paths
    r"|\S+\.(?:gguf|json|md|txt|pdf|docx|sqlite3|log)\b"  # file names
    r"|\b(?:Ctrl|Shift|Alt|Meta|Esc|Enter|Return|Tab|Del|Delete|Backspace|Space|Home|End"
    r"|PgUp|PgDown|Up|Down|Left|Right|F\d{1,2})(?:\+\S+)*"  # shortcuts: Ctrl+Shift+N
    r"|\b[vV]?\d+(?:\.\d+)+\b"  # versions
    r"|\b[A-Z][A-Z0-9_]+\b"  # identifiers and acronyms from data: AVX512_VNNI, OPENMP
)
ASCII_WORD = re.compile(r"[A-Za-z]{2,}")
# Widgets (by objectName) whose text is built in core and is not translated yet: the hardware
# page's probe details (desktop.core.hardware) and its GPU advice (core.engine_build.gpu_advice).
# Only their English is let through; they are still checked for cut-off text.
CORE_TEXT = frozenset({"probesFailed", "probesWorked", "gpuAdviceText"})


def _script() -> object:
    spec = importlib.util.spec_from_file_location(
        "hearth_translations_for_pseudo", REPO / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pseudo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """hearth_en_XA.qm from every string marked in desktop/ now (packaging/translations.py
    update and lrelease, into a scratch folder: the checked-in .ts files stay as they are)."""
    folder = tmp_path_factory.mktemp("pseudo")
    script = _script()
    script.FOLDER = folder  # type: ignore[attr-defined]
    script.update()  # type: ignore[attr-defined]
    ts = folder / f"hearth_{i18n.PSEUDO}.ts"
    lrelease = script._tool("pyside6-lrelease")  # type: ignore[attr-defined]
    qm = ts.with_suffix(".qm")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    assert qm.is_file()
    return folder


@pytest.fixture
def app(qtbot, qapp, pseudo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    monkeypatch.setenv(i18n.LANGUAGE_ENV, i18n.PSEUDO)
    monkeypatch.setattr(i18n, "translations_dir", lambda: str(pseudo_folder))
    locale, direction = QLocale(), qapp.layoutDirection()
    save_settings(Settings(offline=True))  # Discover filters the catalog locally
    a = App([], tokens=TokenStore(backend=MemoryKeyring()))
    try:
        assert a.language.code == i18n.PSEUDO and a.language.translators
        qtbot.addWidget(a.window)
        with qtbot.waitSignal(a.library_jobs.listed, timeout=20000):
            a.start(load=False)
        a.window.resize(1200, 800)
        qtbot.waitExposed(a.window)
        yield a
        a.window.close()
    finally:
        for translator in a.language.translators:  # the next test's window is in English
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
        qapp.setLayoutDirection(direction)


# --- the checks -----------------------------------------------------------------------------


def english_left(text: str, data: tuple[str, ...] = ()) -> str:
    """The Latin words of text outside its pseudo-translated ⟦…⟧ parts and known data."""
    rest = re.sub("⟦.*?⟧", " ", text, flags=re.S)
    for known in data:
        rest = rest.replace(known, " ")
    rest = DATA.sub(" ", rest)
    for word in ALLOWED_WORDS:
        rest = rest.replace(word, " ")
    return " ".join(ASCII_WORD.findall(rest))


def where(widget: QWidget) -> str:
    chain = []
    parent: QWidget | None = widget
    while parent is not None and len(chain) < 4:
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return " < ".join(chain)


def _qt_standard_button(button: QAbstractButton) -> bool:
    """A dialog's OK/Cancel: Qt's own strings (qtbase has no pseudo-locale)."""
    box = button.parentWidget()
    while box is not None and not isinstance(box, QDialogButtonBox):
        box = box.parentWidget()
    if box is None or not isinstance(button, QPushButton):
        return False
    return box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton


def _text_width(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def cut_off(widget: QWidget) -> str:
    """Why the widget's text does not fit, or ''. An elided text with the whole text in its
    tooltip is fine (the code elided it on purpose)."""
    if widget.hasHeightForWidth() and (isinstance(widget, QLabel | QAbstractButton)):
        # Text that wraps (a word-wrapped label, a welcome card): cut off when its lines
        # need more height than it has.
        need = widget.heightForWidth(widget.width())
        return f"needs {need} px high, has {widget.height()}" if widget.height() < need else ""
    if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
        text = widget.text()
        if widget.textFormat() == Qt.TextFormat.RichText or re.search("<[A-Za-z/][^>]*>", text):
            text = re.sub("<[^>]+>", "", text)
        elif widget.buddy() is not None:  # the & marks the mnemonic and is not drawn
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        room = widget.contentsRect().width() - 2 * max(widget.margin(), 0)
        need = _text_width(widget, text)
        if need > room + 1 and not (text.endswith("…") and widget.toolTip()):
            return f"needs {need} px, has {room}"
    elif isinstance(widget, QAbstractButton) and widget.text():
        if isinstance(widget, QToolButton) and (
            widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        ):
            return ""
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        if isinstance(widget, QToolButton) and (
            widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
        ):
            icon = 0  # above the text, not beside it
        indicator = 20 if isinstance(widget, QCheckBox | QRadioButton) else 0
        need = min(widget.sizeHint().width(), _text_width(widget, text) + icon + indicator + 8)
        if widget.width() < need:
            return f"needs {need} px, has {widget.width()}"
    return ""


def _model_texts(view: QAbstractItemView) -> list[tuple[str, str]]:
    """Header texts, and the short words of a cell (a status like "Verified"; names, sizes
    and sentences from data are left to the data's own checks)."""
    model = view.model()
    if model is None:
        return []
    found = []
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model hides columnCount from Python: one column
        columns = 1
    for section in range(columns):
        header = model.headerData(section, Qt.Orientation.Horizontal)
        if isinstance(header, str) and header:
            found.append(("header", header))
    for row in range(min(model.rowCount(root), 20)):
        for column in range(columns):
            value = model.data(model.index(row, column, QModelIndex()))
            # A capitalised word or three ("Verified", "Not started"); lower-case words in
            # cells are data (architectures, licence ids).
            if isinstance(value, str) and re.fullmatch(r"[A-Z][a-z]+(?: [a-z]+){0,2}", value):
                found.append(("cell", value))
    return found


def texts(widget: QWidget) -> list[tuple[str, str]]:
    """(what, text) of each text the widget shows."""
    found: list[tuple[str, str]] = []
    if isinstance(widget, QLabel):
        found.append(("label", widget.text()))
    elif isinstance(widget, QAbstractButton) and not _qt_standard_button(widget):
        found.append(("button", widget.text()))
    elif isinstance(widget, QGroupBox):
        found.append(("group", widget.title()))
    elif isinstance(widget, QLineEdit):
        found.append(("placeholder", widget.placeholderText()))
    elif isinstance(widget, QComboBox):
        found += [("combo item", widget.itemText(i)) for i in range(widget.count())]
    elif isinstance(widget, QTabBar):
        found += [("tab", widget.tabText(i)) for i in range(widget.count())]
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        found += _model_texts(widget)  # a header view shows its table's model
    found.append(("tooltip", widget.toolTip()))
    return [(what, text) for what, text in found if text and text.strip()]


def problems(root: QWidget, data: tuple[str, ...]) -> list[str]:
    # Layouts settle through posted events (a label's new text re-lays its form out later):
    # measured before they run, a fitting label would read as cut off.
    for _ in range(3):
        QApplication.sendPostedEvents(None, 0)
        QApplication.processEvents()
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        for what, text in texts(widget):
            if widget.objectName() in CORE_TEXT and what == "label":
                continue
            if english := english_left(text, data):
                found.append(f"English: {where(widget)} {what} {text!r} ({english})")
        if why := cut_off(widget):
            found.append(
                f"cut off: {where(widget)} {type(widget).__name__} {why}: {texts(widget)[0][1]!r}"
            )
    return found


def menu_problems(actions: list[QAction], data: tuple[str, ...], trail: str = "menu") -> list[str]:
    found = []
    for action in actions:
        if action.isSeparator():
            continue
        for what, text in (("action", action.text()), ("tooltip", action.toolTip())):
            # Qt makes a tooltip from the text when none is set: the same words.
            if what == "tooltip" and text == action.text().replace("&", ""):
                continue
            if english := english_left(text, data):
                found.append(f"English: {trail} {what} {text!r} ({english})")
        menu = action.menu()
        if isinstance(menu, QMenu):
            found += menu_problems(menu.actions(), data, f"{trail} > {action.text()}")
    return found


def data_of(app: App) -> tuple[str, ...]:
    """Texts from data, not code: the starter's name, the machine's parts, model names."""
    known = [paths.STARTER_LABEL, paths.STARTER_NAME]
    known += [language.native_name for language in i18n.LANGUAGES]  # each in its own script
    machine = app.hardware.machine
    if machine is not None:
        known += [machine.cpu, *(gpu.name for gpu in machine.gpus)]
    return tuple(sorted(filter(None, known), key=len, reverse=True))


def report(found: list[str]) -> str:
    return f"{len(found)} problems:\n" + "\n".join(sorted(set(found)))


# --- the screens ----------------------------------------------------------------------------


def test_chat_screen_and_menus(app: App) -> None:
    w = app.window
    found = problems(w, data_of(app))
    found += menu_problems(w.menuBar().actions(), data_of(app))
    assert not found, report(found)


@pytest.mark.parametrize("tab", ["discover", "downloads", "library", "connections"])
def test_models_page(qtbot, app: App, tab: str) -> None:
    app.window.pages.show_page("models")
    manager = app.manager
    assert manager is not None
    manager.show_tab(tab)
    qtbot.waitUntil(lambda: manager.tabs.currentWidget().isVisible(), timeout=5000)
    found = problems(app.window.pages.frame("models"), data_of(app))
    assert not found, report(found)


def test_hardware_page(qtbot, app: App) -> None:
    jobs = app.hardware
    with qtbot.waitSignals([jobs.machineFound, jobs.engineFound], timeout=60000):
        app.window.pages.show_page("hardware")
    page = app.hardware_page
    assert page is not None
    qtbot.waitUntil(page.refresh_button.isEnabled, timeout=5000)
    found = problems(app.window.pages.frame("hardware"), data_of(app))
    assert not found, report(found)


@pytest.mark.parametrize("key", ["server", "tools", "settings"])
def test_page(qtbot, app: App, key: str) -> None:
    page = app.window.pages.show_page(key)
    qtbot.waitUntil(page.isVisible, timeout=5000)
    found = problems(app.window.pages.frame(key), data_of(app))
    assert not found, report(found)


def test_about_and_shortcuts_dialogs(qtbot, app: App) -> None:
    help_ = app.window.help_menu
    about = help_.show_about()
    qtbot.waitExposed(about)
    found = problems(about, data_of(app))
    about.close()
    shortcuts = help_.show_shortcuts()
    qtbot.waitExposed(shortcuts)
    found += problems(shortcuts, data_of(app))
    shortcuts.close()
    assert not found, report(found)


def test_the_pseudo_locale_is_what_the_window_shows(app: App) -> None:
    # The check is only as good as the translation it relies on: the rail really is pseudo.
    rail = app.window.pages.button("models").text()
    assert rail.startswith("⟦") and "Models" not in rail, rail
    assert QApplication.instance() is not None


def counted_without_count(source: str) -> list[tuple[int, str]]:
    """(line, text) of each tr()/translate() call given a plural count n whose text has no
    %n: the .ts keeps it as a plain message, and Qt then finds no translation for a count
    that picks a second plural form (the window shows the English text)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        text_at = {"tr": 0, "translate": 1}.get(node.func.attr)
        if text_at is None or len(node.args) <= text_at:
            continue
        counted = len(node.args) > text_at + 2 or any(k.arg == "n" for k in node.keywords)
        text = node.args[text_at]
        value = text.value if isinstance(text, ast.Constant) else None
        if counted and isinstance(value, str) and not re.search("%L?n", value):
            found.append((node.lineno, value))
    return found


def test_a_plural_count_goes_only_with_a_text_that_has_percent_n() -> None:
    found = [
        f"{path.relative_to(REPO)}:{line}: {text!r}"
        for path in sorted((REPO / "desktop").rglob("*.py"))
        for line, text in counted_without_count(path.read_text(encoding="utf-8"))
    ]
    assert not found, "\n".join(found)
    # The check sees the mistake (and lets a real plural through).
    sample = (
        'QCoreApplication.translate("C", "{count} / {limit} tokens", None, limit)\n'
        'QCoreApplication.translate("C", "%n file(s)", None, n)\n'
    )
    assert counted_without_count(sample) == [(1, "{count} / {limit} tokens")]

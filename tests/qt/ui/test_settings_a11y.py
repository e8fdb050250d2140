"""Settings, the parameters panel and the Server, Tools, Hardware and Connections pages: every
interactive control has a name a screen reader can say; the Language row lists every language
and says the change applies at the next start; a field label declared in core is translated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from a11y_walk import unnamed_controls
from keyrings import MemoryKeyring
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget
from tiny_translator import installed

from desktop.app import App
from desktop.core.connections import ConnectionStore
from desktop.core.fields import SAMPLING
from desktop.core.hub import HubClient
from desktop.core.secrets import TokenStore
from desktop.core.settings import load_settings
from desktop.services.api_service import ApiKeyStore
from desktop.services.connection_jobs import ConnectionJobs
from desktop.services.hub_calls import HubCalls
from desktop.services.preferences import Preferences
from desktop.ui import i18n
from desktop.ui.connections_page import ConnectionsPage
from desktop.ui.params_panel import ParamsPanel, field_title
from desktop.ui.settings_page import SettingsPage

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def app(qtbot) -> Iterator[App]:
    a = App([], tokens=TokenStore(backend=MemoryKeyring()))
    a.api.keys = ApiKeyStore(backend=MemoryKeyring())
    qtbot.addWidget(a.window)
    a.start(load=False)
    yield a
    a.window.close()


def open_page(qtbot, app: App, key: str) -> QWidget:
    qtbot.mouseClick(app.window.pages.button(key), LEFT)
    qtbot.waitUntil(lambda: app.window.pages.current_key() == key)
    page = app.window.pages.page(key)
    assert page is not None
    qtbot.waitUntil(page.isVisible)
    return page


def test_every_control_on_the_pages_has_a_name(qtbot, app: App) -> None:
    app.window.show()
    qtbot.waitExposed(app.window)
    assert unnamed_controls(app.window.params) == []
    for key in ("settings", "server", "tools", "hardware"):
        page = open_page(qtbot, app, key)
        assert unnamed_controls(page) == [], key


def test_every_connections_control_has_a_name(qtbot, tmp_path: Path) -> None:
    jobs = ConnectionJobs(store=lambda: ConnectionStore(tmp_path / "c.json", MemoryKeyring()))
    try:
        with qtbot.waitSignal(jobs.listed, timeout=10000):
            jobs.refresh()
        page = ConnectionsPage(jobs)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        assert unnamed_controls(page) == []
    finally:
        jobs.shutdown()


def test_the_params_panel_boxes_are_named_after_their_fields(qtbot) -> None:
    panel = ParamsPanel()
    qtbot.addWidget(panel)
    for name, box in panel.spins.items():
        assert box.accessibleName() == field_title(SAMPLING[name])
        assert box.accessibleDescription()
        labels = [label for label in panel.findChildren(QLabel) if label.buddy() is box]
        assert [label.text() for label in labels] == [box.accessibleName()]
    assert panel.gpu_layers.accessibleName() == "GPU layers"


def settings_page(qtbot, prefs: Preferences) -> SettingsPage:
    # No hub call is made: the token box only asks when Verify is pressed.
    calls = HubCalls(lambda: HubClient(endpoint="http://127.0.0.1:9"))
    page = SettingsPage(prefs, TokenStore(backend=MemoryKeyring()), calls, running_language="en")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_language_row_lists_every_language_and_says_when_it_applies(qtbot) -> None:
    prefs = Preferences()
    page = settings_page(qtbot, prefs)
    box = page.language
    assert box.objectName() == "languageChoice"
    items = [(box.itemText(i), box.itemData(i)) for i in range(box.count())]
    assert items[0] == ("Follow the system", "")
    assert items[1:] == [(lang.native_name, lang.code) for lang in i18n.LANGUAGES]
    assert len(items) == 14
    assert box.currentData() == "" and page.language_note.isHidden()
    labels = [label for label in page.findChildren(QLabel) if label.buddy() is box]
    assert [label.text() for label in labels] == ["Language"] == [box.accessibleName()]

    with qtbot.waitSignal(prefs.languageChanged) as changed:
        box.setCurrentIndex(box.findData("fa"))
    assert changed.args == ["fa"]
    assert prefs.language == "fa" and load_settings().language == "fa"
    assert page.language_note.isVisible()
    assert page.language_note.text() == "Hearth shows the new language the next time it starts."
    box.setCurrentIndex(box.findData("en"))  # the language running now: nothing to restart for
    assert load_settings().language == "en" and page.language_note.isHidden()


def test_the_theme_offers_high_contrast(qtbot) -> None:
    prefs = Preferences()
    page = settings_page(qtbot, prefs)
    index = page.theme.findData("contrast")
    assert page.theme.itemText(index) == "High contrast"
    page.theme.setCurrentIndex(index)
    assert load_settings().theme == "contrast"
    prefs.set_theme("system")


def test_a_field_label_declared_in_core_shows_translated(qtbot, tmp_path: Path) -> None:
    field = SAMPLING["temperature"]
    messages = {field.label: "température", field.help: "à quel point chaque choix ose"}
    with installed(tmp_path, "fr", {"fields": messages}):
        assert QCoreApplication.translate("fields", field.label) == "température"
        panel = ParamsPanel()
        qtbot.addWidget(panel)
        box = panel.spins["temperature"]
        assert box.accessibleName() == "Température"
        labels = [label.text() for label in panel.findChildren(QLabel) if label.buddy() is box]
        assert labels == ["Température"]
        assert box.toolTip().startswith("À quel point chaque choix ose. ")
    assert field_title(field) == "Temperature"  # the English again once it is removed

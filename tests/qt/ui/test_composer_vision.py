"""The composer and a model's eyes: the paperclip says images are welcome when the loaded
model reads them, and an image attached for a model without vision is refused at once.

Real parts: the Composer offscreen, and the app's own window with the real engine loading a
tiny model that has no projector.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from vision_gguf import write_png

from desktop.app import App
from desktop.core.types import ModelInfo
from desktop.services.attachments import refuse_images
from desktop.ui.composer import ATTACH_TIP, ATTACH_TIP_VISION, Composer


def loaded(vision: bool) -> ModelInfo:
    extra = {"vision": "1"} if vision else {}
    return ModelInfo("m.gguf", 512, 512, 32, 2, 0, 2, "chatml", None, 0.1, True, extra)


def test_the_paperclip_follows_the_model_and_an_image_is_refused_at_once(qtbot, tmp_path):
    composer = Composer()
    qtbot.addWidget(composer)
    composer.show()
    picture, notes = write_png(tmp_path / "cat.png"), tmp_path / "notes.md"
    notes.write_text("# Notes\n", encoding="utf-8")

    composer.add_files([picture])  # no model yet: nothing to say about images
    assert not composer.refusal.isVisibleTo(composer)

    composer.set_model(loaded(vision=True))
    assert composer.attach_button.toolTip() == ATTACH_TIP_VISION
    assert "images" in ATTACH_TIP_VISION
    assert not composer.refusal.isVisibleTo(composer)

    composer.set_model(loaded(vision=False))  # the same image, now for a model without eyes
    assert composer.attach_button.toolTip() == ATTACH_TIP
    sentence = refuse_images([picture], False)
    assert composer.refusal.isVisibleTo(composer)
    assert composer.refusal.text() == sentence

    composer.set_model(loaded(vision=True))  # loading a vision model lifts the refusal
    assert not composer.refusal.isVisibleTo(composer)

    composer.chips.clear()
    composer.set_model(loaded(vision=False))
    composer.add_files([notes])  # a document is no image: nothing refused
    assert not composer.refusal.isVisibleTo(composer)
    composer.add_files([picture])
    assert composer.refusal.isVisibleTo(composer)
    assert composer.refusal.text() == refuse_images([notes, picture], False)
    assert composer.attachments() == [notes, picture]  # kept: the person removes or swaps


@pytest.fixture
def app(qtbot, tiny_model) -> Iterator[App]:
    a = App([])
    qtbot.addWidget(a.window)
    with qtbot.waitSignal(a.controller.modelLoaded, timeout=60000):
        a.start(model=str(tiny_model))
    a.window.show()
    qtbot.waitExposed(a.window)
    yield a
    a.window.close()


def test_the_window_refuses_an_image_for_a_model_without_vision_before_send(
    qtbot, app: App, tmp_path: Path
):
    composer = app.window.composer
    assert composer.attach_button.toolTip() == ATTACH_TIP
    picture = write_png(tmp_path / "cat.png")
    assert composer.add_files([picture]) == 1
    assert composer.refusal.isVisibleTo(app.window)
    assert composer.refusal.text() == refuse_images([picture], False)

"""The parameters panel's JSON schema field: empty is free text, a schema is taken after a pause
in typing, and text that is not a JSON object gets a sentence under the field and no schema."""

from __future__ import annotations

import json

import pytest

from desktop.core.types import OutputFormat
from desktop.models.locale_format import number
from desktop.ui.params_panel import ParamsPanel
from desktop.ui.schema_field import MAX_CHARS, schema_from_text

SCHEMA = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ('{"type": "object",\n  "properties": }', "This is not JSON (Expecting value at line 2"),
        ("[1, 2]", "A schema is a JSON object"),
        ("true", "A schema is a JSON object"),
        ("{" + " " * MAX_CHARS + "}", f"The schema is longer than {number(MAX_CHARS)} characters"),
    ],
)
def test_text_that_is_not_a_schema_gets_a_sentence(text, start):
    output_format, problem = schema_from_text(text)
    assert output_format is None
    assert problem.startswith(start) and problem.endswith("until it is fixed.")


def test_empty_is_free_text_and_an_object_is_a_schema():
    assert schema_from_text("  \n") == (None, "")
    assert schema_from_text(json.dumps(SCHEMA)) == (OutputFormat("json_schema", SCHEMA), "")


def test_the_field_takes_a_schema_after_a_pause_and_refuses_what_is_not_json(qtbot):
    panel = ParamsPanel()
    qtbot.addWidget(panel)
    panel.show()
    field = panel.schema
    assert panel.output_format() is None and field.problem.isHidden()
    assert field.text.placeholderText().startswith("Empty: free text.")
    assert "JSON schema" in field.text.toolTip() and "empty for free text" in field.text.toolTip()

    # Typed on: one change once typing pauses, not one per key.
    seen: list[object] = []
    panel.outputFormatChanged.connect(seen.append)
    with qtbot.waitSignal(panel.outputFormatChanged, timeout=5000):
        qtbot.keyClicks(field.text, json.dumps(SCHEMA))
    assert seen == [OutputFormat("json_schema", SCHEMA)]
    assert field.problem.isHidden()

    # Not JSON any more: the sentence under the field, and the chat is told: no schema.
    with qtbot.waitSignal(panel.outputFormatChanged, timeout=5000) as changed:
        qtbot.keyClicks(field.text, ",")
    assert changed.args == [None] and panel.output_format() is None
    assert not field.problem.isHidden()
    assert field.problem.text().startswith("This is not JSON (Extra data at line 1")

    # Still not JSON: the sentence follows the text, nothing more is sent.
    field.text.setPlainText("[]")
    qtbot.waitUntil(lambda: field.problem.text().startswith("A schema is a JSON object"))
    assert seen == [OutputFormat("json_schema", SCHEMA), None]

    # Emptied: free text, no sentence (and nothing sent: it was already free text).
    field.text.clear()
    qtbot.waitUntil(field.problem.isHidden)
    assert seen == [OutputFormat("json_schema", SCHEMA), None]


def test_showing_a_format_is_not_an_edit(qtbot):
    panel = ParamsPanel()
    qtbot.addWidget(panel)
    with qtbot.assertNotEmitted(panel.outputFormatChanged):
        panel.set_output_format(OutputFormat("json_schema", SCHEMA))
    assert json.loads(panel.schema.text.toPlainText()) == SCHEMA
    assert panel.output_format() == OutputFormat("json_schema", SCHEMA)
    assert not panel.schema._timer.isActive()  # nothing waits to be taken
    panel.set_output_format(None)
    assert panel.schema.text.toPlainText() == "" and panel.output_format() is None

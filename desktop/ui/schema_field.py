"""The parameters panel's JSON schema field: a schema the replies must follow, or free text."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout

from desktop.core.types import OutputFormat
from desktop.models.locale_format import number

PAUSE_MS = 400  # taken when the person pauses typing, as the stop strings are
MAX_CHARS = 200_000  # a longer text is not parsed at each pause (nor a sane grammar)


def tip() -> str:
    return QCoreApplication.translate(
        "schema_field",
        "A JSON schema every reply must follow: the model can then only write JSON valid "
        "against it (llama.cpp's grammar), and the reply is checked when it ends. Leave it "
        "empty for free text. Kept until Hearth is closed.",
    )


def placeholder() -> str:
    return QCoreApplication.translate(
        "schema_field",
        'Empty: free text. For example {"type": "object", "properties": {"name": {...}}}',
    )


def schema_from_text(text: str) -> tuple[OutputFormat | None, str]:
    """The output format the field's text asks for (None: free text) and the sentence
    saying why the text cannot be used ("" when it can, or when it is empty)."""
    if not text.strip():
        return None, ""
    if len(text) > MAX_CHARS:
        return None, QCoreApplication.translate(
            "schema_field",
            "The schema is longer than {n} characters. Replies are free text until it is fixed.",
        ).format(n=number(MAX_CHARS))
    try:
        value = json.loads(text)
    except ValueError as e:
        # Python's json says why in English: the reason is quoted, the sentence translated.
        if isinstance(e, json.JSONDecodeError):
            return None, QCoreApplication.translate(
                "schema_field",
                "This is not JSON ({reason} at line {line}, column {column}). Replies are "
                "free text until it is fixed.",
            ).format(reason=e.msg, line=number(e.lineno), column=number(e.colno))
        return None, QCoreApplication.translate(
            "schema_field",
            "This is not JSON ({reason}). Replies are free text until it is fixed.",
        ).format(reason=str(e))
    if not isinstance(value, dict):
        return None, QCoreApplication.translate(
            "schema_field",
            "A schema is a JSON object, such as {example}. Replies are free text until it is "
            "fixed.",
        ).format(example='{"type": "object"}')
    return OutputFormat("json_schema", value), ""


class SchemaText(QPlainTextEdit):
    """The schema's text box: Tab leaves it (no keyboard trap)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)


class SchemaField(QGroupBox):
    """A multi-line JSON schema box and, under it, why its text cannot be used; changed is
    emitted after a pause in typing with the format in effect (None: free text)."""

    changed = Signal(object)  # OutputFormat | None

    def __init__(self) -> None:
        super().__init__(self.tr("JSON schema"))
        self.setObjectName("schemaGroup")
        self.text = SchemaText()
        self.text.setObjectName("jsonSchema")
        self.text.setAccessibleName(self.tr("JSON schema"))
        self.text.setToolTip(tip())
        self.text.setAccessibleDescription(tip())
        self.text.setPlaceholderText(placeholder())
        self.text.setMaximumHeight(110)
        self.problem = QLabel()
        self.problem.setObjectName("schemaProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        column = QVBoxLayout(self)
        column.addWidget(self.text)
        column.addWidget(self.problem)
        self._format: OutputFormat | None = None
        self._updating = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._take)
        self.text.textChanged.connect(self._edited)

    def output_format(self) -> OutputFormat | None:
        """The format the text asks for now (None: free text, or text that is not a schema)."""
        return schema_from_text(self.text.toPlainText())[0]

    def set_output_format(self, output_format: OutputFormat | None) -> None:
        """Show a format (not an edit: nothing is emitted)."""
        self._timer.stop()
        schema = output_format.schema if output_format is not None else None
        text = json.dumps(schema, indent=2) if schema is not None else ""
        if output_format != self._format or text != self.text.toPlainText():
            self._updating = True
            try:
                self.text.setPlainText(text)
            finally:
                self._updating = False
        self._format = output_format
        self._show("")

    def _edited(self) -> None:
        if not self._updating:
            self._timer.start()

    def _take(self) -> None:
        # json.loads of a schema a person wrote takes microseconds; MAX_CHARS bounds a paste.
        output_format, problem = schema_from_text(self.text.toPlainText())
        self._show(problem)
        if output_format != self._format:
            self._format = output_format
            self.changed.emit(output_format)

    def _show(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

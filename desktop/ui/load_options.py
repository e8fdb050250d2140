"""The parameters panel's load choices: KV cache types, speculative decoding, the draft model,
what context each cache type buys, and the request a Reload sends."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from desktop.core.fields import CHOICES, ChoiceField
from desktop.core.types import LoadParams

_DEFAULTS = LoadParams(path="")


@dataclass(frozen=True, slots=True)
class ReloadRequest:
    """What the panel's Reload asks for: LoadParams' fields of these names (the rest of the
    load, the model's path first, stays as it is)."""

    n_ctx: int
    n_threads: int | None  # None: auto
    n_gpu_layers: int | None  # None: auto (the fit decides)
    type_k: str = _DEFAULTS.type_k
    type_v: str = _DEFAULTS.type_v
    speculative: str = _DEFAULTS.speculative
    draft_model: str = _DEFAULTS.draft_model  # "": none

    def applied_to(self, params: LoadParams) -> LoadParams:
        """params with these values."""
        return dataclasses.replace(params, **{f.name: getattr(self, f.name) for f in _FIELDS})


_FIELDS = dataclasses.fields(ReloadRequest)


def kv_type_tips() -> dict[str, str]:
    """What each KV cache type costs, for its entry in the boxes (read at use)."""
    return {
        "f16": QCoreApplication.translate(
            "load_options", "16 bits per value: the full-size cache."
        ),
        "q8_0": QCoreApplication.translate(
            "load_options",
            "8 bits per value: about half the memory of f16, nearly the same replies.",
        ),
        "q4_0": QCoreApplication.translate(
            "load_options",
            "4 bits per value: about a quarter of the memory of f16; replies may change a little.",
        ),
    }


def speculative_labels() -> dict[str, str]:
    return {
        "auto": QCoreApplication.translate(
            "load_options", "Auto", "speculative decoding: where it measured faster"
        ),
        "on": QCoreApplication.translate("load_options", "On", "speculative decoding"),
        "off": QCoreApplication.translate("load_options", "Off", "speculative decoding"),
    }


def choice_title(field: ChoiceField) -> str:
    """A declared choice's label, translated, capitalised: "K cache type"."""
    label = QCoreApplication.translate("fields", field.label)
    return label[:1].upper() + label[1:]


def choice_tip(field: ChoiceField) -> str:
    """A declared choice's help as a sentence, translated, with when it applies."""
    help_text = QCoreApplication.translate("fields", field.help)
    return QCoreApplication.translate(
        "load_options", "{help}. Applied when the model is loaded again."
    ).format(help=help_text[:1].upper() + help_text[1:])


def draft_tip() -> str:
    return QCoreApplication.translate(
        "load_options",
        "A small model with the same vocabulary that guesses a few tokens ahead for this one: "
        "the same replies, sooner. Hearth offers the models in your library that match. "
        "Applied when the model is loaded again.",
    )


class LoadOptions(QObject):
    """The combo boxes for the load's choices, added to the panel's Model group."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QComboBox] = {}
        for name in ("type_k", "type_v", "speculative"):
            field = CHOICES[name]
            box = self.boxes[name] = QComboBox(parent)
            box.setObjectName(name)
            labels = speculative_labels() if name == "speculative" else {}
            tips = kv_type_tips()
            for word in field.choices:
                box.addItem(labels.get(word, word), word)  # the cache types are their names
                if word in tips:
                    box.setItemData(box.count() - 1, tips[word], Qt.ItemDataRole.ToolTipRole)
            box.setToolTip(choice_tip(field))
            box.setAccessibleName(choice_title(field))
            box.setAccessibleDescription(box.toolTip())
        self.draft = QComboBox(parent)
        self.draft.setObjectName("draftModel")
        self.draft.setToolTip(draft_tip())
        self.draft.setAccessibleName(QCoreApplication.translate("load_options", "Draft model"))
        self.draft.setAccessibleDescription(draft_tip())
        # A long file name must not widen the panel: the box shows what fits.
        self.draft.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.draft.setMinimumContentsLength(8)
        self._candidates: list[tuple[str, str]] = []
        self._in_effect = ""  # the draft the load shown uses: offered even when not suggested
        self._fill_drafts("")
        self.kv_note = QLabel(parent)
        self.kv_note.setObjectName("kvNote")
        self.kv_note.setWordWrap(True)
        self.kv_note.setVisible(False)

    def add_rows(self, form: QFormLayout) -> None:
        """Their rows, each label joined to its box (Alt+letter, and readers name it)."""
        titles = {name: choice_title(CHOICES[name]) for name in self.boxes}
        for name in ("type_k", "type_v"):
            form.addRow(self._buddy(titles[name], self.boxes[name]), self.boxes[name])
        form.addRow(self.kv_note)  # under the types: what each buys
        form.addRow(
            self._buddy(titles["speculative"], self.boxes["speculative"]),
            self.boxes["speculative"],
        )
        form.addRow(
            self._buddy(QCoreApplication.translate("load_options", "Draft model"), self.draft),
            self.draft,
        )

    @staticmethod
    def _buddy(text: str, box: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(box)
        return label

    # --- what a reload asks for -------------------------------------------------------

    def choice(self, name: str) -> str:
        """The word chosen for a declared choice ("q8_0", "auto")."""
        value = self.boxes[name].currentData()
        return value if isinstance(value, str) else CHOICES[name].default

    def draft_model(self) -> str:
        """The draft model's path ("": none)."""
        value = self.draft.currentData()
        return value if isinstance(value, str) else ""

    # --- what is shown ----------------------------------------------------------------

    def show_params(self, params: LoadParams) -> None:
        """Show a load's choices (not an edit)."""
        for name, box in self.boxes.items():
            index = box.findData(CHOICES[name].clamp(getattr(params, name)))
            box.setCurrentIndex(max(index, 0))
        self._in_effect = params.draft_model
        self._fill_drafts(params.draft_model)

    def set_kv_note(self, text: str) -> None:
        """The fit's sentence on what context each cache type buys ("" hides it)."""
        self.kv_note.setText(text)
        self.kv_note.setVisible(bool(text))

    def set_draft_candidates(self, items: list[tuple[str, str]]) -> None:
        """The draft models offered (label, path), after "None"; the choice is kept when
        still offered."""
        self._candidates = list(items)
        self._fill_drafts(self.draft_model())

    def _fill_drafts(self, chosen: str) -> None:
        items = list(self._candidates)
        if self._in_effect and all(path != self._in_effect for _, path in items):
            items.append((Path(self._in_effect).name, self._in_effect))
        self.draft.blockSignals(True)
        try:
            self.draft.clear()
            self.draft.addItem(
                QCoreApplication.translate("load_options", "None", "no draft model"), ""
            )
            for label, path in items:
                self.draft.addItem(label, path)
                self.draft.setItemData(self.draft.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
            self.draft.setCurrentIndex(max(self.draft.findData(chosen), 0))
        finally:
            self.draft.blockSignals(False)

"""Preferences: the only writer of the settings file, and what it says for each model."""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core import paths
from desktop.core.settings import (
    DEFAULT_PRESET,
    MAX_DOWNLOADS_LIMIT,
    THEMES,
    Settings,
    SettingsError,
    all_presets,
    load_settings,
    model_defaults_for,
    remember_model,
    save_settings,
    settings_path,
    with_model_defaults,
    with_preset,
)
from desktop.core.types import LoadParams, ModelInfo, SamplingParams

log = logging.getLogger(__name__)

# Sampling edits come a step at a time (arrow keys, the wheel): they are written together
# once the person pauses; every other change is written at once.
SAMPLING_SAVE_DELAY_MS = 500


class ModelChoice(NamedTuple):
    """What a model starts with: how it is loaded, its sampling, the preset that came from."""

    load: LoadParams
    sampling: SamplingParams
    preset: str


class Preferences(QObject):
    """Owns the settings file (core.settings is its codec): per-model load and sampling
    defaults, presets, theme, window layout, recent and last model, last conversation,
    network choices and the default system prompt. Every change is saved; a save that
    fails keeps the change for this session and says so once (saveFailed), never raises."""

    saved = Signal()
    saveFailed = Signal(str)  # a sentence; said again only after a save worked in between
    refused = Signal(str)  # a sentence: a preset that cannot be saved (a built-in's name)
    presetSaved = Signal(str, object)  # name, SamplingParams
    themeChanged = Signal(str)
    networkChosen = Signal(bool, int)  # offline, downloads at once (the Settings dialog's OK)
    defaultSystemPromptChanged = Signal(str)

    def __init__(
        self, path: str | os.PathLike[str] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.path = Path(path) if path is not None else settings_path()
        self._settings = load_settings(self.path)
        self._failing = False
        self._dirty = False  # changed since the last save that worked
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAMPLING_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)

    # --- what is remembered ------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        """Everything remembered, as it is now (saved, or waiting for a short pause)."""
        return self._settings

    @property
    def theme(self) -> str:
        return self._settings.theme

    @property
    def offline(self) -> bool:
        return self._settings.offline

    @property
    def max_downloads(self) -> int:
        return self._settings.max_downloads

    @property
    def default_system_prompt(self) -> str:
        return self._settings.default_system_prompt

    @property
    def last_conversation_id(self) -> int | None:
        return self._settings.last_conversation_id

    def layout(self) -> tuple[str | None, str | None]:
        """The window's geometry and splitter state (base64), None when never saved."""
        return self._settings.window_geometry, self._settings.splitter_state

    def recent_models(self) -> list[str]:
        """Model files opened before, most recent first, those still on disk."""
        return [path for path in self._settings.recent_models if Path(path).is_file()]

    def user_presets(self) -> Mapping[str, SamplingParams]:
        """The person's own presets (the built-ins are not stored)."""
        return self._settings.presets

    def model_to_start(self, requested: str | None = None) -> str:
        """The model a start loads: the one asked for, else the last one, else the starter
        (also when that file is gone)."""
        model = requested or self._settings.last_model
        if model != paths.STARTER_NAME and not Path(model).is_file():
            return paths.STARTER_NAME
        return model

    def choose_model(self, key: str) -> ModelChoice:
        """How the model key ('starter' or a path) is loaded and the sampling it starts with:
        its own values, else its preset (Balanced when that preset is gone). Nothing is
        saved: only a load that works is remembered (remember_load). Raises HearthError when
        the key names no model (the starter not installed)."""
        path = paths.resolve_model(key)
        return ModelChoice(self.load_for(key, str(path)), *self.sampling_for(key))

    def load_for(self, key: str, path: str) -> LoadParams:
        """The load values remembered for a model: its last good load's, or the defaults."""
        return model_defaults_for(self._settings, key).load_params(path)

    def sampling_for(self, key: str) -> tuple[SamplingParams, str]:
        """The sampling a model starts with and the preset it came from."""
        defaults = model_defaults_for(self._settings, key)
        presets = all_presets(self._settings)
        preset = defaults.preset if defaults.preset in presets else DEFAULT_PRESET
        return defaults.sampling or presets[preset], preset

    # --- changes -----------------------------------------------------------------------

    def remember_sampling(self, key: str, params: SamplingParams, preset: str = "") -> None:
        """The sampling (and the preset it started from) this model starts with next time."""
        defaults = model_defaults_for(self._settings, key)
        chosen = dataclasses.replace(defaults, sampling=params, preset=preset or defaults.preset)
        self._change(with_model_defaults(self._settings, key, chosen), soon=True)

    def remember_load(
        self, key: str, n_ctx: int, n_threads: int | None, n_gpu_layers: int | None
    ) -> None:
        """A load with these values worked: the model loads with them next time, and it is
        the last model (a file also goes first in the recent models). Never called for a
        load that failed, so a failed load changes nothing here."""
        defaults = dataclasses.replace(
            model_defaults_for(self._settings, key),
            n_ctx=n_ctx,
            n_threads=n_threads,
            n_gpu_layers=n_gpu_layers,
        )
        settings = remember_model(with_model_defaults(self._settings, key, defaults), key)
        self._change(settings)

    def model_loaded(self, key: str, asked: LoadParams | None, info: ModelInfo) -> None:
        """The engine loaded info after being asked for asked: remember the values asked for
        when the load is this one (a load superseded by a newer choice is not). When the GPU
        part failed and the engine fell back to the CPU, the GPU layers stay as they were."""
        if asked is None or asked.path != info.path:
            return
        layers = asked.n_gpu_layers
        if layers not in (None, 0) and info.n_gpu_layers == 0:
            layers = model_defaults_for(self._settings, key).n_gpu_layers
        self.remember_load(key, asked.n_ctx, asked.n_threads, layers)

    def save_preset(self, name: str, params: SamplingParams) -> None:
        """Add (or replace) one of the person's presets; a built-in's name is refused."""
        try:
            settings = with_preset(self._settings, name, params)
        except ValueError as e:
            self.refused.emit(str(e))
            return
        self._change(settings)
        self.presetSaved.emit(name.strip(), params)

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            log.warning("unknown theme %r ignored", theme)
            return
        self._change(dataclasses.replace(self._settings, theme=theme))
        self.themeChanged.emit(theme)

    def remember_conversation(self, conversation_id: int | None, _path: object = None) -> None:
        """The conversation to reopen at the next start; saved at once, so a crash or a kill
        still reopens the right one. A new chat not stored yet (a negative id) is not."""
        if conversation_id is None or conversation_id < 0:
            return
        self._change(dataclasses.replace(self._settings, last_conversation_id=conversation_id))

    def save_layout(self, geometry: str, splitter: str) -> None:
        self._change(
            dataclasses.replace(self._settings, window_geometry=geometry, splitter_state=splitter)
        )

    def apply(self, offline: bool, max_downloads: int, default_system_prompt: str) -> None:
        """The Settings dialog's choices. networkChosen is emitted every time (an OK also
        brings back a hub the session had gone offline from)."""
        prompt = default_system_prompt.strip()
        changed_prompt = prompt != self._settings.default_system_prompt
        max_downloads = min(max(max_downloads, 1), MAX_DOWNLOADS_LIMIT)
        self._change(
            dataclasses.replace(
                self._settings,
                offline=offline,
                max_downloads=max_downloads,
                default_system_prompt=prompt,
            )
        )
        self.networkChosen.emit(offline, max_downloads)
        if changed_prompt:
            self.defaultSystemPromptChanged.emit(prompt)

    # --- saving ------------------------------------------------------------------------

    def flush(self) -> bool:
        """Write the settings now if anything changed since the last save that worked (a
        change waiting for its pause too). False when the file could not be written: the
        change is kept for this session, saveFailed said so, and the next flush tries again."""
        self._save_timer.stop()
        if not self._dirty:
            return True
        try:
            save_settings(self._settings, self.path)
        except (SettingsError, ValueError) as e:
            sentence = (
                e.user_message
                if isinstance(e, SettingsError)
                else "Hearth could not save its settings."
            )
            log.warning("settings not saved: %s", e)
            if not self._failing:
                self._failing = True
                self.saveFailed.emit(f"{sentence} Your changes apply until Hearth closes.")
            return False
        self._failing = self._dirty = False
        self.saved.emit()
        return True

    def _change(self, settings: Settings, soon: bool = False) -> None:
        if settings == self._settings:
            return
        self._settings = settings
        self._dirty = True
        if soon:
            self._save_timer.start()
        else:
            self.flush()

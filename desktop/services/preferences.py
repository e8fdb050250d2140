"""Preferences: the only writer of the settings file, and what it says for each model.

A little over 400 lines: being the one writer means every setting's setter and signal lives
here (the knowledge folders and the embedder joined them); each is a few lines."""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core import paths
from desktop.core.connections import REMOTE_PREFIX
from desktop.core.models.projectors import with_projector
from desktop.core.settings import (
    DEFAULT_PRESET,
    FONT_SIZE_RANGE,
    LANGUAGE_CODE_MAX,
    MAX_DOWNLOADS_LIMIT,
    SEND_KEYS,
    THEMES,
    ServerSettings,
    Settings,
    SettingsError,
    all_presets,
    checked_server,
    clamped_kv_budget,
    load_settings,
    model_defaults_for,
    remember_model,
    renamed_preset,
    save_settings,
    settings_path,
    with_knowledge_folders,
    with_model_defaults,
    with_model_folders,
    with_preset,
    without_preset,
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
    network choices, the default system prompt, the chat's font size and send key, the
    model folders the library lists and the conversation cache's budget. Every change is
    saved; a save that fails keeps the change for this session and says so once
    (saveFailed), never raises."""

    saved = Signal()
    saveFailed = Signal(str)  # a sentence; said again only after a save worked in between
    refused = Signal(str)  # a sentence: a preset that cannot be saved (a built-in's name)
    presetSaved = Signal(str, object)  # name, SamplingParams
    themeChanged = Signal(str)
    languageChanged = Signal(str)  # a code; "": the system's (applies at the next start)
    networkChosen = Signal(bool, int)  # offline, downloads at once (chosen in Settings)
    defaultSystemPromptChanged = Signal(str)
    presetRenamed = Signal(str, str)  # old name, new name
    presetDeleted = Signal(str)
    fontSizeChanged = Signal(int)  # points; 0: the system's size
    sendKeyChanged = Signal(str)  # "enter" | "ctrl+enter"
    modelFoldersChanged = Signal(object)  # tuple[str, ...]
    serverChanged = Signal(object)  # ServerSettings
    knowledgeFoldersChanged = Signal(object)  # tuple[str, ...]
    embeddingModelChanged = Signal(str)  # a .gguf path or library file name; "": none
    kvBudgetChanged = Signal(object)  # int bytes (object: past 2 GB a Qt int overflows)

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
    def language(self) -> str:
        return self._settings.language

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
    def font_size(self) -> int | None:
        """The chat's font size in points, None for the system's."""
        return self._settings.font_size

    @property
    def send_key(self) -> str:
        return self._settings.send_key

    @property
    def model_folders(self) -> tuple[str, ...]:
        return self._settings.model_folders

    @property
    def knowledge_folders(self) -> tuple[str, ...]:
        """The folders Hearth indexes for documents (Settings → Knowledge)."""
        return self._settings.knowledge_folders

    @property
    def embedding_model(self) -> str:
        """The embedding model for the documents' vectors ("": none, words only)."""
        return self._settings.embedding_model

    @property
    def kv_budget(self) -> int:
        """The disk the saved conversation states may take, in bytes (0: none saved)."""
        return self._settings.kv_cache_budget

    @property
    def server(self) -> ServerSettings:
        """The API server's settings (the Server page): on at launch, address, origins."""
        return self._settings.server

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

    def preset_system_prompt(self, name: str) -> str:
        """The system prompt a user preset applies ("" for none, and for the built-ins)."""
        return self._settings.preset_prompts.get(name, "")

    def model_to_start(self, requested: str | None = None) -> str:
        """The model a start loads: the one asked for, else the last one, else the starter
        (also when that file is gone)."""
        model = requested or self._settings.last_model
        remote = model.startswith(REMOTE_PREFIX)  # a connection's model: no file to check
        if model != paths.STARTER_NAME and not remote and not Path(model).is_file():
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
        # A hub vision model loads with the projector downloaded beside it.
        return with_projector(model_defaults_for(self._settings, key).load_params(path))

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
        self,
        key: str,
        n_ctx: int,
        n_threads: int | None,
        n_gpu_layers: int | None,
        options: LoadParams | None = None,
    ) -> None:
        """A load with these values worked: the model loads with them next time, and it is
        the last model (a file also goes first in the recent models). options: the load's
        KV cache types, speculative decoding and draft model, remembered too (None: kept as
        they were). Never called for a load that failed, so a failed load changes nothing."""
        defaults = dataclasses.replace(
            model_defaults_for(self._settings, key),
            n_ctx=n_ctx,
            n_threads=n_threads,
            n_gpu_layers=n_gpu_layers,
        )
        if options is not None:
            defaults = dataclasses.replace(
                defaults,
                type_k=options.type_k,
                type_v=options.type_v,
                speculative=options.speculative,
                draft_model=options.draft_model,
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
        self.remember_load(key, asked.n_ctx, asked.n_threads, layers, asked)

    def save_preset(self, name: str, params: SamplingParams, system_prompt: str = "") -> None:
        """Add (or replace) one of the person's presets, with the system prompt it applies
        ("" for none); a built-in's name is refused."""
        try:
            settings = with_preset(self._settings, name, params, system_prompt)
        except ValueError as e:
            self.refused.emit(str(e))
            return
        self._change(settings)
        self.presetSaved.emit(name.strip(), params)

    def rename_preset(self, old: str, new: str) -> bool:
        """Rename one of the person's presets (models that started from it follow); a
        built-in, or a name already taken, is refused with a sentence."""
        try:
            settings = renamed_preset(self._settings, old, new)
        except ValueError as e:
            self.refused.emit(str(e))
            return False
        if settings != self._settings:
            self._change(settings)
            self.presetRenamed.emit(old, new.strip())
        return True

    def delete_preset(self, name: str) -> bool:
        """Delete one of the person's presets; a built-in is refused with a sentence."""
        if name not in self._settings.presets:
            try:
                without_preset(self._settings, name)  # says why for a built-in
            except ValueError as e:
                self.refused.emit(str(e))
            return False
        self._change(without_preset(self._settings, name))
        self.presetDeleted.emit(name)
        return True

    def set_font_size(self, points: int | None) -> None:
        """The chat's font size (clamped to FONT_SIZE_RANGE); None goes back to the system's."""
        if points is not None:
            points = min(max(points, FONT_SIZE_RANGE[0]), FONT_SIZE_RANGE[1])
        if points == self._settings.font_size:
            return
        self._change(dataclasses.replace(self._settings, font_size=points))
        self.fontSizeChanged.emit(points or 0)

    def set_send_key(self, key: str) -> None:
        """ "enter" (Shift+Enter breaks the line) or "ctrl+enter" (Enter breaks the line)."""
        if key not in SEND_KEYS:
            log.warning("unknown send key %r ignored", key)
            return
        if key == self._settings.send_key:
            return
        self._change(dataclasses.replace(self._settings, send_key=key))
        self.sendKeyChanged.emit(key)

    def set_model_folders(self, folders: tuple[str, ...] | list[str]) -> None:
        """The folders the library lists GGUF files from, beside the Hugging Face cache."""
        settings = with_model_folders(self._settings, tuple(folders))
        if settings.model_folders == self._settings.model_folders:
            return
        self._change(settings)
        self.modelFoldersChanged.emit(settings.model_folders)

    def add_model_folder(self, folder: str) -> None:
        self.set_model_folders((*self._settings.model_folders, folder))

    def remove_model_folder(self, folder: str) -> None:
        self.set_model_folders(tuple(f for f in self._settings.model_folders if f != folder))

    def set_knowledge_folders(self, folders: tuple[str, ...] | list[str]) -> None:
        """The folders indexed for documents; knowledgeFoldersChanged when they changed."""
        settings = with_knowledge_folders(self._settings, tuple(folders))
        if settings.knowledge_folders == self._settings.knowledge_folders:
            return
        self._change(settings)
        self.knowledgeFoldersChanged.emit(settings.knowledge_folders)

    def set_embedding_model(self, model: str) -> None:
        """The embedding model ("" for none); embeddingModelChanged when it changed."""
        model = model.strip()
        if model == self._settings.embedding_model:
            return
        self._change(dataclasses.replace(self._settings, embedding_model=model))
        self.embeddingModelChanged.emit(model)

    def set_kv_budget(self, n_bytes: int) -> None:
        """The conversation cache's disk budget (clamped to KV_BUDGET_RANGE; 0 turns the
        saving off); kvBudgetChanged when it changed."""
        n_bytes = clamped_kv_budget(n_bytes)
        if n_bytes == self._settings.kv_cache_budget:
            return
        self._change(dataclasses.replace(self._settings, kv_cache_budget=n_bytes))
        self.kvBudgetChanged.emit(n_bytes)

    def set_server(self, server: ServerSettings) -> bool:
        """The API server's settings; refused (False, with a sentence) when the address, the
        port or an origin is not usable. serverChanged follows a change."""
        try:
            server = checked_server(server)
        except ValueError as e:
            self.refused.emit(str(e))
            return False
        if server != self._settings.server:
            self._change(dataclasses.replace(self._settings, server=server))
            self.serverChanged.emit(server)
        return True

    def set_offline(self, offline: bool) -> None:
        """Work offline (or not) from now on; networkChosen follows."""
        self.apply(offline, self.max_downloads, self.default_system_prompt)

    def set_max_downloads(self, count: int) -> None:
        self.apply(self.offline, count, self.default_system_prompt)

    def set_default_system_prompt(self, text: str) -> None:
        """The system prompt new chats start with; defaultSystemPromptChanged when it changed."""
        prompt = text.strip()
        if prompt == self._settings.default_system_prompt:
            return
        self._change(dataclasses.replace(self._settings, default_system_prompt=prompt))
        self.defaultSystemPromptChanged.emit(prompt)

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            log.warning("unknown theme %r ignored", theme)
            return
        self._change(dataclasses.replace(self._settings, theme=theme))
        self.themeChanged.emit(theme)

    def set_language(self, code: str) -> None:
        """The window's language ("" follows the system); read at start, so it applies then."""
        if code == self._settings.language or len(code) > LANGUAGE_CODE_MAX:
            return
        self._change(dataclasses.replace(self._settings, language=code))
        self.languageChanged.emit(code)

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
        """The network and prompt choices together. networkChosen is emitted every time (a
        choice made again also brings back a hub the session had gone offline from)."""
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
                else self.tr("Hearth could not save its settings.")
            )
            log.warning("settings not saved: %s", e)
            if not self._failing:
                self._failing = True
                self.saveFailed.emit(
                    self.tr("{reason} Your changes apply until Hearth closes.").format(
                        reason=sentence
                    )
                )
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

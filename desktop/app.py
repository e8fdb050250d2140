"""Composition root: the QApplication, logging, hooks, one instance, services and the window.

Longer than 400 lines because of start-up, the wiring of every service to the window, the
close guard that waits for unsaved history and the shutdown order of every service. Model
choice and per-model defaults live in services.preferences (the only writer of settings).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import signal
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.core import paths
from desktop.core.errors import HearthError
from desktop.core.history import ConversationStore, HistoryError, default_path, session
from desktop.core.history.records import FILE_NAME
from desktop.core.history.repair import repair as repair_history
from desktop.core.history.writer import WriterStatus
from desktop.core.hub import HubClient
from desktop.core.logmask import TokenMaskingFilter
from desktop.core.models import names, partials
from desktop.core.models.catalog import CatalogEntry, load_catalog
from desktop.core.models.describe import describe_model
from desktop.core.models.library import Library, LibraryModel
from desktop.core.settings import Settings
from desktop.core.timelocale import use_readable_dates
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.core.types import ModelInfo
from desktop.services.api_service import ApiService
from desktop.services.attachments import sweep_stored_copies
from desktop.services.background import Background
from desktop.services.chat_session import ChatSession, ChatState
from desktop.services.connection_jobs import ConnectionJobs, remote_choice
from desktop.services.conversations import open_read_store
from desktop.services.download_queue import DownloadManager
from desktop.services.draft_suggestions import DraftSuggestions
from desktop.services.hardware_jobs import HardwareJobs
from desktop.services.history import History
from desktop.services.hub_calls import HubCalls
from desktop.services.instance import InstanceGuard
from desktop.services.library_jobs import LibraryJobs
from desktop.services.messages import MessageBridge, install_exception_hooks
from desktop.services.preferences import Preferences
from desktop.ui import fonts, i18n, icons
from desktop.ui.chat_font import apply_chat_font, stepped
from desktop.ui.first_frame import after_first_frame
from desktop.ui.main_window import STARTER_LABEL, MainWindow
from desktop.ui.theme import apply_theme

if TYPE_CHECKING:
    # Imported when first needed, not at start-up (a measured figure): keyring with the
    # token; the Models and Hardware pages and Settings, on their first visit (the
    # manager pulls in the memory fit and the hardware probes).
    from desktop.core.secrets import TokenStore
    from desktop.services.knowledge import KnowledgeService
    from desktop.services.mcp_service import McpService
    from desktop.ui.hardware_page import HardwarePage
    from desktop.ui.model_manager import ModelManager
    from desktop.ui.server_page import ServerPage
    from desktop.ui.settings_page import SettingsPage
    from desktop.ui.tools_page import ToolsPage

log = logging.getLogger(__name__)

CLOSE_QUICK_WAIT_S = 0.5  # a close waits this long for the last saves, then goes async
CLOSE_WAIT_MS = 3000  # how long a close waits for the disk before asking the person
WAITING_FOR_API = QT_TRANSLATE_NOOP("App", "Waiting for an API request to finish…")


def init_logging() -> str:
    """A rotating log file in the user log dir; anything token-shaped is masked. When the
    folder cannot be used (a file in its place, a read-only disk), the log goes to stderr
    and the sentence returned says so (the window shows it); '' when all is well."""
    folder = paths.log_dir()
    problem = ""
    handler: logging.Handler
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "hearth.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as e:
        handler = logging.StreamHandler(sys.stderr)
        problem = (
            f"Hearth cannot keep its log in {folder} ({e.strerror or e}), so it writes it to "
            "the terminal instead. Everything else works."
        )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(TokenMaskingFilter())
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    if problem:
        log.warning("%s", problem)
    return problem


def app_icon() -> QIcon:
    """Hearth's icon at every size it was drawn at (resources/icons)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = paths.resources_dir() / "icons" / f"hearth-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


def open_store() -> tuple[ConversationStore, str, Path | None]:
    """The history store (the window's reads; writes go through its writer thread), or,
    when its folder cannot be used (read-only, full, damaged), a temporary one for this
    session with a sentence saying so, and that temporary folder (deleted at close)."""
    try:
        return open_read_store(default_path()), "", None
    except HistoryError as e:
        log.error("history unavailable: %s (%s)", e.user_message, e.details)
        problem = e.user_message
        if e.reason == "damaged":  # so damaged it does not even open: repair it first
            try:
                report = repair_history(default_path())
                return open_read_store(default_path()), report.sentence, None
            except (OSError, HistoryError, sqlite3.Error) as failed:
                log.error("history repair failed: %r", failed)
    folder = session.make_session_folder()
    return (
        open_read_store(folder / FILE_NAME),
        f"{problem} Chats in this session will not be kept after Hearth closes.",
        folder,
    )


class App:
    """Builds and owns everything the running app needs, in start-up order."""

    def __init__(
        self,
        argv: Sequence[str],
        tokens: TokenStore | None = None,
        guard: InstanceGuard | None = None,
        problems: Sequence[str] = (),
    ) -> None:
        existing = QApplication.instance()
        self.qt = existing if isinstance(existing, QApplication) else QApplication(list(argv))
        self.qt.setApplicationName("Hearth")
        self.qt.setDesktopFileName("hearth")  # matches packaging/linux/hearth.desktop
        self.qt.setWindowIcon(app_icon())
        self.qt.setApplicationVersion(__version__)
        self.qt.setDesktopFileName("hearth")
        self.bridge = MessageBridge()
        self._restore_hooks = install_exception_hooks(self.bridge)
        self.preferences = Preferences()
        # Before any widget exists: each reads its strings and direction when it is built.
        self.language = i18n.install(self.qt, self.preferences.language)
        fonts.register_for(self.language.code)  # its script's bundled font; the rest later
        apply_theme(self.qt, self.preferences.theme)
        self._startup_problems = [p for p in problems if p]
        store, self.store_problem, self._session_folder = open_store()
        self.history = History(store)
        self.controller = ChatSession(self.history)
        self.window = MainWindow(self.controller, self.history)
        # The lock is taken before the window is built (main); tests build the App directly.
        self.guard = guard or InstanceGuard()
        if guard is None and not self.guard.acquire():
            raise HearthError("Another Hearth is already running with this data folder.")
        self.model_key = paths.STARTER_NAME
        self._closing = False  # waiting for the history writer before the window closes
        self._quit_unsaved = False  # the person chose to quit with writes not on disk
        self._unsaved_box: QMessageBox | None = None
        self._build_models_side(tokens)
        # The API server over the chat's engine (fastapi is imported when it first starts).
        self.api = ApiService(self.controller.worker)
        self.server_page: ServerPage | None = None
        # Remote servers' models in the picker; the chat's engine switches to them.
        self.connections = ConnectionJobs(self.settings.offline)
        self.controller.worker.session.route = self.connections.route()
        self.mcp = self._build_mcp()
        self.tools_page: ToolsPage | None = None
        # Knowledge folders: made and started after the first frame (the knowledge property).
        self._knowledge: KnowledgeService | None = None
        self._wire()

    def _build_mcp(self) -> McpService:
        """MCP servers: mcp.json is read off the GUI thread now; no server runs before a
        chat needs its tools (mcp itself is imported then, on the hub's thread)."""
        from desktop.services.mcp_service import McpService
        from desktop.services.tool_turn import McpChatTools
        from desktop.ui.tools_menu import connect_tools_menu

        mcp = McpService(self.preferences)
        self.controller.conversationIdChanged.connect(mcp.follow_conversation)
        # A send in a conversation with servers on runs the tool loop (services.tool_turn).
        self.chat_tools = McpChatTools(mcp)
        connect_tools_menu(self.window.composer.tools, mcp, self.controller, self.chat_tools)
        return mcp

    def _build_models_side(self, tokens: TokenStore | None) -> None:
        """The library, the hub client, downloads and their workers (no network yet)."""
        s = self.settings
        cache = paths.hf_cache_dir()
        self.library = Library(
            paths.library_file(),
            cache,
            paths.starter_model_path(),
            paths.starter_model_sha256,  # read on first use, off the GUI thread
            paths.STARTER_LABEL,
        )
        # The keychain is opened on first need (a hub call or Settings), not at start-up.
        self._tokens = tokens
        self.hub_endpoint = os.environ.get("HF_ENDPOINT") or None
        self._hub_client: HubClient | None = None
        self.hub = HubCalls(self.hub_client, offline=s.offline)
        self.library.set_folders(s.model_folders)  # the person's model folders (Settings)
        self.library_jobs = LibraryJobs(self.library)
        self.drafts = DraftSuggestions()  # draft models for the loaded one (Parameters)
        self.downloads = DownloadManager(
            self.hub_client,
            self.library,
            cache,
            paths.downloads_state_dir(),
            max_parallel=s.max_downloads,
        )
        self.downloads.set_offline(s.offline)
        self.downloads.restore()
        self.background = Background(max_workers=1, name="hearth-startup")
        self.background.submit(
            lambda: partials.sweep_orphans(paths.downloads_state_dir(), cache),
            lambda removed: log.info("swept %d orphaned partial files", len(removed)),
            lambda sentence: log.warning("orphan sweep failed: %s", sentence),
        )
        self.background.submit(session.sweep_session_folders, lambda _removed: None)
        try:
            self.catalog: list[CatalogEntry] = load_catalog()
        except HearthError as e:
            log.error("catalog unavailable: %s (%s)", e.user_message, e.details)
            self.catalog = []
        self.manager: ModelManager | None = None
        self.settings_page: SettingsPage | None = None
        # Probes run only when asked for (the Hardware page, the model manager's fit).
        self.hardware = HardwareJobs()
        self.hardware_page: HardwarePage | None = None

    @property
    def knowledge(self) -> KnowledgeService:
        """The knowledge folders' service (imported and made on first use, not at start-up;
        its index opens and its folders are checked once start() is called)."""
        if self._knowledge is None:
            from desktop.services.knowledge import KnowledgeService

            self._knowledge = KnowledgeService(
                self.preferences, models=lambda: self.library_jobs.models
            )
        return self._knowledge

    def _start_knowledge(self) -> None:
        if self.window.isVisible():  # not when the window closed before its first frame ended
            self.knowledge.start()

    @property
    def settings(self) -> Settings:
        """What Preferences remembers now (read only: Preferences writes)."""
        return self.preferences.settings

    @property
    def store(self) -> ConversationStore:
        """The history's read store (a repair may replace it)."""
        return self.history.store

    @property
    def tokens(self) -> TokenStore:
        if self._tokens is None:
            from desktop.core.secrets import TokenStore

            self._tokens = TokenStore()
        return self._tokens

    def hub_client(self) -> HubClient:
        """The one client (its short cache shared by search and downloads); rebuilt when
        the token changes. token=None: no token at all, never one from the environment."""
        if self._hub_client is None:
            self._hub_client = HubClient(
                endpoint=self.hub_endpoint, token=self.tokens.get(), offline=self.hub.offline
            )
        return self._hub_client

    def _wire(self) -> None:
        w, c, h = self.window, self.controller, self.history
        self.bridge.error.connect(lambda sentence, details: w.banner.show_message(sentence))
        self.bridge.info.connect(lambda sentence: w.statusBar().showMessage(sentence, 5000))
        for problem in [*self._startup_problems, self.store_problem]:
            if problem:
                self.bridge.show_error(problem)
        h.repaired.connect(self.bridge.show_error)
        h.repairFailed.connect(self.bridge.show_error)
        self.bridge.flush_pending()
        w.modelChosen.connect(self.load_model)
        self._wire_preferences()
        w.closing.connect(self.shutdown)
        w.close_guard = self._may_close
        h.saveStatusChanged.connect(self._close_when_saved)
        self._register_pages()
        w.modelsRequested.connect(self.open_models)
        w.settingsRequested.connect(self.open_settings_page)
        w.hardwareRequested.connect(self.open_hardware)
        self.hub.offlineChanged.connect(self._offline_changed)
        self.library_jobs.listed.connect(self._library_listed)
        self.library_jobs.failed.connect(self.bridge.show_error)
        self.downloads.installed.connect(lambda key, path: self.library_jobs.refresh())
        c.modelLoaded.connect(lambda info: w.composer.focus())
        c.modelLoaded.connect(self._suggest_drafts)
        self.drafts.found.connect(w.params.set_draft_candidates)
        # The welcome names the model loading or in use (by the library's name, once listed).
        c.stateChanged.connect(self._show_model_on_welcome)
        self.library_jobs.listed.connect(self._show_model_on_welcome)
        self.guard.activated.connect(self._activated)
        self.api.windowWaiting.connect(self._waiting_for_api)
        self.connections.listed.connect(w.set_remote_models)

    def _wire_preferences(self) -> None:
        """Preferences is the only writer of settings: the window's choices go to it, and
        what it holds goes to the services and the window."""
        w, c, p = self.window, self.controller, self.preferences
        p.saveFailed.connect(self.bridge.show_error)
        p.refused.connect(self.bridge.show_error)
        w.set_theme(p.theme)
        w.themeChosen.connect(p.set_theme)
        p.themeChanged.connect(lambda theme: apply_theme(self.qt, theme))
        p.themeChanged.connect(w.set_theme)
        c.conversationIdChanged.connect(p.remember_conversation)
        # Each model keeps its own sampling, and its load values once a load of them worked.
        w.params.samplingChanged.connect(
            lambda params: p.remember_sampling(self.model_key, params, w.params.preset_name())
        )
        c.modelLoaded.connect(self._model_loaded)
        c.sha256_of = self._model_sha256  # stored with each reply (its info, Reproduce)
        c.modelLoadFailed.connect(lambda _sentence: self._show_load_in_effect())
        c.modelLoadFailed.connect(lambda _sentence: self._mark_loaded())
        w.params.presetSaved.connect(p.save_preset)
        p.presetSaved.connect(
            lambda name, params: w.params.add_preset(name, params, p.preset_system_prompt(name))
        )
        w.params.presetRenameRequested.connect(p.rename_preset)
        p.presetRenamed.connect(w.params.rename_preset)
        w.params.presetDeleteRequested.connect(p.delete_preset)
        p.presetDeleted.connect(w.params.remove_preset)
        for name, params in p.user_presets().items():  # the built-ins are already there
            w.params.add_preset(name, params, p.preset_system_prompt(name))
        self._default_system_prompt(p.default_system_prompt)
        p.defaultSystemPromptChanged.connect(self._default_system_prompt)
        p.networkChosen.connect(self._network_chosen)
        p.networkChosen.connect(lambda offline, _n: self.connections.set_offline(offline))
        p.modelFoldersChanged.connect(self.library_jobs.set_folders)
        # The disk the engine's saved conversation states may take: now and on each change.
        c.set_kv_budget(p.kv_budget)
        p.kvBudgetChanged.connect(c.set_kv_budget)
        w.composer.set_send_key(p.send_key)
        p.sendKeyChanged.connect(w.composer.set_send_key)
        self._chat_font(p.font_size)
        p.fontSizeChanged.connect(self._chat_font)
        w.fontSizeStepped.connect(lambda step: p.set_font_size(stepped(p.font_size, step)))
        w.restore_layout(*p.layout())
        for path in p.recent_models():
            w.add_model_choice(names.file_display_name(path), path)

    def start(self, model: str | None = None, load: bool = True) -> None:
        """Show the window, open the last conversation, load the last (or given) model."""
        w, c = self.window, self.controller
        w.refresh_conversations()
        self.library_jobs.refresh()
        w.show()
        after_first_frame(w, icons.load)  # not before it: see icons.py
        after_first_frame(w, fonts.register_rest)  # other scripts' fonts, for replies
        after_first_frame(w, self._start_knowledge)  # the index, the embedder, a check
        after_first_frame(w, lambda: w.follow_knowledge(self.knowledge))  # the chat's switch
        after_first_frame(w, lambda: sweep_stored_copies(self.store, self.background))
        last = self.preferences.last_conversation_id
        if last is not None and self.history.conversation_exists(last):
            c.open_conversation(last)
        else:
            w.new_chat()
        w.composer.focus()
        self.connections.refresh()  # in the background: the picker lists them when they answer
        model = self.preferences.model_to_start(model)
        if model != paths.STARTER_NAME:
            w.add_model_choice(names.file_display_name(model), model)
        if load:
            self.load_model(model)
        if self.preferences.server.enabled:  # it serves the model once the chat loads it
            self.api.apply(self.preferences.server)

    def load_model(self, choice: str) -> None:
        """Load a model ('starter', a path or remote://NAME/ID) as Preferences remembers it."""
        p = self.preferences
        try:
            chosen = remote_choice(p, choice) or p.choose_model(choice)
        except HearthError as e:
            self.window.banner.show_message(e.user_message)
            return
        self.model_key = choice
        self.window.params.set_sampling(chosen.sampling, chosen.preset)
        self.controller.set_sampling(self.window.params.sampling())
        self.window.params.show_load_request(chosen.load)
        self.controller.load_model(chosen.load)

    def _show_model_on_welcome(self, _changed: object = None) -> None:
        c, welcome = self.controller, self.window.welcome
        if c.state is ChatState.LOADING and c.load_params is not None:
            welcome.show_loading(*self._describe(c.load_params.path))
        elif c.model is not None:
            welcome.show_model(*self._describe(c.model.path))
        else:
            welcome.show_no_model()

    def _describe(self, path: str) -> tuple[str, str]:
        name, blurb = describe_model(
            path, self.library.starter, self.catalog, self.library_jobs.models
        )
        # Hearth's own lines are translated; a catalogue description comes back as it is.
        return name, QCoreApplication.translate("core", blurb)

    def _model_loaded(self, info: ModelInfo) -> None:
        self.preferences.model_loaded(self.model_key, self.controller.load_params, info)
        self.library_jobs.mark_used(Path(info.path))
        self._mark_loaded()

    def _suggest_drafts(self, info: ModelInfo) -> None:
        """Offer the library's models that can draft for the one just loaded (found off the
        GUI thread: it reads their headers)."""
        from desktop.services.knowledge import is_embedder

        self.drafts.suggest(
            info.path,
            [
                (
                    STARTER_LABEL if m.source == "starter" else names.library_display_name(m),
                    str(m.path),
                )
                for m in self.library_jobs.models
                if not m.error and not is_embedder(m)
            ],
        )

    def _model_sha256(self, path: str) -> str | None:
        """The model file's sha256 as the library knows it (no hashing here)."""
        file = Path(path)
        if self.library.starter is not None and file == self.library.starter:
            return self.library.starter_sha256
        return next((m.sha256 for m in self.library_jobs.models if m.path == file), None)

    def _mark_loaded(self) -> None:
        """The Library marks the model the chat uses now (none after a failed load)."""
        if self.manager is not None:
            model = self.controller.model
            self.manager.library_page.set_loaded(model.path if model is not None else None)

    def _show_load_in_effect(self) -> None:
        """After a failed load the panel shows what a reload asks for: the last good load's
        values (or the defaults), never what failed."""
        asked = self.controller.load_params
        if asked is not None:
            in_effect = self.preferences.load_for(self.model_key, asked.path)
            self.window.params.show_load_request(in_effect)

    def _default_system_prompt(self, text: str) -> None:
        self.controller.default_system_prompt = text
        self.window.params.set_default_system_prompt(text)

    # --- the model manager and settings -----------------------------------------------

    def open_models(self, tab: str = "") -> ModelManager:
        """Show the Models page (built on the first visit: start-up does not pay for it)."""
        page = self.window.pages.show_page("models")
        assert page is self.manager and self.manager is not None
        if tab:
            self.manager.show_tab(tab)
            self.manager.focus_page()
        return self.manager

    def _build_models_page(self) -> ModelManager:
        from desktop.core import fit
        from desktop.ui.model_manager import ModelManager

        self.manager = ModelManager(
            self.hub,
            self.downloads,
            self.library_jobs,
            self.catalog,
            self._models_in_use,
            lambda: fit.machine_budget(self.hardware.machine),
        )
        # The badges start from RAM alone and take in the GPUs once the probes answer.
        self.hardware.machineFound.connect(self.manager.discover.refresh_fit)
        self.manager.useRequested.connect(self.use_model)
        self.manager.add_connections(self.connections)
        self.manager.settingsRequested.connect(self.open_settings_page)
        self._mark_loaded()
        return self.manager

    def open_hardware(self) -> HardwarePage:
        """Show the Hardware page (built on the first visit); it fills in as probes answer."""
        page = self.window.pages.show_page("hardware")
        assert page is self.hardware_page and self.hardware_page is not None
        return self.hardware_page

    def _build_hardware_page(self) -> HardwarePage:
        from desktop.ui.hardware_page import HardwarePage

        page = HardwarePage()
        self.hardware_page = page
        jobs = self.hardware
        jobs.machineFound.connect(page.show_machine)
        jobs.machineFailed.connect(page.show_machine_error)
        jobs.engineFound.connect(page.show_engine)
        jobs.engineFailed.connect(page.show_engine_error)
        jobs.busyChanged.connect(page.set_busy)
        page.refreshRequested.connect(jobs.refresh)
        if jobs.machine is not None:
            page.show_machine(jobs.machine)
        if jobs.engine is not None:
            page.show_engine(jobs.engine)
        jobs.refresh()
        page.set_busy(jobs.busy)
        return page

    def _register_pages(self) -> None:
        """Models, Hardware, Server and Settings on the window's rail: each page is imported and
        built on its first visit (the start-up budget), then kept."""
        w, pages = self.window, self.window.pages
        # The chat's own actions (its panels too: View > Parameters) show the chat first.
        pages.bring_chat_for(
            [
                w.new_action,
                w.find_action,
                w.focus_action,
                w.toggle_params,
                w.responsive.sidebar_action,
            ]
        )
        pages.register(
            "models",
            QCoreApplication.translate("App", "Models"),
            "mdi6.cube-outline",
            self._build_models_page,
            tooltip=QCoreApplication.translate("App", "Find, download and manage models"),
            # The GPUs, for the fit badges (probed in the background, once).
            on_show=lambda _page: self.hardware.ensure_machine(),
            shortcut="Ctrl+2",
            also=[w.models_action],  # the Chat menu's Models… (Ctrl+M)
        )
        pages.register(
            "hardware",
            QCoreApplication.translate("App", "Hardware"),
            "mdi6.chip",
            self._build_hardware_page,
            tooltip=QCoreApplication.translate(
                "App", "This computer's processor, memory and GPUs, and what the engine can use"
            ),
            shortcut="Ctrl+3",
        )
        pages.register(
            "server",
            QCoreApplication.translate("App", "Server"),
            "mdi6.server-network",
            self._build_server_page,
            tooltip=QCoreApplication.translate(
                "App", "Serve the chat's model to other programs over an OpenAI-compatible API"
            ),
            shortcut="Ctrl+4",
        )
        pages.register(
            "tools",
            QCoreApplication.translate("App", "Tools"),
            "mdi6.tools",
            self._build_tools_page,
            tooltip=QCoreApplication.translate(
                "App", "MCP servers: the tools a model may use, each asking before it runs"
            ),
            shortcut="Ctrl+6",
        )
        # The menu's Settings… (Ctrl+,) and the Models page's Settings… show it too.
        pages.register(
            "settings",
            QCoreApplication.translate("App", "Settings"),
            "mdi6.cog-outline",
            self._build_settings_page,
            tooltip=QCoreApplication.translate(
                "App", "Preferences: chat, appearance, model folders, network and data"
            ),
            bottom=True,
            shortcut="Ctrl+5",
            also=[w.settings_action],
        )

    def open_server_page(self) -> ServerPage:
        """Show the Server page (built on the first visit)."""
        self.window.pages.show_page("server")
        assert self.server_page is not None
        return self.server_page

    def _build_server_page(self) -> ServerPage:
        from desktop.ui.server_page import ServerPage

        self.server_page = ServerPage(self.preferences, self.api)
        return self.server_page

    def _build_tools_page(self) -> ToolsPage:
        from desktop.ui.tools_page import ToolsPage

        self.tools_page = ToolsPage(self.mcp)
        return self.tools_page

    def _waiting_for_api(self, waiting: bool) -> None:
        """The chat's reply waits for an API reply to end: the status bar says so until its
        own reply starts."""
        bar = self.window.statusBar()
        if waiting:
            bar.showMessage(QCoreApplication.translate("App", WAITING_FOR_API))
        elif bar.currentMessage() == QCoreApplication.translate("App", WAITING_FOR_API):
            bar.clearMessage()

    def open_settings_page(self) -> SettingsPage:
        """Show the Settings page (built on the first visit)."""
        self.window.pages.show_page("settings")
        assert self.settings_page is not None
        return self.settings_page

    def _build_settings_page(self) -> SettingsPage:
        from desktop.ui.settings_page import SettingsPage

        page = SettingsPage(self.preferences, self.tokens, self.hub, knowledge=self.knowledge)
        page.tokenChanged.connect(self._token_changed)
        self.settings_page = page
        return page

    def _models_in_use(self) -> list[Path]:
        """The file the engine has open (or is opening): never deleted under it."""
        params = self.controller.load_params
        return [Path(params.path)] if params is not None else []

    def use_model(self, choice: str) -> None:
        """Load a library model ('starter' or a path) and pick it in the main window."""
        label = STARTER_LABEL
        if choice != paths.STARTER_NAME:
            label = next(
                (
                    names.library_display_name(m)
                    for m in self.library_jobs.models
                    if str(m.path) == choice
                ),
                names.file_display_name(choice),
            )
        self.window.add_model_choice(label, choice)
        self.load_model(choice)
        self.window.pages.show_chat()  # the chat, where the model is used

    def _library_listed(self, models: list[LibraryModel]) -> None:
        # Embedding models cannot chat: Settings → Knowledge offers them instead.
        from desktop.services.knowledge import is_embedder

        self.window.set_library_models(
            [
                (names.library_display_name(m), str(m.path))
                for m in models
                if m.source != "starter" and not m.error and not is_embedder(m)
            ]
        )

    def _chat_font(self, points: int | None) -> None:
        """The chat's text size (Settings, Ctrl+=): the transcript, the message box and the
        welcome an empty chat shows in the transcript's place."""
        w = self.window
        apply_chat_font([w.chat_view, w.composer.edit, w.welcome], points or None)

    def _network_chosen(self, offline: bool, max_downloads: int) -> None:
        self.downloads.set_max_parallel(max_downloads)
        self.hub.set_offline(offline)

    def _token_changed(self) -> None:
        self._hub_client = None  # the next call builds a client with the new token

    def _offline_changed(self, offline: bool, why: str) -> None:
        if self._hub_client is not None:
            self._hub_client.offline = offline
        self.downloads.set_offline(offline)
        if why:
            self.window.statusBar().showMessage(why, 8000)

    def _activated(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    # --- closing: nothing shown is lost ----------------------------------------------------

    def _may_close(self) -> bool:
        """The window asks before it closes. It closes at once when everything shown is on
        disk; else it waits for the history writer (the window stays responsive) and closes
        when the writer is done, or, if the disk still refuses after a few seconds, asks
        the person whether to keep Hearth open or quit without saving."""
        if self._quit_unsaved:
            return True
        self.controller.end_reply_for_close()
        # The last save is usually on disk within milliseconds: a short bounded wait here
        # lets a normal close be a plain close.
        if self.history.wait_saved(CLOSE_QUICK_WAIT_S):
            return True
        if not self._closing:
            self._closing = True
            self.window.statusBar().showMessage(
                QCoreApplication.translate("App", "Saving before Hearth closes…")
            )
            QTimer.singleShot(CLOSE_WAIT_MS, self._ask_about_unsaved)
        return False

    def _close_when_saved(self, status: WriterStatus) -> None:
        if self._closing and status.saved:
            self._closing = False
            if self._unsaved_box is not None:
                self._unsaved_box.done(0)
            self.window.close()

    def _ask_about_unsaved(self) -> None:
        status = self.history.save_status
        if not self._closing or status.saved or self._unsaved_box is not None:
            return
        problem = status.problem or QCoreApplication.translate("App", "The history is not saved.")
        pending = status.pending  # a plain name: lupdate drops a count written as an attribute
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("App", "Hearth has not saved everything"),
            QCoreApplication.translate(
                "App",
                "{problem}, so what you see is not saved yet (%n change(s)). Free some space "
                "or close the program using the history, and Hearth saves it and closes.",
                None,
                pending,
            ).format(problem=problem.removesuffix(".")),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        keep = box.addButton(
            QCoreApplication.translate("App", "Keep Hearth open"), QMessageBox.ButtonRole.RejectRole
        )
        box.addButton(
            QCoreApplication.translate("App", "Quit without saving"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(keep)
        box.finished.connect(lambda _result: self._unsaved_answered(box, keep))
        self._unsaved_box = box
        box.open()

    def _unsaved_answered(self, box: QMessageBox, keep: object) -> None:
        self._unsaved_box = None
        if not self._closing:
            return  # saved meanwhile: the window is closing already
        self._closing = False
        if box.clickedButton() is keep or box.clickedButton() is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("App", "Hearth keeps trying to save."), 5000
            )
            return
        log.error(
            "quit without saving %d history change(s): %s",
            self.history.unsaved_count(),
            self.history.save_status.problem,
        )
        self._quit_unsaved = True
        self.window.close()

    def shutdown(self) -> None:
        """Stop, save, reap the engine: called once when the window closes."""
        self.preferences.save_layout(*self.window.save_layout())
        self.preferences.remember_conversation(self.controller.conversation_id)
        self.hardware.shutdown()
        self.api.shutdown()  # before the engine: a request under way is stopped, not cut off
        self.hub.shutdown()
        self.connections.shutdown()
        self.mcp.shutdown()  # before the engine: a tool call under way ends with a sentence
        if self._knowledge is not None:  # indexing stops after its file; the embedder ends
            self._knowledge.shutdown()
        # Downloads pause (partial files kept for next time) before the engine goes.
        self.downloads.shutdown()
        self.library_jobs.shutdown()
        self.drafts.shutdown()
        self.background.shutdown(wait=False)
        if not self.controller.shutdown():
            log.warning("the engine did not stop in time and was killed")
        if not self.history.close(timeout=2.0):
            log.error("history writes left unsaved at exit (the person chose to quit)")
        self.preferences.flush()  # a sampling change still waiting for its pause
        self.store.close()
        if self._session_folder is not None:
            session.remove_session_folder(self._session_folder)
        self.guard.release()
        self._restore_hooks()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the window; a second launch brings the first window forward and exits."""
    argv = list(sys.argv if argv is None else argv)
    log_problem = init_logging()
    use_readable_dates()  # before Qt reads the locale: not "5 12 2026" in the file dialogs
    qt = QApplication.instance() or QApplication(argv)
    # Ctrl-C in a terminal closes the window the normal way (stop, save, reap), even when
    # it comes during start-up: the close runs once the event loop does. Python only runs
    # signal handlers between bytecodes, so a timer lets it in while Qt waits.
    started: list[App] = []
    signal.signal(
        signal.SIGINT,
        lambda *_: QTimer.singleShot(0, lambda: [a.window.close() for a in started]),
    )
    guard = InstanceGuard()
    if not guard.claim_or_activate():
        return 0  # the running Hearth shows its window
    try:
        app = App(argv, guard=guard, problems=[log_problem])
        started.append(app)
    except HearthError as e:
        QMessageBox.critical(None, "Hearth", e.user_message)
        return 1
    probe = os.environ.get("HEARTH_STARTUP_PROBE")
    if probe:
        # `hearth bench --ui`: report start-up to the first frame and the idle GUI
        # process's memory (no model loaded), then quit the normal way.
        from desktop.ui.startup_probe import report_startup

        app.start(load=False)
        report_startup(app.window, Path(probe), app.window.close)
    else:
        app.start()
    tick = QTimer()
    tick.start(250)
    tick.timeout.connect(lambda: None)
    code = qt.exec()
    return int(code)

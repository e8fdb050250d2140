"""The main window: sidebar, chat, composer, parameters, model picker and status bar.

Longer than 400 lines: it builds the toolbar, the menus and the status bar, and wires the two
services it shows (ChatSession: the chat on screen; History: the sidebar, search, export,
import and saving) to them. It decides nothing: each slot shows what a service said.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import paths
from desktop.core.history.writer import WriterStatus
from desktop.core.models import names
from desktop.core.types import GenerationStats, ModelInfo
from desktop.models import locale_format
from desktop.models.chat_model import ChatModel
from desktop.models.conversation_list import (
    ConversationListModel,
    ConversationRow,
    SearchResultsModel,
    SearchRow,
    highlight,
)
from desktop.services.attachments import KnowledgeSearch
from desktop.services.chat_session import DRAFT, ChatSession, ChatState, Shown
from desktop.services.connection_jobs import ConnectionModels
from desktop.services.edits import MessageEdits
from desktop.services.history import History, documents_folder
from desktop.services.said import said
from desktop.ui import file_dialogs, icons
from desktop.ui.banner import Banner
from desktop.ui.chat_view import ChatView
from desktop.ui.composer import Composer
from desktop.ui.help_menu import HelpMenu
from desktop.ui.load_options import ReloadRequest
from desktop.ui.model_picker import ModelPicker
from desktop.ui.page_rail import PageHost
from desktop.ui.params_panel import ParamsPanel
from desktop.ui.responsive import ElidedLabel, Responsive, fit_to_screen
from desktop.ui.sidebar import Sidebar
from desktop.ui.welcome import Welcome

STARTER_LABEL = paths.STARTER_LABEL
# The English start of the status while the model takes in the prompt (the window tracks
# the phase itself: the shown text is translated).
READING_PREFIX = "Reading the conversation"
THEME_ICONS = {
    "system": "mdi6.monitor",
    "light": "mdi6.white-balance-sunny",
    "dark": "mdi6.weather-night",
    "contrast": "mdi6.contrast-circle",
}


def theme_labels() -> dict[str, str]:
    """The View > Theme entries by settings key, in the window's language (read when shown)."""
    return {
        "system": QCoreApplication.translate("main_window", "Follow the system"),
        "light": QCoreApplication.translate("main_window", "Light"),
        "dark": QCoreApplication.translate("main_window", "Dark"),
        "contrast": QCoreApplication.translate("main_window", "High contrast"),
    }


class MainWindow(QMainWindow):
    """Shows the ChatSession (the chat on screen) and the History (the sidebar, search,
    export, import, saving) and asks them for changes; holds no chat state of its own."""

    modelChosen = Signal(str)  # 'starter' or a path
    themeChosen = Signal(str)  # 'system', 'light', 'dark' or 'contrast'
    fontSizeStepped = Signal(int)  # +1 larger, -1 smaller, 0 the system's size
    modelsRequested = Signal()  # open the model manager
    settingsRequested = Signal()
    hardwareRequested = Signal()  # open the Hardware window
    closing = Signal()

    def __init__(self, session: ChatSession, history: History) -> None:
        super().__init__()
        self.session = session
        self.history = history
        self.setWindowTitle("Hearth")
        self.resize(1200, 780)

        self.conversations = ConversationListModel(self._conversation_page)
        self.results = SearchResultsModel()
        self.chat_model = ChatModel()
        self.chat_model.follow(session)
        self.sidebar = Sidebar(self.conversations, self.results)
        self.banner = Banner()
        self.notice = Banner()
        self.notice.setObjectName("notice")
        self.chat_view = ChatView(self.chat_model)
        self.composer = Composer()
        self.params = ParamsPanel()

        center = QWidget()
        column = QVBoxLayout(center)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.notice)
        # An empty chat shows the welcome in the transcript's place.
        self.welcome = Welcome()
        self.chat_stack = QStackedWidget()
        self.chat_stack.addWidget(self.chat_view)
        self.chat_stack.addWidget(self.welcome)
        column.addWidget(self.chat_stack, 1)
        column.addWidget(self.composer)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.params)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 680, 300])
        # The chat's page: its toolbar (the model, the panels) above the splitter. The toolbar
        # is the chat's, not the window's: other pages show none of it, and the page rail
        # beside them runs the window's full height (it does not move when pages switch).
        self.chat_page = QWidget()
        self.chat_page.setObjectName("chatPage")
        page_column = QVBoxLayout(self.chat_page)
        page_column.setContentsMargins(0, 0, 0, 0)
        page_column.setSpacing(0)
        page_column.addWidget(self.splitter, 1)
        self.setCentralWidget(self.chat_page)

        self._build_toolbar()
        self._build_status_bar()
        self._build_actions()
        # Below a width the parameters become a drawer (see responsive.py).
        self.responsive = Responsive(self)

        self._deleted: int | None = None
        # What the status says of the reply under way: "reading" the prompt, "thinking", "".
        self._phase = ""
        # Asked before the window closes (the app may have writes to finish first).
        self.close_guard: Callable[[], bool] | None = None

        c = session
        c.stateChanged.connect(self._on_state)
        c.conversationSwitched.connect(self._on_switched)
        c.streamAppended.connect(self._on_stream)
        c.reasoningAppended.connect(self._on_thinking)
        c.messageFinished.connect(self._on_reply_finished)
        c.promptStarted.connect(self._on_prompt_started)
        c.modelLoaded.connect(self._on_model_loaded)
        c.modelLoaded.connect(self.composer.set_model)  # the paperclip: images or not
        # The thinking switch and effort: shown for a model whose template reads them.
        c.modelLoaded.connect(lambda _: self.composer.thinking.set_support(*c.thinking_support()))
        c.thinkingChanged.connect(self.composer.thinking.set_thinking)
        self.composer.thinking.changed.connect(c.set_thinking)
        self.chat_view.approvalAnswered.connect(c.answer_approval)  # a tool card's answer
        c.modelLoadFailed.connect(self._on_model_failed)
        c.notice.connect(self._on_notice)
        c.error.connect(self._on_error)
        c.engineCrashed.connect(self._on_crashed)
        c.contextUsage.connect(self._on_context)
        c.messagesDeleted.connect(self._on_messages_deleted)
        history.listChanged.connect(self.refresh_conversations)
        history.error.connect(self._on_error)
        history.info.connect(lambda text: self.statusBar().showMessage(text, 5000))
        history.saveStatusChanged.connect(self._on_save_status)

        self.composer.sendRequested.connect(self._send)
        self.composer.stopRequested.connect(c.stop)
        self.composer.draftChanged.connect(c.set_draft)
        c.draftCounted.connect(self.composer.show_count)
        c.draftRefused.connect(self.composer.show_refusal)
        c.draftSent.connect(self.composer.clear)  # a held draft went out once counted
        c.attachmentRefused.connect(self.composer.show_refusal)  # draft and files stay
        self.composer.accept_drops_for(self.chat_view.viewport())  # files dropped on the chat
        self.composer.knowledgeToggled.connect(c.set_knowledge)
        self.sidebar.newRequested.connect(self.new_chat)
        self.sidebar.conversationChosen.connect(c.open_conversation)
        self.sidebar.deleteRequested.connect(self._delete_conversation)
        self.sidebar.duplicateRequested.connect(history.duplicate_conversation)
        self.sidebar.exportRequested.connect(self._export_as)
        history.exported.connect(self._on_exported)
        self.sidebar.searchChanged.connect(self._search)
        self.conversations.renamed.connect(history.rename_conversation)
        # An edit is stored once it fits the context (else the editor says why and stays).
        self.edits = MessageEdits(c, self)
        self.chat_view.editRequested.connect(self.edits.request)
        self.edits.saved.connect(self.chat_view.edit_saved)
        self.edits.refused.connect(self.chat_view.edit_refused)
        self.chat_view.infoRequested.connect(self._show_reply_info)
        self.chat_view.regenerateRequested.connect(c.regenerate)
        self.chat_view.continueRequested.connect(c.continue_reply)
        self.chat_view.deleteRequested.connect(c.delete_message)
        self.chat_view.branchRequested.connect(c.switch_branch)
        # Links in replies open in the person's browser, never inside Hearth.
        self.chat_view.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.welcome.promptChosen.connect(self._send_suggestion)
        self.welcome.betterModelRequested.connect(self.modelsRequested)
        for rows_changed in (
            self.chat_model.modelReset,
            self.chat_model.rowsInserted,
            self.chat_model.rowsRemoved,
        ):
            rows_changed.connect(self._show_welcome_if_empty)
        self._show_welcome_if_empty()
        self.params.samplingChanged.connect(c.set_sampling)
        self.params.systemPromptChanged.connect(c.set_system_prompt)
        self.params.outputFormatChanged.connect(c.set_output_format)
        c.systemPromptChanged.connect(self.params.set_system_prompt)
        c.systemPromptSourceChanged.connect(self.params.set_prompt_source)
        self.params.reloadRequested.connect(self._reload_model)
        c.set_sampling(self.params.sampling())
        c.set_output_format(self.params.output_format())
        self._on_state(c.state)
        # Focus never stays on a button that vanished or moved: after an action on a
        # message, Send or Stop, the composer has it (the person's next move is to type).
        for acted in (
            self.edits.saved,  # (a refused edit keeps the focus in its editor)
            self.chat_view.regenerateRequested,
            self.chat_view.continueRequested,
            self.chat_view.deleteRequested,
            self.chat_view.branchRequested,
            self.composer.sendRequested,
            self.composer.stopRequested,
        ):
            acted.connect(lambda *_: self.composer.focus())
        # Models, Hardware and Settings are pages beside the chat (the app registers them).
        # Installed before the Tab order is set: it moves the chat into the page stack.
        self.pages = PageHost.install(
            self, self.responsive.focus_chat, chat_only=(self.stop_action,)
        )
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab goes the way the window reads: model, sidebar, the chat, composer, parameters."""
        chain: list[QWidget] = [
            self.model_picker,
            self.sidebar.new_button,
            self.sidebar.search,
            self.sidebar.list,
            self.sidebar.results,
            self.chat_view,
            self.welcome,
            self.composer.edit,
            self.composer.attach_button,
            self.composer.button,
            self.composer.thinking.switch,
            self.composer.thinking.effort,
            self.composer.tools,
            self.composer.knowledge,
            self.params,
        ]
        for i in range(1, len(chain)):
            QWidget.setTabOrder(chain[i - 1], chain[i])
        self.composer.order_chips()  # its files' remove buttons, after the paperclip

    # --- layout ----------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Model"))
        bar.setObjectName("modelBar")
        bar.setMovable(False)
        self.model_picker = ModelPicker()
        self.model_picker.setObjectName("modelPicker")
        self.model_picker.setMinimumWidth(320)
        self.model_picker.set_hint(self.tr("The model to chat with"))
        self.model_picker.setAccessibleName(self.tr("Model"))
        self.model_picker.setAccessibleDescription(self.tr("The model to chat with"))
        self.model_picker.activated.connect(self._picked)
        model_label = QLabel(self.tr("Model"))
        model_label.setContentsMargins(6, 0, 6, 0)
        model_label.setBuddy(self.model_picker)
        bar.addWidget(model_label)
        bar.addWidget(self.model_picker)
        open_file = QAction(self.tr("Open model file…"), self)
        open_file.setObjectName("openModelFileAction")
        open_file.setToolTip(
            self.tr("Use a model file (.gguf) from disk, in place (it is not copied)")
        )
        self.open_file_action = open_file
        open_file.triggered.connect(self._open_model_file)
        bar.addAction(open_file)
        self.models_action = QAction(self.tr("Models…"), self)
        self.models_action.setObjectName("modelsAction")
        self.models_action.setShortcut(QKeySequence("Ctrl+M"))
        self.models_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.models_action.setToolTip(
            self.tr("Find, download and manage models ({keys})").format(
                keys=self.models_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.models_action.triggered.connect(self.modelsRequested)  # Chat menu; the rail too
        self.load_progress = QProgressBar()
        self.load_progress.setRange(0, 0)
        self.load_progress.setMaximumWidth(120)
        self.load_progress.setVisible(False)
        self.load_progress.setAccessibleName(self.tr("Loading the model"))
        bar.addWidget(self.load_progress)
        self.cancel_load_button = QToolButton()
        self.cancel_load_button.setText(self.tr("Cancel"))
        self.cancel_load_button.setObjectName("cancelLoad")
        self.cancel_load_button.setToolTip(self.tr("Stop loading this model"))
        self.cancel_load_button.setAccessibleName(self.tr("Cancel loading the model"))
        self.cancel_load_button.clicked.connect(self.session.cancel_load)
        self.cancel_load_action = bar.addWidget(self.cancel_load_button)
        self.cancel_load_action.setVisible(False)
        self.toggle_params = QAction(self.tr("Parameters"), self)
        self.toggle_params.setToolTip(self.tr("Show or hide the parameters panel"))
        self.toggle_params.setCheckable(True)
        self.toggle_params.setChecked(True)
        bar.addAction(self.toggle_params)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar = bar
        page_column = self.chat_page.layout()
        assert isinstance(page_column, QVBoxLayout)
        page_column.insertWidget(0, bar)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.model_label = ElidedLabel(self.tr("No model"))  # elides on a narrow window
        self.state_label = ElidedLabel("")
        self.context_meter = QProgressBar()
        self.context_meter.setObjectName("contextMeter")
        self.context_meter.setMaximumWidth(220)
        self.context_meter.setFormat(self.tr("context %v / %m"))
        self.context_meter.setToolTip(self.tr("Tokens of the model's context this chat uses"))
        self.context_meter.setAccessibleName(self.tr("Context used"))
        self.context_meter.setAccessibleDescription(
            self.tr("Tokens of the model's context this chat uses")
        )
        self.speed_label = QLabel("")
        self.save_label = QLabel("")
        self.save_label.setObjectName("saveState")
        font = self.save_label.font()
        font.setBold(True)
        self.save_label.setFont(font)
        self.save_label.setVisible(False)
        status.addWidget(self.model_label)
        status.addWidget(self.state_label)
        status.addPermanentWidget(self.save_label)
        status.addPermanentWidget(self.speed_label)
        status.addPermanentWidget(self.context_meter)

    def _build_actions(self) -> None:
        def action(text: str, keys: QKeySequence | str, slot: object) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(self.tr("New chat"), "Ctrl+N", self.new_chat)
        self.find_action = action(self.tr("Search"), "Ctrl+F", self._focus_search)
        self.focus_action = action(self.tr("Focus composer"), "Ctrl+L", self.composer.focus)
        self.quit_action = action(self.tr("Quit"), "Ctrl+Q", self.close)
        self.stop_action = action(self.tr("Stop", "stop the reply"), "Esc", self.session.stop)
        menu = self.menuBar().addMenu(self.tr("&Chat"))
        menu.addAction(self.new_action)
        export = QAction(self.tr("Export conversation…"), self)
        export.setToolTip(self.tr("Save the open conversation as a Markdown file"))
        export.triggered.connect(self._export)
        menu.addAction(export)
        export_all = QAction(self.tr("Export all…"), self)
        export_all.triggered.connect(self._export_all)
        menu.addAction(export_all)
        import_action = QAction(self.tr("Import…"), self)
        import_action.triggered.connect(self._import)
        menu.addAction(import_action)
        menu.addSeparator()
        menu.addAction(self.models_action)
        self.settings_action = QAction(self.tr("Settings…"), self)
        # The platform's Preferences key (Cmd+, on macOS); many Linux desktops define none.
        preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.settings_action.setShortcuts(preferences or [QKeySequence("Ctrl+,")])
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.settingsRequested)
        menu.addAction(self.settings_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.toggle_params)
        self.zoom_actions = []
        for text, keys, step, icon in (
            (self.tr("Larger text"), ("Ctrl+=", "Ctrl++"), 1, "mdi6.format-font-size-increase"),
            (self.tr("Smaller text"), ("Ctrl+-",), -1, "mdi6.format-font-size-decrease"),
            (self.tr("Text size as the system's"), ("Ctrl+0",), 0, "mdi6.format-size"),
        ):
            zoom = action(text, keys[0], lambda _=False, s=step: self.fontSizeStepped.emit(s))
            zoom.setShortcuts([QKeySequence(k) for k in keys])
            icons.attach(zoom, icon)
            view.addAction(zoom)
            self.zoom_actions.append(zoom)
        themes = view.addMenu(self.tr("Theme"))
        themes.setObjectName("themeMenu")
        self.theme_menu = themes
        self.theme_group = QActionGroup(self)
        for key, label in theme_labels().items():
            act = themes.addAction(label)
            act.setCheckable(True)
            act.setData(key)
            self.theme_group.addAction(act)
        self.theme_group.triggered.connect(lambda act: self.themeChosen.emit(str(act.data())))
        view.addSeparator()
        self.hardware_action = QAction(self.tr("Hardware…"), self)
        self.hardware_action.setObjectName("hardwareAction")
        self.hardware_action.setToolTip(
            self.tr("This computer's processor, memory and GPUs, and what the engine can use")
        )
        self.hardware_action.triggered.connect(self.hardwareRequested)
        view.addAction(self.hardware_action)
        # Every toolbar button and menu action shows an icon (issue 12.16).
        for target, name in (
            (self.open_file_action, "mdi6.file-upload-outline"),
            (self.models_action, "mdi6.package-variant-closed"),
            (self.cancel_load_button, "mdi6.close-circle-outline"),
            (self.toggle_params, "mdi6.tune-variant"),
            (self.new_action, "mdi6.chat-plus-outline"),
            (self.find_action, "mdi6.magnify"),
            (self.focus_action, "mdi6.cursor-text"),
            (self.quit_action, "mdi6.exit-to-app"),
            (self.stop_action, "mdi6.stop-circle-outline"),
            (export, "mdi6.file-export-outline"),
            (export_all, "mdi6.database-export-outline"),
            (import_action, "mdi6.database-import-outline"),
            (self.settings_action, "mdi6.cog-outline"),
            (themes.menuAction(), "mdi6.theme-light-dark"),
            (self.hardware_action, "mdi6.chip"),
        ):
            icons.attach(target, name)
        for act in self.theme_group.actions():
            icons.attach(act, THEME_ICONS[str(act.data())])
        self.help_menu = HelpMenu(self, self.session.worker.engineStarted)

    # --- public ------------------------------------------------------------------------

    def new_chat(self) -> None:
        self.session.new_conversation()
        self.composer.focus()

    def refresh_conversations(self) -> None:
        self.conversations.reload()
        if self.session.conversation_id is not None:
            self.sidebar.select(self.session.conversation_id)

    def _conversation_page(self, offset: int, limit: int) -> list[ConversationRow]:
        page = self.history.list_conversations(limit=limit, offset=offset)
        return [
            ConversationRow(
                s.id, s.title or self.tr("New chat"), "", s.updated_at, s.imported_at is not None
            )
            for s in page
        ]

    def set_theme(self, theme: str) -> None:
        for act in self.theme_group.actions():
            act.setChecked(act.data() == theme)

    def add_model_choice(self, label: str, value: str) -> None:
        self.model_picker.add_choice(label, value)

    def set_library_models(self, choices: Sequence[tuple[str, str]]) -> None:
        """The picker lists the starter, then the library's models (label, path), then any
        other file opened earlier, then connections' models; the choice stays selected."""
        self.model_picker.set_library_models(choices)
        if self.session.model is not None:  # the library may name it better now
            self._show_model_name(self.session.model)

    def set_remote_models(self, connections: Sequence[ConnectionModels]) -> None:
        """Connections' models in the picker (ConnectionJobs.listed)."""
        self.model_picker.set_remote_models(connections)

    def model_name(self, path: str) -> str:
        """What the model at path (a file, or a remote://NAME/ID key) is called here: the
        picker's name for it, so the status bar says the same."""
        return self.model_picker.name_of(path)

    def _show_model_name(self, info: ModelInfo) -> None:
        self.model_label.setText(self.model_name(info.path))
        self.model_label.setToolTip(
            self.tr("{path}\nChat format: {format}").format(path=info.path, format=info.chat_format)
        )

    def save_layout(self) -> tuple[str, str]:
        geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        splitter = bytes(self.splitter.saveState().toBase64().data()).decode()
        return geometry, splitter

    def restore_layout(self, geometry: str | None, splitter: str | None) -> None:
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
            fit_to_screen(self)  # saved on a larger screen: made to fit this one
        if splitter:
            self.splitter.restoreState(QByteArray.fromBase64(splitter.encode()))
            self.responsive.restored()

    # --- slots -------------------------------------------------------------------------

    @Slot(str)
    def _send_suggestion(self, text: str) -> None:
        """A prompt picked on the welcome is sent as if typed (a draft in the composer is
        left alone); when it cannot go yet (no model ready, or its length still being
        counted) it waits in the composer, as if typed there."""
        if not self.session.submit(text):
            self.composer.edit.setPlainText(text)
            self.composer.edit.moveCursor(QTextCursor.MoveOperation.End)
        self.composer.focus()

    def _show_welcome_if_empty(self) -> None:
        empty = self.chat_model.rowCount() == 0
        self.chat_stack.setCurrentWidget(self.welcome if empty else self.chat_view)

    @Slot(str)
    def _send(self, text: str) -> None:
        if self.session.submit(text, self.composer.attachments()):
            self.composer.clear()

    def follow_knowledge(self, knowledge: KnowledgeSearch | None) -> None:
        """The composer's Knowledge switch follows the knowledge folders (app.knowledge, a
        services.knowledge.KnowledgeService; None: hidden), and replies search them."""
        followed = getattr(self, "_knowledge_followed", None)
        if followed is not None:  # the switch follows one service at a time
            with contextlib.suppress(RuntimeError, TypeError):
                followed[0].folders_changed.disconnect(followed[1])
        self._knowledge_followed: tuple[KnowledgeSearch, Callable[[], None]] | None = None
        self.session.attachments.knowledge = knowledge
        if knowledge is None:
            self.composer.set_knowledge_available(None)
            return

        def update() -> None:
            self.composer.set_knowledge_available(bool(knowledge.folders()))

        knowledge.folders_changed.connect(update)
        self._knowledge_followed = (knowledge, update)
        update()

    def _reload_model(self, request: ReloadRequest) -> None:
        params = self.session.load_params
        if params is None:
            return
        self.session.load_model(request.applied_to(params))

    def _picked(self, index: int) -> None:
        value = self.model_picker.itemData(index)
        if isinstance(value, str) and value:  # not a header or a connection's problem
            self.modelChosen.emit(value)

    def _open_model_file(self) -> None:
        path = file_dialogs.open_file(
            self, self.tr("Open a model file"), "", self.tr("GGUF model files (*.gguf)")
        )
        if path:
            self.add_model_choice(names.file_display_name(path), path)
            self.modelChosen.emit(path)

    def _show_reply_info(self, message_id: int) -> None:
        from desktop.ui.reply_info import open_reply_info  # on first use: not at start-up

        open_reply_info(self.chat_view, self.session, message_id)

    def _focus_search(self) -> None:
        self.sidebar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.sidebar.search.selectAll()

    def _search(self, query: str) -> None:
        hits = self.history.search(query)
        self.results.set_rows(
            [
                SearchRow(h.conversation_id, h.message_id, h.title, highlight(h.snippet))
                for h in hits
            ]
        )

    def _delete_conversation(self, conversation_id: int) -> None:
        """Into the trash (the session opens a new chat if it was the open one); Undo
        restores it and shows it again."""
        self.history.delete_conversation(conversation_id)
        self._deleted = conversation_id
        self.banner.show_message(
            self.tr("Conversation deleted."), self.tr("Undo"), self._undo_delete
        )

    def _undo_delete(self) -> None:
        if self._deleted is not None:
            self.history.restore_conversation(self._deleted)
            self.session.open_conversation(self._deleted)
            self._deleted = None

    def _export(self) -> None:
        if self.session.conversation_id is not None:
            self._export_as(self.session.conversation_id, "md")

    def _export_as(self, cid: int, kind: str) -> None:
        """Save dialog in Documents (or home), named after the conversation's title."""
        filters = {"md": self.tr("Markdown (*.md)"), "json": self.tr("JSON (*.json)")}
        path = file_dialogs.save_file(
            self,
            self.tr("Export conversation"),
            str(self.history.export_path(cid, f".{kind}")),
            ";;".join([filters[kind], *(f for k, f in filters.items() if k != kind)]),
        )
        if path:
            self.history.export_conversation(cid, Path(path))

    def _export_all(self) -> None:
        name = str(documents_folder() / (self.tr("Hearth history") + ".json"))
        path = file_dialogs.save_file(self, self.tr("Export all"), name, self.tr("JSON (*.json)"))
        if path:
            self.history.export_all(Path(path))

    def _import(self) -> None:
        start = str(documents_folder())
        path = file_dialogs.open_file(self, self.tr("Import"), start, self.tr("JSON (*.json)"))
        if path:
            self.history.import_file(Path(path))

    def _on_exported(self, path: Path) -> None:
        """The banner says where it went, with a way to see it there."""
        folder = QUrl.fromLocalFile(str(Path(path).parent))

        def show() -> None:
            QDesktopServices.openUrl(folder)

        self.statusBar().clearMessage()  # the banner says it, with its button
        self.banner.show_message(
            self.tr("Exported to {name}.").format(name=Path(path).name),
            self.tr("Show in folder"),
            show,
            scope="chat",
        )

    @Slot(int, object)
    def _on_messages_deleted(self, conversation_id: int, ids: list[int]) -> None:
        replies = len(ids) - 1
        if replies > 1:
            said = QCoreApplication.translate(
                "MainWindow", "Message and the %n messages under it deleted.", None, replies
            )
        elif replies == 1:
            said = self.tr("Message and the reply under it deleted.")
        else:
            said = self.tr("Message deleted.")
        self.banner.show_message(
            said,
            self.tr("Undo"),
            lambda: self.session.restore_messages(conversation_id, ids),
            scope="chat",
        )

    @Slot(str)
    def _on_error(self, sentence: str) -> None:
        """A reply or a history operation failed: said above the chat, until it changes."""
        self.banner.show_message(sentence, scope="chat")

    @Slot(object)
    def _on_save_status(self, status: WriterStatus) -> None:
        """Says when something shown is not on disk yet, and why; quiet while saves work."""
        if status.saved or not status.problem:
            self.save_label.setVisible(False)
            self.save_label.setToolTip("")
            self.banner.clear("save")  # the problem is gone: so is what said it
            return
        self.save_label.setText(self.tr("Not saved yet"))
        self.save_label.setToolTip(
            self.tr("{problem} Hearth keeps trying; nothing is lost.").format(
                problem=status.problem
            )
        )
        if not self.save_label.isVisible():
            self.banner.show_message(
                self.tr("{problem} What you see is kept, and saved as soon as it can be.").format(
                    problem=status.problem
                ),
                self.tr("Retry now"),
                self.history.retry_saving,
                scope="save",
            )
        self.save_label.setVisible(True)

    @Slot(object)
    def _on_state(self, state: ChatState) -> None:
        generating = state in (ChatState.GENERATING, ChatState.STOPPING)
        self.composer.set_generating(generating)
        self.composer.set_can_send(state is ChatState.IDLE)
        self.load_progress.setVisible(state is ChatState.LOADING)
        self.cancel_load_action.setVisible(state is ChatState.LOADING)
        self._phase = ""
        self.state_label.setText(
            {
                ChatState.NO_MODEL: self.tr("Choose a model to start"),
                ChatState.LOADING: self.tr("Loading the model…"),
                ChatState.IDLE: "",
                ChatState.GENERATING: self.tr("Writing…"),
                ChatState.STOPPING: self.tr("Stopping…"),
            }[state]
        )

    @Slot(int, object)
    def _on_switched(self, conversation_id: int, _shown: list[Shown]) -> None:
        """Another chat: what was said about the last one goes with it."""
        if conversation_id == DRAFT:
            self.sidebar.list.clearSelection()
        else:
            self.sidebar.select(conversation_id)
        self.banner.clear("chat")
        self.notice.hide()

    @Slot(int, str)
    def _on_stream(self, _message_id: int, _text: str) -> None:
        if self._phase in ("reading", "thinking"):
            self._phase = ""
            self.state_label.setText(self.tr("Writing…"))

    def _on_thinking(self, *_: object) -> None:
        """The reply's thought streams (before its answer)."""
        if self._phase == "reading":
            self._phase = "thinking"
            self.state_label.setText(self.tr("Thinking…"))

    @Slot(int, str, object)
    def _on_reply_finished(
        self, _message_id: int, status: str, stats: GenerationStats | None
    ) -> None:
        if status in ("complete", "stopped"):
            self.banner.clear("model")  # the engine answers again (after a crash, a reload)
        if stats is not None:
            line = self.tr("{speed} tok/s · first token {first} ms")
            if stats.draft_tokens:  # speculative decoding: how many drafted tokens were kept
                line = self.tr("{speed} tok/s · drafts {kept}% kept · first token {first} ms")
            kept = 100 * stats.accepted_tokens / max(stats.draft_tokens, 1)
            self.speed_label.setText(
                line.format(
                    speed=locale_format.number(stats.tokens_per_s, 1),
                    kept=locale_format.number(kept),
                    first=locale_format.number(stats.ttft_ms),
                )
            )

    @Slot(int)
    def _on_prompt_started(self, prompt_tokens: int) -> None:
        self._phase = "reading"
        self.state_label.setText(
            self.tr("Reading the conversation ({count} tokens)…").format(
                count=locale_format.number(prompt_tokens)
            )
        )

    @Slot(object)
    def _on_model_loaded(self, info: ModelInfo) -> None:
        self._show_model_name(info)
        asked = self.session.load_params
        auto = asked.n_gpu_layers is None if asked is not None else None
        self.params.set_load(
            info.n_ctx,
            info.n_threads,
            info.n_gpu_layers,
            info.n_layers,
            auto,
            said(info.fit_note),
            n_ctx_train=info.n_ctx_train,
            threads_auto=asked is not None and asked.n_threads is None,
        )
        self.params.set_kv_note(said(info.kv_note))
        self.banner.clear("model")  # a load error or a crash is now resolved

    @Slot(str)
    def _on_notice(self, sentence: str) -> None:
        """A notice during a load is about the load (e.g. the GPU failed and the model runs on
        the CPU): it goes to the banner, which stays until dismissed. Others (what the context
        policy left out) go to the notice above the chat, which the next conversation clears."""
        if self.session.state is ChatState.LOADING:
            self.banner.show_message(sentence)
        else:
            self.notice.show_message(sentence)

    @Slot(str)
    def _on_model_failed(self, sentence: str) -> None:
        self.model_label.setText(self.tr("No model"))
        self.banner.show_message(sentence, scope="model")

    @Slot(str)
    def _on_crashed(self, sentence: str) -> None:
        """Send stays offered (the next send loads the model again); the banner offers to
        load it now."""
        self.banner.show_message(
            sentence, self.tr("Reload model"), self.session.reload_model, "model"
        )

    @Slot(int, int)
    def _on_context(self, used: int, total: int) -> None:
        """Tokens this chat holds in the context (0 for a new chat), of the model's context
        (when no model is loaded, of what it used)."""
        self.context_meter.setRange(0, max(total, used, 1))
        self.context_meter.setValue(used)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_guard is not None and not self.close_guard():
            event.ignore()  # the guard closes the window again once it may
            return
        self.closing.emit()
        super().closeEvent(event)

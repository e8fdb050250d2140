"""The sidebar: new chat, search, and the conversations, newest first under date groups."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.conversation_list import ConversationListModel, Role, SearchResultsModel
from desktop.ui import icons, metrics

_Index = QModelIndex | QPersistentModelIndex


def _keys(keys: str) -> str:
    """A shortcut as the platform writes it (never translated)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's DisplayRole as rich text (search snippets with highlights)."""

    def _document(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        doc.setTextWidth(max(option.rect.width(), 120))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.topLeft())
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))


class ConversationDelegate(QStyledItemDelegate):
    """Paints a date group's header, or a conversation: its title (elided to fit, never
    stored cut) and, on the right, when it last changed and whether it was imported."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        if index.data(Role.IsHeader):
            self._paint_header(painter, option, str(index.data() or ""))
            return
        self.initStyleOption(option, index)
        title, option.text = option.text, ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.highlightedText() if selected else palette.text()
        faint = palette.highlightedText() if selected else palette.placeholderText()
        rect = option.rect.adjusted(8, 0, -8, 0)
        painter.save()
        # Leading and trailing follow the list's direction: mirrored right to left.
        painter.setLayoutDirection(option.direction)
        small = metrics.scaled(option.font, metrics.SMALL)
        painter.setFont(small)
        painter.setPen(faint.color())
        side = str(index.data(Role.DateText) or "")
        if index.data(Role.Imported):
            side = self.tr("Imported · {date}").format(date=side) if side else self.tr("Imported")
        side_width = QFontMetrics(small).horizontalAdvance(side)
        align = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, align | Qt.AlignmentFlag.AlignTrailing, side)
        painter.setFont(option.font)
        painter.setPen(text_color.color())
        # The title's room: the row less the date, at its trailing end (left when mirrored).
        room = QStyle.visualRect(
            option.direction, rect, rect.adjusted(0, 0, -(side_width + 8 if side else 0), 0)
        )
        elided = option.fontMetrics.elidedText(title, Qt.TextElideMode.ElideRight, room.width())
        painter.drawText(room, align | Qt.AlignmentFlag.AlignLeading, elided)
        painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, text: str) -> None:
        painter.save()
        painter.setLayoutDirection(option.direction)
        font = metrics.scaled(option.font, metrics.SMALL, bold=True)
        painter.setFont(font)
        painter.setPen(option.palette.placeholderText().color())
        rect = option.rect.adjusted(8, 0, -8, -3)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignBottom, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # One height for every row (headers too): the list keeps uniform item sizes, so
        # showing 10,000 conversations asks for no size but the first.
        return QSize(120, option.fontMetrics.height() + 14)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        editor.setGeometry(option.rect.adjusted(2, 1, -2, -1))


class Sidebar(QWidget):
    """Lists conversations and search results; emits what the person chose."""

    newRequested = Signal()
    conversationChosen = Signal(int)
    deleteRequested = Signal(int)
    duplicateRequested = Signal(int)
    exportRequested = Signal(int, str)  # conversation id, "md" or "json"
    searchChanged = Signal(str)

    def __init__(self, conversations: ConversationListModel, results: SearchResultsModel) -> None:
        super().__init__()
        self.setObjectName("sidebar")
        self.new_button = QPushButton(self.tr("New chat"))
        self.new_button.setObjectName("newChat")
        self.new_button.setToolTip(
            self.tr("Start a new conversation ({keys})").format(keys=_keys("Ctrl+N"))
        )
        self.new_button.setAccessibleName(self.tr("New chat"))
        self.new_button.setAccessibleDescription(self.tr("Start a new conversation"))
        icons.attach(self.new_button, "mdi6.chat-plus-outline")
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            self.tr("Search chats ({keys})").format(keys=_keys("Ctrl+F"))
        )
        self.search.setAccessibleName(self.tr("Search chats"))
        self.search.setAccessibleDescription(
            self.tr("Finds the conversations whose messages hold these words")
        )
        self.search.setClearButtonEnabled(True)

        self.list = QListView()
        self.list.setObjectName("conversations")
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.setAccessibleDescription(
            self.tr(
                "Enter opens a conversation; F2 renames it, Delete deletes it, "
                "the menu key shows its other actions"
            )
        )
        self.list.setModel(conversations)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.list.setItemDelegate(ConversationDelegate(self.list))
        self.list.setMouseTracking(True)  # hover highlight
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(results)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.results)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*[metrics.SPACE_M] * 4)
        layout.setSpacing(metrics.SPACE_M)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.stack, 1)

        delete = QAction(self.tr("Delete", "delete a conversation"), self.list)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._delete_current)
        self.list.addAction(delete)
        self._delete_action = delete
        icons.attach(delete, "mdi6.delete-outline")

        # Search as the person types, once they pause (each keystroke is not a query).
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(lambda: self.searchChanged.emit(self.search.text().strip()))
        self.search.textChanged.connect(self._search_typed)
        self.new_button.clicked.connect(self.newRequested)
        self.list.clicked.connect(self._chosen)
        self.list.activated.connect(self._chosen)
        self.results.clicked.connect(self._chosen)
        self.results.activated.connect(self._chosen)
        self.list.customContextMenuRequested.connect(self._menu)
        # The menu key and Shift+F10 show the current row's menu: Qt turns neither into a
        # context menu on every platform (Shift+F10 on none but Windows).
        menu_key = QAction(self.tr("Conversation actions"), self.list)
        menu_key.setShortcuts([QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10")])
        menu_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        menu_key.triggered.connect(
            lambda: self._menu(self.list.visualRect(self.list.currentIndex()).center())
        )
        self.list.addAction(menu_key)
        self.shown_menu: QMenu | None = None  # the row menu shown last (deleted once hidden)

    def select(self, conversation_id: int) -> None:
        model = self.list.model()
        assert isinstance(model, ConversationListModel)
        row = model.row_of(conversation_id)
        if row >= 0:
            self.list.setCurrentIndex(model.index(row, 0))

    def _search_typed(self, text: str) -> None:
        self.stack.setCurrentWidget(self.results if text.strip() else self.list)
        self._debounce.start()

    def _chosen(self, index: QModelIndex) -> None:
        conversation_id = index.data(Role.ConversationId)
        if isinstance(conversation_id, int):
            self.conversationChosen.emit(conversation_id)

    def _delete_current(self) -> None:
        conversation_id = self.list.currentIndex().data(Role.ConversationId)
        if isinstance(conversation_id, int):
            self.deleteRequested.emit(conversation_id)

    def menu_for(self, index: QModelIndex) -> QMenu | None:
        """The context menu of a conversation row (None for a header): Rename, Export as
        Markdown or JSON, Duplicate, Delete. Built apart from showing it, for tests."""
        conversation_id = index.data(Role.ConversationId)
        if not isinstance(conversation_id, int):
            return None
        self.list.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setObjectName("conversationMenu")
        rename = menu.addAction(self.tr("Rename"), lambda: self.list.edit(index))
        rename.setShortcut(QKeySequence(Qt.Key.Key_F2))  # shown; the list's edit key does it
        export = menu.addMenu(self.tr("Export"))
        markdown = export.addAction(
            self.tr("Markdown (.md)…"), lambda: self.exportRequested.emit(conversation_id, "md")
        )
        json = export.addAction(
            self.tr("JSON (.json)…"), lambda: self.exportRequested.emit(conversation_id, "json")
        )
        duplicate = menu.addAction(
            self.tr("Duplicate"), lambda: self.duplicateRequested.emit(conversation_id)
        )
        for target, name in (
            (rename, "mdi6.pencil-outline"),
            (export.menuAction(), "mdi6.file-export-outline"),
            (markdown, "mdi6.language-markdown-outline"),
            (json, "mdi6.code-json"),
            (duplicate, "mdi6.content-duplicate"),
        ):
            icons.attach(target, name)
        menu.addSeparator()
        menu.addAction(self._delete_action)
        return menu

    def _menu(self, pos: QPoint) -> None:
        """The row's menu: under the pointer, or for the current row when the menu key (or
        Shift+F10) asked, so every action on a conversation is reachable from the keyboard."""
        index = self.list.indexAt(pos)
        if not index.isValid() and self.list.hasFocus():
            index = self.list.currentIndex()
            pos = self.list.visualRect(index).center()
        menu = self.menu_for(index)
        if menu is not None:
            # popup, not exec: no nested event loop (a test, or a screen reader, sees it open).
            menu.aboutToHide.connect(menu.deleteLater)  # after its action ran
            self.shown_menu = menu
            menu.popup(self.list.viewport().mapToGlobal(pos))

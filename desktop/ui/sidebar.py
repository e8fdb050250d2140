"""The sidebar: new chat, search, and the conversations, newest first."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
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

_Index = QModelIndex | QPersistentModelIndex


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


class Sidebar(QWidget):
    """Lists conversations and search results; emits what the person chose."""

    newRequested = Signal()
    conversationChosen = Signal(int)
    deleteRequested = Signal(int)
    searchChanged = Signal(str)

    def __init__(self, conversations: ConversationListModel, results: SearchResultsModel) -> None:
        super().__init__()
        self.setObjectName("sidebar")
        self.new_button = QPushButton("New chat")
        self.new_button.setToolTip("Start a new conversation (Ctrl+N)")
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Search chats (Ctrl+F)")
        self.search.setClearButtonEnabled(True)

        self.list = QListView()
        self.list.setObjectName("conversations")
        self.list.setModel(conversations)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setModel(results)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.results)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.stack, 1)

        delete = QAction("Delete", self.list)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._delete_current)
        self.list.addAction(delete)
        self._delete_action = delete

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

    def _menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        if not index.isValid():
            return
        self.list.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction("Rename", lambda: self.list.edit(index))
        menu.addAction(self._delete_action)
        menu.exec(self.list.viewport().mapToGlobal(pos))

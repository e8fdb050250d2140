"""The welcome shown in place of an empty chat: the model, what it is good for, prompts to try."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.ui import icons, metrics

# Prompts a small local model answers well: writing and play, not facts it may get wrong.
# English here (the source texts); the welcome shows them translated (suggested_prompts()).
SUGGESTED_PROMPTS = (
    QT_TRANSLATE_NOOP("welcome", "Write a short poem about the sea"),
    QT_TRANSLATE_NOOP("welcome", "Suggest five names for a grey kitten"),
    QT_TRANSLATE_NOOP("welcome", "Tell me a bedtime story about a robot who learns to bake"),
    QT_TRANSLATE_NOOP("welcome", "Rewrite this more politely: send me the report now"),
)
NO_MODEL_BLURB = QT_TRANSLATE_NOOP(
    "welcome", "Choose a model in the bar above, or find one that fits this computer below."
)
BETTER_MODEL_TEXT = QT_TRANSLATE_NOOP("welcome", "Find a better model for this computer")


def _tr(text: str) -> str:
    """A text marked above, in the window's language (read when shown, not at import)."""
    return QCoreApplication.translate("welcome", text)


def suggested_prompts() -> tuple[str, ...]:
    """The prompts to try, in the window's language."""
    return tuple(_tr(text) for text in SUGGESTED_PROMPTS)


_COLUMN_MAX = 600  # the welcome's column, centred (the transcript's is 880)
_TWO_COLUMNS_FROM = 460  # narrower than this, the prompts stack in one column
_PAD = metrics.SPACE_M + metrics.SPACE_S  # inside a prompt card
_RADIUS = float(metrics.RADIUS)


def _mix(base: QColor, tint: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() * (1 - amount) + tint.redF() * amount,
        base.greenF() * (1 - amount) + tint.greenF() * amount,
        base.blueF() * (1 - amount) + tint.blueF() * amount,
    )


class PromptCard(QAbstractButton):
    """A suggested prompt: a rounded card whose text wraps to its width. Click, Space or
    Enter chooses it. Drawn from the palette, so it follows the theme."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(self.tr("Send “{prompt}”").format(prompt=text))
        self.setAccessibleDescription(self.tr("Sends this prompt to the model"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _text_rect(self, width: int) -> QRect:
        flags = Qt.TextFlag.TextWordWrap
        room = QRect(0, 0, max(1, width - 2 * _PAD), 10_000)
        return QFontMetrics(self.font()).boundingRect(room, flags, self.text())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        line = QFontMetrics(self.font()).height()
        # Two lines at least: the cards of a row look alike whatever their text.
        return max(self._text_rect(width).height(), 2 * line) + 2 * _PAD

    def sizeHint(self) -> QSize:
        width = min(self._text_rect(10_000).width(), 240) + 2 * _PAD
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = min(self.sizeHint().width(), 120)
        return QSize(width, self.heightForWidth(width))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        lively = self.underMouse() or self.isDown()
        fill = _mix(base, accent, 0.16 if self.isDown() else 0.10 if lively else 0.05)
        # A faint edge of the text colour: visible on light and dark bases alike.
        text = palette.color(QPalette.ColorRole.Text)
        edge = accent if self.hasFocus() or lively else _mix(base, text, 0.22)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(edge, 2.0 if self.hasFocus() else 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), _RADIUS, _RADIUS)
        painter.setPen(text)
        inner = self.rect().adjusted(_PAD, _PAD, -_PAD, -_PAD)
        # Leading: the painter follows the card's direction (mirrored right to left).
        align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(inner, int(align) | int(Qt.TextFlag.TextWordWrap), self.text())
        painter.end()


class WrappingButton(QPushButton):
    """A push button whose text wraps onto more lines when it is narrower than its one line
    (a translated label may be wider than a narrow chat); otherwise an ordinary button."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _one_line(self) -> QSize:
        return super().sizeHint()

    def _chrome(self) -> QSize:
        """The room around the text: the bevel's margins and the icon."""
        metrics_ = QFontMetrics(self.font())
        line = self._one_line()
        return QSize(
            line.width() - metrics_.horizontalAdvance(self.text()),
            line.height() - metrics_.height(),
        )

    def _wrapped(self, width: int) -> QRect:
        room = QRect(0, 0, max(1, width), 10_000)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        return QFontMetrics(self.font()).boundingRect(room, int(flags), self.text())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        line = self._one_line()
        if width >= line.width():
            return line.height()
        chrome = self._chrome()
        return max(line.height(), self._wrapped(width - chrome.width()).height() + chrome.height())

    def sizeHint(self) -> QSize:
        return self._one_line()

    def minimumSizeHint(self) -> QSize:
        # As narrow as its longest word: the words wrap, none is cut.
        metrics_ = QFontMetrics(self.font())
        word = max((metrics_.horizontalAdvance(w) for w in self.text().split()), default=0)
        width = min(self._one_line().width(), word + self._chrome().width())
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.width() >= self._one_line().width():
            super().paintEvent(event)  # room for one line: the style draws it as usual
            return
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text, icon = self.text(), self.icon()  # copies (the option's fields are cleared)
        option.text, option.icon = "", QIcon()
        style = self.style()
        painter = QPainter(self)
        style.drawControl(QStyle.ControlElement.CE_PushButtonBevel, option, painter, self)
        inner = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, self)
        inner.adjust(margin, 0, -margin, 0)  # as the one-line button keeps off its edge
        if not icon.isNull():
            size = option.iconSize
            spot = QRect(
                inner.left(), inner.center().y() - size.height() // 2, size.width(), size.height()
            )
            # Leading side: visualRect mirrors it right to left.
            spot = QStyle.visualRect(self.layoutDirection(), inner, spot)
            mode = QIcon.Mode.Normal if self.isEnabled() else QIcon.Mode.Disabled
            icon.paint(painter, spot, Qt.AlignmentFlag.AlignCenter, mode)
            lead = size.width() + 4  # QPushButton's own gap between icon and text
            inner = QStyle.visualRect(self.layoutDirection(), inner, inner.adjusted(lead, 0, 0, 0))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        style.drawItemText(
            painter,
            inner,
            int(flags),
            option.palette,
            self.isEnabled(),
            text,
            QPalette.ColorRole.ButtonText,
        )
        painter.end()


class Welcome(QScrollArea):
    """What an empty chat shows: the model and what it is good for, prompts to try, and a
    way to a better model. It shows what it is told and says what was chosen; the window
    decides what a choice does (send it, or put it in the composer)."""

    promptChosen = Signal(str)
    betterModelRequested = Signal()

    def __init__(self, prompts: Sequence[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)  # as the transcript

        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title = QLabel()
        self.title.setObjectName("welcomeTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._scale_title()
        self.blurb = self._muted("welcomeBlurb")
        self.blurb.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        try_label = self._muted("", self.tr("Try one of these"))
        bold = QFont()  # only the weight: the size follows the welcome's (the text size)
        bold.setBold(True)
        try_label.setFont(bold)

        self.cards: list[PromptCard] = []
        self._grid = QGridLayout()
        self._grid.setSpacing(metrics.SPACE_M)
        self._columns = 0
        self.set_prompts(suggested_prompts() if prompts is None else prompts)

        self.better_button = WrappingButton(_tr(BETTER_MODEL_TEXT))
        self.better_button.setObjectName("betterModel")
        self.better_button.setToolTip(
            self.tr("Open the model manager: models that fit this computer's memory are marked")
        )
        self.better_button.setAccessibleDescription(self.better_button.toolTip())
        self.better_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.better_button.clicked.connect(self.betterModelRequested)
        icons.attach(self.better_button, "mdi6.magnify-plus-outline")
        private = self._muted(
            "", self.tr("Everything runs on this computer: what you type stays here.")
        )
        private.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        column = QWidget()
        column.setMaximumWidth(_COLUMN_MAX)
        lay = QVBoxLayout(column)
        lay.setContentsMargins(metrics.SPACE_L, metrics.SPACE_XL, metrics.SPACE_L, metrics.SPACE_XL)
        lay.setSpacing(metrics.SPACE_M)
        lay.addWidget(self.icon)
        lay.addSpacing(4)
        lay.addWidget(self.title)
        lay.addWidget(self.blurb)
        lay.addSpacing(18)
        lay.addWidget(try_label)
        lay.addLayout(self._grid)
        lay.addSpacing(18)
        lay.addWidget(self.better_button, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addSpacing(4)
        lay.addWidget(private)

        page = QWidget()
        # The viewport sets the page's width, never its content: a word too long for any
        # line (a model's file name) is cut in its own label, not the whole page on the right.
        page.setMinimumWidth(1)
        rows = QVBoxLayout(page)
        rows.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(column, 100)
        middle.addStretch(1)
        rows.addLayout(middle)
        rows.addStretch(1)
        self.setWidget(page)
        self._show_icon()
        self.show_no_model()

    def _muted(self, name: str, text: str = "") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def _scale_title(self) -> None:
        self.title.setFont(metrics.scaled(self.font(), metrics.TITLE, bold=True))

    def changeEvent(self, event: QEvent) -> None:
        # The text size (Ctrl+= / Ctrl+-) reaches the welcome as a new font: the title is
        # a size of its own, so it is scaled again from it.
        if event.type() == QEvent.Type.FontChange:
            self._scale_title()
        super().changeEvent(event)

    def _show_icon(self) -> None:
        """Hearth's icon as the application already holds it (no file is read here)."""
        icon = QApplication.windowIcon()
        if not icon.isNull():
            self.icon.setPixmap(icon.pixmap(QSize(56, 56), self.devicePixelRatioF()))
        self.icon.setVisible(not icon.isNull())

    # --- what it shows -----------------------------------------------------------------

    def show_model(self, name: str, blurb: str) -> None:
        """A model is loaded: its name and what it is good for."""
        self.title.setText(name)
        self.blurb.setText(blurb)

    def show_loading(self, name: str = "", blurb: str = "") -> None:
        """A model is loading: its name and what it is good for, when known."""
        self.title.setText(
            self.tr("Loading {model}…").format(model=name) if name else self.tr("Loading…")
        )
        self.blurb.setText(blurb or self.tr("A prompt picked now waits in the message box."))

    def show_no_model(self, blurb: str = "") -> None:
        self.title.setText(self.tr("No model yet"))
        self.blurb.setText(blurb or _tr(NO_MODEL_BLURB))

    def set_prompts(self, prompts: Sequence[str]) -> None:
        for card in self.cards:
            self._grid.removeWidget(card)
            card.deleteLater()
        self.cards = [PromptCard(text) for text in prompts]
        for card in self.cards:
            card.clicked.connect(self._chosen)
        self._columns = 0
        self._arrange(self.viewport().width())

    def _chosen(self) -> None:
        card = self.sender()
        if isinstance(card, PromptCard):
            self.promptChosen.emit(card.text())

    # --- layout --------------------------------------------------------------------------

    def _arrange(self, width: int) -> None:
        """Two columns of cards, or one when the chat is narrow (re-placed only when the
        count changes, so a resize does not rebuild the grid each time)."""
        columns = 2 if width >= _TWO_COLUMNS_FROM else 1
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self._grid.removeWidget(card)
        for i, card in enumerate(self.cards):
            self._grid.addWidget(card, i // columns, i % columns)
        for c in range(2):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self.viewport().width())

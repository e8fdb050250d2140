"""Light, dark, system and high-contrast themes: Qt's Fusion style with Hearth's own palettes,
and a focus frame that always shows (FocusStyle)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionFocusRect,
    QToolTip,
    QWidget,
)

from desktop.core.settings import THEMES

SCHEMES = {
    "system": Qt.ColorScheme.Unknown,  # follow the desktop
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
    "contrast": Qt.ColorScheme.Dark,  # native dialogs and frames: the dark ones
}
_THEME_PROPERTY = "hearthTheme"  # the theme asked for last, kept on the application object
_FOLLOWING_PROPERTY = "hearthFollowsPlatform"  # colorSchemeChanged is connected once

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# Neutral greys with a blue accent, close to what LM Studio and Jan use. Text on Base and
# Window, and the muted PlaceholderText used for stats and markers, keep a WCAG AA contrast.
_LIGHT = {
    Role.Window: "#f3f4f6",
    Role.WindowText: "#1f2328",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f6f8fa",
    Role.Text: "#1f2328",
    Role.PlaceholderText: "#636c76",
    Role.Button: "#eceef1",
    Role.ButtonText: "#1f2328",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#2563eb",
    Role.HighlightedText: "#ffffff",
    Role.Accent: "#2563eb",
    Role.Link: "#0969da",
    Role.LinkVisited: "#8250df",
    Role.ToolTipBase: "#ffffff",
    Role.ToolTipText: "#1f2328",
}
_DARK = {
    Role.Window: "#25262b",
    Role.WindowText: "#e6e6e9",
    Role.Base: "#1c1d21",
    Role.AlternateBase: "#25262b",
    Role.Text: "#e6e6e9",
    Role.PlaceholderText: "#8f929b",
    Role.Button: "#2f3137",
    Role.ButtonText: "#e6e6e9",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#3b82f6",
    Role.HighlightedText: "#ffffff",
    Role.Accent: "#3b82f6",
    Role.Link: "#6ea8fe",
    Role.LinkVisited: "#b392f0",
    Role.ToolTipBase: "#2f3137",
    Role.ToolTipText: "#e6e6e9",
}
# High contrast (WCAG AAA, 7:1 and more for every text): white on black, yellow selection
# and links, cyan accents, disabled text still readable (8:1). Buttons and combos keep a
# dark grey face so that Fusion, whose frames are the window colour darkened, shows them;
# CONTRAST_SHEET draws white borders and a thick yellow focus frame.
_CONTRAST = {
    Role.Window: "#000000",
    Role.WindowText: "#ffffff",
    Role.Base: "#000000",
    Role.AlternateBase: "#1a1a1a",
    Role.Text: "#ffffff",
    Role.PlaceholderText: "#d0d0d0",
    Role.Button: "#262626",
    Role.ButtonText: "#ffffff",
    Role.BrightText: "#ffff00",
    Role.Highlight: "#ffff00",
    Role.HighlightedText: "#000000",
    Role.Accent: "#00ffff",
    Role.Link: "#ffff00",
    Role.LinkVisited: "#00ffff",
    Role.ToolTipBase: "#000000",
    Role.ToolTipText: "#ffffff",
}
_CONTRAST_DISABLED = "#b3b3b3"
CONTRAST_SHEET = """
QPushButton, QToolButton { border: 1px solid #ffffff; border-radius: 3px; padding: 3px 8px; }
QToolButton { padding: 3px; }
QPushButton:hover, QToolButton:hover { background-color: #333333; }
QPushButton:checked, QToolButton:checked { background-color: #ffff00; color: #000000; }
QPushButton:disabled, QToolButton:disabled { border-color: #b3b3b3; color: #b3b3b3; }
QLineEdit, QTextEdit, QPlainTextEdit, QAbstractItemView, QComboBox, QAbstractSpinBox
{ border: 1px solid #ffffff; }
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator
{ width: 12px; height: 12px; border: 1px solid #ffffff; background-color: #000000; }
QRadioButton::indicator { border-radius: 7px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked,
QAbstractItemView::indicator:checked { background-color: #ffff00; border-color: #ffff00; }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: #b3b3b3; }
QCheckBox, QRadioButton { border: 2px solid transparent; }
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus,
QAbstractItemView:focus, QComboBox:focus, QAbstractSpinBox:focus, QCheckBox:focus,
QRadioButton:focus { border: 2px solid #ffff00; }
"""
_DISABLED_TEXT = {False: "#8c959f", True: "#6b6e76"}
_DISABLED_HIGHLIGHT = {False: "#b6bcc6", True: "#45484f"}


FOCUS_WIDTH = 2  # px: the focus frame every theme draws (WCAG 2.4.7, focus visible)


class FocusStyle(QProxyStyle):
    """Fusion, with the keyboard focus always visible: Fusion draws a focus rectangle only
    after a key moved the focus, faint (the highlight at low opacity), and none round a
    focused list or table. This one draws it at FOCUS_WIDTH in the palette's Highlight
    (HighlightedText on a selected row, whose background is the Highlight), and frames a
    focused item view. name() is its base's ('fusion'): it is Fusion, with a visible focus."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def name(self) -> str:
        return self.baseStyle().name()

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            background = (
                option.backgroundColor if isinstance(option, QStyleOptionFocusRect) else None
            )
            color = option.palette.color(Role.Highlight)
            if background is not None and background == color:
                color = option.palette.color(Role.HighlightedText)
            _frame(painter, option.rect, color)
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        framed = (
            element == QStyle.ControlElement.CE_ShapedFrame
            and isinstance(widget, QAbstractItemView)
            and widget.hasFocus()
        )
        # Fusion's push button shows focus only after a key moved it, and faintly. Under a
        # style sheet (the contrast theme's, whose style is not this) the sheet draws it.
        pushed = (
            element == QStyle.ControlElement.CE_PushButton
            and bool(option.state & QStyle.StateFlag.State_HasFocus)
            and (widget is None or widget.style() is self)
        )
        if framed or pushed:
            _frame(painter, option.rect, option.palette.color(Role.Highlight))

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_DefaultFrameWidth and isinstance(
            widget, QAbstractItemView
        ):
            # The viewport sits inside the frame: room for the whole focus frame.
            return max(FOCUS_WIDTH, super().pixelMetric(metric, option, widget))
        return super().pixelMetric(metric, option, widget)


def _frame(painter: QPainter, rect: QRect, color: QColor) -> None:
    """A FOCUS_WIDTH frame of color just inside rect."""
    painter.save()
    pen = QPen(color, FOCUS_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    half = FOCUS_WIDTH // 2
    painter.drawRect(rect.adjusted(half, half, -half, -half))
    painter.restore()


def is_dark(palette: QPalette) -> bool:
    """Whether palette draws light text on a dark background (its Base is dark)."""
    return palette.color(Role.Base).lightness() < 128


def contrast_palette() -> QPalette:
    """The high-contrast palette, every role set for every colour group."""
    palette = QPalette()
    for role, name in _CONTRAST.items():
        palette.setColor(role, QColor(name))
    white, grey = QColor("#ffffff"), QColor("#808080")
    for role, color in {
        Role.Light: white,
        Role.Midlight: grey,
        Role.Mid: grey,
        Role.Dark: white,
        Role.Shadow: white,
    }.items():
        palette.setColor(role, color)
    muted = QColor(_CONTRAST_DISABLED)
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, muted)
    palette.setColor(Group.Disabled, Role.Highlight, grey)
    palette.setColor(Group.Disabled, Role.Accent, grey)
    return palette


def palette_for(dark: bool) -> QPalette:
    """Hearth's light or dark palette, every role set for every colour group.

    Every role is set so that nothing of the platform's palette shows through (a light
    menu in a dark window): Qt resolves an application palette over the platform's
    only for the roles it sets.
    """
    colors = _DARK if dark else _LIGHT
    palette = QPalette()
    for role, name in colors.items():
        palette.setColor(role, QColor(name))
    # The 3D shades Fusion draws frames and bevels with, derived from the button colour.
    button = QColor(colors[Role.Button])
    shades = {
        Role.Light: button.lighter(160 if dark else 112),
        Role.Midlight: button.lighter(125 if dark else 106),
        Role.Mid: button.darker(140 if dark else 125),
        Role.Dark: button.darker(180 if dark else 160),
        Role.Shadow: QColor("#000000"),
    }
    for role, color in shades.items():
        palette.setColor(role, color)
    muted = QColor(_DISABLED_TEXT[dark])
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, muted)
    palette.setColor(Group.Disabled, Role.Highlight, QColor(_DISABLED_HIGHLIGHT[dark]))
    palette.setColor(Group.Disabled, Role.Accent, QColor(_DISABLED_HIGHLIGHT[dark]))
    return palette


def current_theme(app: QGuiApplication) -> str:
    """The theme last applied with apply_theme ('system' if none was)."""
    value = app.property(_THEME_PROPERTY)
    return value if isinstance(value, str) and value in THEMES else "system"


def apply_theme(app: QApplication, theme: str) -> None:
    """Use Fusion with Hearth's palette for theme ('system', 'light', 'dark' or 'contrast').

    Qt's colour scheme hint alone changes nothing where the platform cannot switch (plain
    X11, offscreen, many window managers): the hint is still set, so that native dialogs
    and window frames match where the platform can, but the colours come from Hearth's
    own palettes, always. An explicit light or dark therefore looks the same on every
    desktop, as LM Studio's and Jan's do, and the transcript and code blocks (which take
    their colours from the palette) follow. 'system' uses the dark palette when the
    platform reports a dark scheme (and follows it when it changes), the light one
    otherwise, including when the platform reports none. 'contrast' is white on black with
    yellow selection and links (7:1 and more) and CONTRAST_SHEET's borders and focus frame.
    """
    if theme not in THEMES:
        theme = "system"
    # The contrast theme's borders and thick focus frame. A style sheet wraps the style (its
    # name reads ''): cleared first when leaving contrast, and the style checked without it.
    sheet = CONTRAST_SHEET if theme == "contrast" else ""
    if app.styleSheet() != sheet and not sheet:
        app.setStyleSheet("")
    if not app.styleSheet() and not isinstance(app.style(), FocusStyle):
        app.setStyle(FocusStyle())  # a new style restyles every widget: only when needed
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    app.setProperty(_THEME_PROPERTY, theme)  # before the hint, which may emit a change
    hints = app.styleHints()
    hints.setColorScheme(SCHEMES[theme])
    if not app.property(_FOLLOWING_PROPERTY):
        app.setProperty(_FOLLOWING_PROPERTY, True)
        hints.colorSchemeChanged.connect(_on_platform_scheme)
    if theme == "contrast":
        _use_palette(app, contrast_palette())
    else:
        _set_palette(app, _wants_dark(theme, hints.colorScheme()))


def _wants_dark(theme: str, reported: Qt.ColorScheme) -> bool:
    if theme == "system":
        return reported == Qt.ColorScheme.Dark
    return theme == "dark"


def _on_platform_scheme(scheme: Qt.ColorScheme) -> None:
    """The desktop switched between light and dark: follow it when the theme is 'system'."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and current_theme(app) == "system":
        _set_palette(app, scheme == Qt.ColorScheme.Dark)


def _set_palette(app: QApplication, dark: bool) -> None:
    _use_palette(app, palette_for(dark))


def _use_palette(app: QApplication, palette: QPalette) -> None:
    if app.palette() == palette:
        return  # no PaletteChange for every widget when nothing changes
    app.setPalette(palette)
    # Tooltips keep a palette of their own, taken from the platform at start.
    QToolTip.setPalette(palette)

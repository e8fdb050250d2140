"""Light, dark and system themes: Qt's Fusion style with Hearth's own light and dark palettes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.core.settings import THEMES

SCHEMES = {
    "system": Qt.ColorScheme.Unknown,  # follow the desktop
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
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
_DISABLED_TEXT = {False: "#8c959f", True: "#6b6e76"}
_DISABLED_HIGHLIGHT = {False: "#b6bcc6", True: "#45484f"}


def is_dark(palette: QPalette) -> bool:
    """Whether palette draws light text on a dark background (its Base is dark)."""
    return palette.color(Role.Base).lightness() < 128


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
    """Use Fusion with Hearth's palette for theme ('system', 'light' or 'dark').

    Qt's colour scheme hint alone changes nothing where the platform cannot switch (plain
    X11, offscreen, many window managers): the hint is still set, so that native dialogs
    and window frames match where the platform can, but the colours come from Hearth's
    own palettes, always. An explicit light or dark therefore looks the same on every
    desktop, as LM Studio's and Jan's do, and the transcript and code blocks (which take
    their colours from the palette) follow. 'system' uses the dark palette when the
    platform reports a dark scheme (and follows it when it changes), the light one
    otherwise, including when the platform reports none.
    """
    if theme not in THEMES:
        theme = "system"
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")  # a new style restyles every widget: only when needed
    app.setProperty(_THEME_PROPERTY, theme)  # before the hint, which may emit a change
    hints = app.styleHints()
    hints.setColorScheme(SCHEMES[theme])
    if not app.property(_FOLLOWING_PROPERTY):
        app.setProperty(_FOLLOWING_PROPERTY, True)
        hints.colorSchemeChanged.connect(_on_platform_scheme)
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
    palette = palette_for(dark)
    if app.palette() == palette:
        return  # no PaletteChange for every widget when nothing changes
    app.setPalette(palette)
    # Tooltips keep a palette of their own, taken from the platform at start.
    QToolTip.setPalette(palette)

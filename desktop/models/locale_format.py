"""Numbers, sizes, durations and dates in the window's language (QLocale's default)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def number(value: float, decimals: int = 0) -> str:
    """1,234.5 in English, 1.234,5 in German, Persian digits in Persian."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def size(n_bytes: float) -> str:
    """core.units.format_bytes's steps (512 B, 526 KB, 98.4 MB) in the language's digits and
    separators: Qt's own formattedDataSize says "kB" and "bytes", which the CLI does not."""
    if n_bytes < 1000:
        return QCoreApplication.translate("Size", "{n} B").format(n=number(max(0, n_bytes)))
    value = float(n_bytes)
    units = (
        QCoreApplication.translate("Size", "{n} KB"),
        QCoreApplication.translate("Size", "{n} MB"),
        QCoreApplication.translate("Size", "{n} GB"),
        QCoreApplication.translate("Size", "{n} TB"),
    )
    for index, unit in enumerate(units):
        value /= 1000
        if value < 1000 or index == len(units) - 1:
            return unit.format(n=number(value, 1) if value < 100 else number(value))
    raise AssertionError("unreachable")


def duration(seconds: float) -> str:
    """A short, rounded span: 45 s, 12 min, 2 h 5 min."""
    s = max(0, round(seconds))
    if s < 60:
        return QCoreApplication.translate("Duration", "{n} s").format(n=number(s))
    if s < 3600:
        return QCoreApplication.translate("Duration", "{n} min").format(n=number(round(s / 60)))
    hours, rest = divmod(s, 3600)
    return QCoreApplication.translate("Duration", "{h} h {m} min").format(
        h=number(hours), m=number(rest // 60)
    )


def date_time(moment: datetime | float) -> str:
    """A date and time the way the language writes them, short form."""
    when = moment if isinstance(moment, datetime) else datetime.fromtimestamp(moment)
    qt = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)

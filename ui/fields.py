"""The fields a person types a date, a time or a number into - one behaviour for all of them.

Qt's date, time and number boxes change what is typed in silence: digits typed into a
full section are dropped, a click puts the cursor past the text, a "/" typed after the
box jumped on by itself skips a section - "22/12/2026" typed into one became 30/12/2026,
"14:00" became 09:00. These are line edits instead:

* the click that enters the field selects what it holds (so does a double click), so what
  is typed replaces it; a click in a field already being edited places the cursor;
* the whole text is read when the field is left, in the owner's way of writing it
  ("22/12/2026", "14:00" or "14h", "8"); the core checks it, and a value it cannot take
  is explained beside the field - never replaced by another;
* the Up and Down arrows step the value (a day, a quarter of an hour, one); a date field
  has a calendar button.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QAction, QFocusEvent, QIcon, QKeyEvent, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLineEdit,
    QMenu,
    QWidget,
    QWidgetAction,
)

from ui.i18n import translate


class TypedField(QLineEdit):
    """A one-line field whose whole value is typed at once (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Entered and not typed in yet: a click then selects the whole value again (the
        #: owner left the previous field with Tab, then clicked into this one).
        self._fresh = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._fresh = True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._fresh and not self.hasSelectedText():  # a drag over part of it chose that part
            self.selectAll()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._fresh = False  # typing, or moving the cursor: a click now places it
        steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if steps is None or self.isReadOnly():
            super().keyPressEvent(event)
            return
        stepped = self.stepped(self.text(), steps)
        if stepped is not None:
            self.setText(stepped)  # reported as finished when the field is left, as typed text
            self.selectAll()
        event.accept()

    def stepped(self, current: str, steps: int) -> str | None:
        """The text one step up (or down) from ``current``; None when it cannot be read."""
        raise NotImplementedError

    def show_text(self, value: str) -> None:
        """Show ``value``; the same text is left alone: a refresh just after the click that
        entered the field (the field before it saved) undid its selection, and the time
        typed then ran on after the old one ("11:4512:")."""
        if self.text() != value:
            self.setText(value)


class NumberField(TypedField):
    """A whole number; its text goes to the core as typed, which says what it accepts."""

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high = low, high
        self.setMaxLength(len(str(high)) + 2)
        width = self.fontMetrics().horizontalAdvance("0" * len(str(high))) + 28
        self.setFixedWidth(max(width, 56))

    def value(self) -> str:
        return self.text().strip()

    def set_value(self, number: int | None) -> None:
        self.show_text("" if number is None else str(number))

    def stepped(self, current: str, steps: int) -> str | None:
        try:
            number = int(current.strip())
        except ValueError:
            return None
        return str(min(self.high, max(self.low, number + steps)))


def date_format() -> str:
    """The locale's short date with the year in full: 22/12/2026, never 12/22/26."""
    return re.sub("y+", "yyyy", QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def read_date(text: str) -> dt.date | None:
    """A date as the owner writes it (22/12/2026, 22/12/26, 1/3/2027, or 2026-12-22)."""
    text = text.strip()
    if not text:
        return None
    shown = date_format()
    loose = shown.replace("dd", "d").replace("MM", "M")
    for pattern in (loose, loose.replace("yyyy", "yy"), "yyyy-M-d"):
        day = QDate.fromString(text, pattern)
        if day.isValid():
            if "yyyy" not in pattern and "yy" in pattern and day.year() < 2000:
                day = day.addYears(100)  # "26" is 2026 here, not 1926
            return dt.date(day.year(), day.month(), day.day())
    return None


def show_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


class DateField(TypedField):
    """A date, typed in the owner's way or chosen on a calendar."""

    def __init__(self, day: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(show_date(dt.date(2026, 12, 22)))
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 44)
        self.calendar_action = QAction(_calendar_icon(), translate("fields", "Calendar"), self)
        self.calendar_action.triggered.connect(self._show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        #: The last date the field held that could be read: the calendar of a date typed
        #: wrong opens there, not on today.
        self._last_read: dt.date | None = None
        self.textChanged.connect(self._remember)
        if day is not None:
            self.set_value(day)

    def _remember(self, text: str) -> None:
        self._last_read = read_date(text) or self._last_read

    def value(self) -> dt.date | str:
        """The date typed; its text as typed when it cannot be read (the core refuses it)."""
        return read_date(self.text()) or self.text().strip()

    def set_value(self, day: dt.date) -> None:
        self.show_text(show_date(day))

    def stepped(self, current: str, steps: int) -> str | None:
        day = read_date(current)
        return show_date(day + dt.timedelta(days=steps)) if day else None

    def _show_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        day = read_date(self.text()) or self._last_read
        if day is not None:
            calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def chosen(date: QDate) -> None:
            self.setText(show_date(dt.date(date.year(), date.month(), date.day())))
            menu.close()
            self.editingFinished.emit()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        menu.exec(self.mapToGlobal(QPoint(0, self.height())))


_TIME = re.compile(r"^\s*(\d{1,2})\s*(?:[:hH.]\s*(\d{2})?)?\s*$")


def read_time(text: str) -> str:
    """A time as the owner writes it - 14:00, 14h00, 14h, 9.30, 14 - as HH:MM; the text as
    typed when it is not one (the core then refuses it)."""
    found = _TIME.match(text)
    if found is None:
        return text.strip()
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else text.strip()


class TimeField(TypedField):
    """A time of day, HH:MM; the arrows move it by a quarter of an hour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("09:30")
        self.setMaxLength(8)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00:00") + 30)

    def value(self) -> str:
        return read_time(self.text())

    def set_value(self, time: dt.time | None) -> None:
        self.show_text("" if time is None else time.strftime("%H:%M"))

    def stepped(self, current: str, steps: int) -> str | None:
        try:
            time = dt.time.fromisoformat(read_time(current))
        except ValueError:
            return None
        minutes = (time.hour * 60 + time.minute + 15 * steps) % (24 * 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _calendar_icon() -> QIcon:
    """A small calendar page, drawn: no image file to ship."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(Qt.GlobalColor.darkGray)
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(2, 3, 12, 3, Qt.GlobalColor.darkGray)
    for row in range(2):
        for column in range(3):
            painter.fillRect(3 + column * 4, 8 + row * 3, 2, 2, Qt.GlobalColor.darkGray)
    painter.end()
    return QIcon(pixmap)

"""The interface language: Qt translators for Tandem and for Qt's own buttons."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from app.i18n import Message
from app.resources import resource

TRANSLATIONS = resource("translations")
LANGUAGES = ("en", "fr")


def system_language() -> str:
    """French when the system speaks French, English otherwise."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


class Translators:
    """Tandem's and Qt's own translations, switchable while Tandem runs."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def use(self, language: str) -> None:
        """Switch to ``language``; every widget then receives a LanguageChange event."""
        self.remove()
        self.language = language if language in LANGUAGES else "en"
        QLocale.setDefault(
            QLocale(QLocale.Language.French if self.language == "fr" else QLocale.Language.English)
        )
        # English is written in the code; its file holds only the plural forms ("1 mentee")
        files = [(f"tandem_{self.language}", str(TRANSLATIONS))]
        if self.language != "en":
            qt_own = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            files.append((f"qtbase_{self.language}", qt_own))
        for name, folder in files:
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)

    def remove(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()


def translate(context: str, source: str, count: int = -1, /) -> str:
    """``source`` in the user's language; with a ``count``, in the plural form it needs."""
    return QCoreApplication.translate(context, source, None, count)


def format_decimal(value: float) -> str:
    """One decimal, as the user's language writes it: 4.0, or 4,0 in French."""
    return QLocale().toString(value, "f", 1)


def format_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def format_day(day: dt.date) -> str:
    """A day in a narrow column: "Wed 2 Dec", "mer. 2 déc." - the year only when it is not
    this one."""
    pattern = "ddd d MMM" if day.year == dt.date.today().year else "d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def format_short_date(day: dt.date) -> str:
    """A date that fits a table cell: "Tue 1 Dec 2026", "mar. 1 déc. 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def text(msg: Message) -> str:
    """A core message in the interface language."""
    return msg.render(translate, format_date)

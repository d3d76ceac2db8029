"""The interface language: Qt translators for Tandem and for Qt's own buttons."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from app.i18n import Message

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("en", "fr")


def system_language() -> str:
    """French when the system speaks French, English otherwise."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Tandem's and Qt's own translations for ``language``; keep the result alive."""
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    installed = []
    if language == "en":
        return installed
    for name, folder in (
        (f"tandem_{language}", str(TRANSLATIONS)),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def format_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def text(msg: Message) -> str:
    """A core message in the interface language."""
    return msg.render(translate, format_date)

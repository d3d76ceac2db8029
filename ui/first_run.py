"""The first start: the shop's name, the language, and "start my programme" or "explore the
demo". A short QWizard; its pages follow a change of language at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.trades import TRADE_LABELS, TRADE_TOPICS, Trade
from ui.forms import plain_label
from ui.wheel_guard import guarded


@dataclass(frozen=True)
class FirstRunChoice:
    shop_name: str
    language: str
    explore_demo: bool
    programme_name: str
    trade: Trade = Trade.OTHER


class _WelcomePage(QWizardPage):
    def __init__(self, language: str, on_language: Callable[[str], None]) -> None:
        super().__init__()
        self._intro = plain_label(wrap=True)
        self.language = guarded(QComboBox())
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(language))
        self.shop_name = QLineEdit()
        self.shop_name.setMaxLength(200)
        self.trade = guarded(QComboBox())
        for trade in TRADE_LABELS:
            self.trade.addItem("", trade.value)
        self.trade.setCurrentIndex(self.trade.findData(Trade.OTHER.value))
        self.trade.currentIndexChanged.connect(lambda _=0: self._show_trade_topics())
        self._language_label, self._shop_label, self._trade_label = QLabel(), QLabel(), QLabel()
        self._language_label.setBuddy(self.language)
        self._shop_label.setBuddy(self.shop_name)
        self._trade_label.setBuddy(self.trade)
        self._trade_note = plain_label(wrap=True)
        form = QFormLayout()
        form.addRow(self._language_label, self.language)
        form.addRow(self._shop_label, self.shop_name)
        form.addRow(self._trade_label, self.trade)
        form.addRow("", self._trade_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        self.registerField("shop_name*", self.shop_name)
        self.language.currentIndexChanged.connect(lambda: on_language(self.language.currentData()))
        self._retranslate()

    def validatePage(self) -> bool:
        return bool(self.shop_name.text().strip())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Tandem"))
        self._intro.setText(
            self.tr(
                "Tandem guides you through a reverse-mentoring programme: the young people of "
                "your team teach the more experienced ones what they know better. "
                "Everything you enter is saved at once, on this computer."
            )
        )
        self._language_label.setText(self.tr("&Language:"))
        self._shop_label.setText(self.tr("Name of your &business:"))
        self.shop_name.setPlaceholderText(self.tr("for example: Chocolaterie Marie"))
        self._trade_label.setText(self.tr("Your &trade:"))
        for index, label in enumerate(TRADE_LABELS.values()):
            self.trade.setItemText(index, QCoreApplication.translate("trades", label))
        self._show_trade_topics()

    def _show_trade_topics(self) -> None:
        """The topics the trade chosen adds, named, so that the owner knows before."""
        trade = Trade(self.trade.currentData())
        names = ", ".join(
            QCoreApplication.translate("trades", name) for name, _, _ in TRADE_TOPICS[trade]
        )
        self._trade_note.setText(
            self.tr(
                "Tandem adds to your topic catalogue what this trade most often needs to "
                "learn: {topics}. You can change it at any time in step 1."
            ).format(topics=names)
            if names
            else self.tr(
                "Tandem starts your topic catalogue with the digital topics a small business "
                "most often needs; add your trade's own in step 1."
            )
        )


class _StartPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.start = QRadioButton()
        self.demo = QRadioButton()
        self.start.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.start)
        group.addButton(self.demo)
        self.programme_name = QLineEdit()
        self.programme_name.setMaxLength(200)
        self._name_label = QLabel()
        self._name_label.setBuddy(self.programme_name)
        self._demo_note = plain_label(wrap=True)
        row = QWidget()
        form = QFormLayout(row)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self._name_label, self.programme_name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.start)
        layout.addWidget(row)
        layout.addWidget(self.demo)
        layout.addWidget(self._demo_note)
        layout.addStretch()
        self.start.toggled.connect(row.setEnabled)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("How would you like to begin?"))
        self.start.setText(self.tr("&Start my programme"))
        self.demo.setText(self.tr("&Explore the demo first"))
        self._name_label.setText(self.tr("&Programme name:"))
        if not self.programme_name.isModified():
            self.programme_name.setText(self.tr("Our first programme"))
        self._demo_note.setText(
            self.tr(
                "The demo is a chocolate shop with its team and pairs already under way. It lives "
                "in its own file: your own data stays empty until you come back to it."
            )
        )


class FirstRunWizard(QWizard):
    """Signals: none of its own; ``choice()`` gives what the owner picked once accepted."""

    def __init__(self, language: str, on_language: Callable[[str], None]) -> None:
        super().__init__()
        self.setObjectName("first_run")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self._welcome = _WelcomePage(language, self._language_changed)
        self._start = _StartPage()
        self._on_language = on_language
        self.addPage(self._welcome)
        self.addPage(self._start)
        self.resize(620, 420)
        self._retranslate()

    def _language_changed(self, language: str) -> None:
        self._on_language(language)  # installs the translators: a LanguageChange follows

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tandem - first start"))
        # QWizard writes its buttons once, when built; Qt's own translation has their words.
        for button, source in (
            (QWizard.WizardButton.BackButton, "< &Back"),
            (QWizard.WizardButton.NextButton, "&Next >"),
            (QWizard.WizardButton.FinishButton, "&Finish"),
            (QWizard.WizardButton.CancelButton, "Cancel"),
        ):
            self.setButtonText(button, QCoreApplication.translate("QWizard", source))

    def choice(self) -> FirstRunChoice:
        return FirstRunChoice(
            shop_name=self._welcome.shop_name.text(),
            language=self._welcome.language.currentData(),
            explore_demo=self._start.demo.isChecked(),
            programme_name=self._start.programme_name.text(),
            trade=Trade(self._welcome.trade.currentData()),
        )

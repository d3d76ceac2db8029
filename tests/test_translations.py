"""French is complete: every text of the code is in the French file, translated, and built."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from ui.i18n import TRANSLATIONS

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = TRANSLATIONS / "tandem_fr.ts"


def _ts_messages(path: Path = TS_FILE) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, its type); a text with plural forms gives them
    joined by " | " (singular first)."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.findall("numerusform")]
            text = " | ".join(forms) if message.get("numerus") == "yes" else translation.text
            found[(name, message.findtext("source", ""))] = (text or "", translation.get("type"))
    return found


def _plural(source: str) -> bool:
    return "%n" in source


def _texts_in_code() -> set[tuple[str, str]]:
    """(context, source) of every marked text: QT_TRANSLATE_NOOP in app/, self.tr in ui/."""
    texts = set()
    for path in [*ROOT.joinpath("app").rglob("*.py"), *ROOT.joinpath("ui").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
        owner = {id(inner): cls.name for cls in classes for inner in ast.walk(cls)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            literal = all(isinstance(arg, ast.Constant) for arg in node.args)
            if name == "translate" and len(node.args) in (2, 4) and literal:
                texts.add((node.args[0].value, node.args[1].value))  # type: ignore[attr-defined]
            elif name == "QT_TRANSLATE_NOOP" and len(node.args) == 2:
                context, source = node.args
                assert isinstance(context, ast.Constant) and isinstance(source, ast.Constant), (
                    f"{path}:{node.lineno}: lupdate can only read literal texts"
                )
                texts.add((context.value, source.value))
            elif name == "tr" and node.args and isinstance(node.args[0], ast.Constant):
                texts.add((owner[id(node)], node.args[0].value))
    return texts


def test_every_text_of_the_code_is_in_the_french_file() -> None:
    missing = _texts_in_code() - set(_ts_messages())
    assert not missing, f"run pyside6-lupdate, then translate: {sorted(missing)}"


def test_every_french_translation_is_finished() -> None:
    unfinished = [
        key
        for key, (text, kind) in _ts_messages().items()
        if not text or kind in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


def test_the_french_file_keeps_every_placeholder() -> None:
    import string

    def names(text: str) -> set[str]:
        return {field for _, field, _, _ in string.Formatter().parse(text) if field}

    wrong = [
        (source, form)
        for (_, source), (text, _) in _ts_messages().items()
        for form in text.split(" | ")
        if names(source) != names(form) or _plural(source) != ("%n" in form)
    ]
    assert wrong == []


def test_the_built_french_file_matches_its_source(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load("tandem_fr", str(TRANSLATIONS))
    stale = [
        (context, source)
        for (context, source), (text, _) in _ts_messages().items()
        if (
            " | ".join(translator.translate(context, source, None, n) for n in (1, 2))
            if _plural(source)
            else translator.translate(context, source)
        )
        != text
    ]
    assert stale == [], "run pyside6-lrelease resources/translations/tandem_fr.ts"


@pytest.mark.parametrize("source", ["Tuesday", "Stalled", "Can teach it"])
def test_core_labels_come_out_in_french(qapp: QApplication, source: str) -> None:
    translator = QTranslator()
    translator.load("tandem_fr", str(TRANSLATIONS))
    assert translator.translate("vocabulary", source) not in ("", source)


def test_no_french_text_hedges_a_plural_with_s_in_brackets() -> None:
    """ "1 personne(s)": a number's words agree with it, through Qt's plural forms."""
    hedged = [text for text, _ in _ts_messages().values() if "(s)" in text]
    assert hedged == []


#: Words that start with an accent, besides those the French texts write in lower case.
ACCENTED = {"état", "étape", "équipe", "écrire", "écran", "école", "échange", "élève", "été"}


def _bare_capitals(texts: list[str]) -> list[str]:
    """Capitals that dropped their accent: "Etat" for "État", "A relancer" for "À relancer"."""
    words = {word for text in texts for word in re.findall(r"\w+", text)} | ACCENTED
    bare = [
        word
        for word in sorted(words)
        if word[0] in "EA"
        and word.lower() not in words  # "A déjà essayé": the verb, not "à"
        and any(f"{accent}{word[1:].lower()}" in words for accent in "éèêàâ")
    ]
    # the preposition "à" before a verb or an article
    return bare + [m for text in texts for m in re.findall(r"\bA (?:la |l'|\w+(?:er|ir)\b)", text)]


def test_french_capitals_keep_their_accents() -> None:
    assert _bare_capitals(["État", "À relancer", "A déjà essayé", "a"]) == []
    assert _bare_capitals(["Etat", "A relancer", "EQUIPE"]) == ["EQUIPE", "Etat", "A relancer"]
    assert _bare_capitals([text for text, _ in _ts_messages().values()]) == []


@pytest.mark.parametrize(
    ("language", "mentees", "needs"),
    [
        (
            "en",
            ["Lucas (1 mentee)", "Lucas (2 mentees)"],
            ["and 1 more of Marie's needs", "and 2 more of Marie's needs"],
        ),
        (
            "fr",
            ["Lucas (1 mentoré)", "Lucas (2 mentorés)"],
            ["et 1 autre besoin de Marie", "et 2 autres besoins de Marie"],
        ),
    ],
)
def test_a_count_gives_its_words_their_plural_form(
    qapp: QApplication, language: str, mentees: list[str], needs: list[str]
) -> None:
    """On a screen (``tr`` with a count) and in a text of the core (``counted``)."""
    from PySide6.QtCore import QCoreApplication

    from app.i18n import counted
    from app.i18n import translate as mark
    from ui.i18n import Translators, text

    translators = Translators(qapp)
    translators.use(language)
    try:
        shown = [
            QCoreApplication.translate("PairsModel", "{name} (%n mentees)", None, n).format(
                name="Lucas"
            )
            for n in (1, 2)
        ]
        more = mark("matching", "and %n more of {mentee}'s needs", None, 0)
        said = [text(counted("matching", more, n, mentee="Marie")) for n in (1, 2)]
    finally:
        translators.use("en")
    assert shown == mentees
    assert said == needs


def test_a_button_named_in_a_sentence_is_named_as_qt_labels_it(qapp: QApplication) -> None:
    """The bug box said « Afficher les détails » shows the details; Qt's French button
    under it reads « Montrer les détails… »."""
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import Translators

    translators = Translators(qapp)
    translators.use("fr")
    try:
        button = QCoreApplication.translate("QMessageBox", "Show Details...").rstrip(".…")
        said = [
            QCoreApplication.translate(context, source)
            for (context, source) in _ts_messages()
            if '"Show Details"' in source
        ]
        assert len(said) == 2
        assert all(f"« {button}… »" in sentence for sentence in said), said
    finally:
        translators.use("en")

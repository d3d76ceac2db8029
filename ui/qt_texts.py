"""Qt's own texts that Qt's French file leaves in English, translated in Tandem's.

Qt looks for a text in its own translations first (installed after Tandem's), then in
Tandem's: the labels of Qt's file dialog gained a mnemonic ("&Look in:") that
``qtbase_fr.qm`` does not know, so the dialog read "Look in:" in a French Tandem.
``tests/test_ui_french.py`` opens the dialog in French and reads every label.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP

QT_OWN_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

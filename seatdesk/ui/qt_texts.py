"""Qt's own texts that Qt's shipped zh_CN catalogue (`qtbase_zh_CN`) lacks: Qt 6 gave these
labels a mnemonic, and the catalogue still has them without it. Listed here under Qt's own
contexts, lupdate files them in the desk's translations, and Qt's widgets find them there
(Qt asks every installed translator). Nothing calls these at run time."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_GAPS = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
    ("QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:")),
)

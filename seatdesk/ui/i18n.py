"""Interface language: the system locale by default (zh_CN or en), `--lang` to override."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from seatdesk.core.paths import resources_dir

SUPPORTED = ("zh_CN", "en")


def choose_language(override: str | None) -> str:
    if override in SUPPORTED:
        return override
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_translator(app: QCoreApplication, lang: str) -> QTranslator:
    translator = QTranslator(app)
    qm = resources_dir() / "translations" / f"seatdesk_{lang}.qm"
    if not translator.load(str(qm)):
        raise RuntimeError(f"translation missing: {qm} (run 'make translations')")
    app.installTranslator(translator)
    return translator

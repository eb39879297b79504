"""Interface language: the system locale by default (zh_CN or en), `--lang` to override. One
language at a time: in zh_CN Qt's own dialogs and buttons (file and print dialogs, standard
buttons, the tab bar's scroll buttons) speak Chinese too, from Qt's shipped `qtbase_zh_CN`."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from seatdesk.core.paths import resources_dir

SUPPORTED = ("zh_CN", "en")
log = logging.getLogger("seatdesk.ui.i18n")


def choose_language(override: str | None) -> str:
    if override in SUPPORTED:
        return override
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_translator(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """The desk's translation and, for Chinese, Qt's own; both installed, both returned."""
    translator = QTranslator(app)
    qm = resources_dir() / "translations" / f"seatdesk_{lang}.qm"
    if not translator.load(str(qm)):
        raise RuntimeError(f"translation missing: {qm} (run 'make translations')")
    installed = [translator]
    if lang != "en":
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{lang}", folder):
            installed.append(qt_own)
        else:  # the desk still works; only Qt's own buttons and dialogs stay English
            log.warning("Qt's translation qtbase_%s.qm is missing in %s", lang, folder)
    for each in installed:
        app.installTranslator(each)
    return installed

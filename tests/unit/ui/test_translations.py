"""zh_CN and en are complete: every string the ui marks for translation is translated in both."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.translations import ROOT, TS_DIR, messages


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_message_is_translated(lang: str) -> None:
    for (context, source), (text, state) in messages(TS_DIR / f"seatdesk_{lang}.ts").items():
        assert text.strip(), f"{lang}: {context}: '{source}' has no translation"
        assert state not in ("unfinished", "vanished", "obsolete"), (lang, context, source)
        assert text.count("%") == source.count("%"), (lang, context, source)


def test_ts_files_cover_every_string_in_the_ui(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "seatdesk" / "ui").rglob("*.py"))
    subprocess.run(
        [lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120
    )
    wanted = set(messages(fresh))
    shipped = set(messages(TS_DIR / "seatdesk_zh_CN.ts"))
    assert wanted - shipped == set(), "run 'make lupdate' and translate the new strings"


def test_chinese_translation_is_chinese() -> None:
    zh = messages(TS_DIR / "seatdesk_zh_CN.ts")
    assert zh[("LoginDialog", "Staff ID")][0] == "工号"
    assert zh[("DeskPage", "Search")][0] == "查询"

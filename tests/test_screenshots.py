"""tools/screenshots.py shows every window: each QDialog / QMainWindow subclass in seatdesk/ui is
named in its `COVERS`, and the screenshot named there is committed in both languages."""

from __future__ import annotations

from pathlib import Path

from tools.screenshots import COVERS, LANGUAGES, window_classes

ROOT = Path(__file__).resolve().parents[1]


def test_every_window_class_has_a_screenshot() -> None:
    found = window_classes(ROOT / "seatdesk" / "ui")
    assert "DeskWindow" in found and "VerifyDialog" in found  # the grep reads the real tree
    assert sorted(found - COVERS.keys()) == [], "windows without a screenshot in COVERS"
    assert sorted(COVERS.keys() - found) == [], "COVERS names classes that are gone"


def test_a_new_dialog_is_found_even_through_another_window_class(tmp_path: Path) -> None:
    ui = tmp_path / "ui"
    (ui / "visitors").mkdir(parents=True)
    (ui / "a.py").write_text(
        "class Plain(QObject):\n    pass\n\nclass Shown(QtWidgets.QDialog):\n    pass\n",
        encoding="utf-8",
    )
    (ui / "visitors" / "b.py").write_text(
        "class Wider(Shown, Mixin):\n    pass\n\nclass Desk(QMainWindow):\n    pass\n",
        encoding="utf-8",
    )
    assert window_classes(ui) == {"Shown", "Wider", "Desk"}


def test_each_covered_screenshot_is_committed_in_both_languages() -> None:
    shots = ROOT / "docs" / "screenshots"
    missing = [
        f"{name}.{language}.png"
        for name in sorted(set(COVERS.values()))
        for language in LANGUAGES
        if not (shots / f"{name}.{language}.png").is_file()
    ]
    assert missing == []
    listed = (shots / "README.md").read_text(encoding="utf-8")
    assert [name for name in sorted(set(COVERS.values())) if f"`{name}`" not in listed] == []

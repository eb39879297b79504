"""PDF reports: the text layer read back with poppler's pdftotext, character for character
(DESIGN §7: 户 and 手 must not come back as Kangxi radicals), pages, footer, watermark, and
rendering without a display or a widget application."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from seatdesk.reports.document import Document, Table, sha256
from seatdesk.reports.pdf import FONT_FAMILY, render_pdf, write_pdf
from tests.helpers.reports import big_document

ROOT = Path(__file__).resolve().parents[3]
LINE = "户口簿 手机号码 客户信息 外来人员疏散名单 胸卡号 接待人 证件号码 陪同人 离场"


def poppler(tool: str, *args: str) -> str:
    path = shutil.which(tool)
    assert path, f"{tool} (poppler-utils) is needed to read the PDFs back"
    result = subprocess.run([path, *args], capture_output=True, text=True, check=True, timeout=60)
    return result.stdout


def text_of(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return poppler("pdftotext", "-enc", "UTF-8", *pages, str(pdf), "-")


def pages_of(pdf: Path) -> int:
    info = poppler("pdfinfo", str(pdf))
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


def test_chinese_text_round_trips_exactly(qapp: object, tmp_path: Path) -> None:
    doc = Document("户 手", watermark="sec01 · seat-07")
    doc.paragraph(LINE).key_values([("户籍 Household", "手续 Procedure")])
    out = tmp_path / "text.pdf"
    digest, size = write_pdf(doc, out)
    assert digest == sha256(out.read_bytes()) and size == out.stat().st_size
    text = text_of(out)
    assert LINE in text.splitlines()
    assert text.splitlines()[0].replace(" ", "") == "户手"  # the title (bold)
    assert "户籍 Household" in text and "手续 Procedure" in text
    assert "⼾" not in text and "⼿" not in text  # the Kangxi radicals of DESIGN §7
    fonts = poppler("pdffonts", str(out))
    assert "WenQuanYi" in fonts and "Noto" not in fonts
    assert FONT_FAMILY == "WenQuanYi Micro Hei"
    assert not list(tmp_path.glob("*.part"))


def test_long_tables_break_pages_repeat_the_header_and_number_pages(
    qapp: object, tmp_path: Path
) -> None:
    out = tmp_path / "long.pdf"
    write_pdf(big_document(), out)
    total = pages_of(out)
    assert total >= 3
    info = poppler("pdfinfo", str(out))
    assert "A4" in info and "595 x 842" in info
    assert "Title:           座席大厅外来人员疏散名单  Evacuation roster" in info
    seen = []
    for page in range(1, total + 1):
        text = text_of(out, page)
        assert f"第 {page} / {total} 页 · Page {page} of {total}" in text
        assert "导出人 Exported by sec01 · seat-07" in text
        assert "姓名 Name" in text  # the header again on every page
        seen += [line for line in text.splitlines() if line.startswith("访客")]
    assert len(seen) == 120 and seen[0] == "访客1" and seen[-1] == "访客120"


def test_landscape_and_empty_tables(qapp: object, tmp_path: Path) -> None:
    doc = Document("日志", watermark="m", landscape=True)
    doc.table(["甲", "乙"], [], empty_text="当日无外来人员入场")
    out = tmp_path / "wide.pdf"
    write_pdf(doc, out)
    assert "842 x 595" in poppler("pdfinfo", str(out))
    assert "当日无外来人员入场" in text_of(out)


def test_watermark_is_on_every_page_and_out_of_the_text_layer(qapp: object, tmp_path: Path) -> None:
    out = tmp_path / "marked.pdf"
    write_pdf(big_document(), out)
    images = poppler("pdfimages", "-list", str(out)).splitlines()[2:]
    pages_with_image = {int(line.split()[0]) for line in images if " image " in line}
    assert pages_with_image == set(range(1, pages_of(out) + 1))
    # The text layer carries the exporter in the footer, not as slanted scraps.
    assert text_of(out, 1).count("sec01") == 1

    plain = big_document()
    plain.watermark = ""
    bare = tmp_path / "bare.pdf"
    write_pdf(plain, bare)
    assert poppler("pdfimages", "-list", str(bare)).count(" image ") == 0


def test_render_returns_pdf_bytes(qapp: object) -> None:
    data = render_pdf(big_document(3))
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def test_tables_check_their_shape() -> None:
    with pytest.raises(ValueError, match="row 1 has 1 cells for 2 columns"):
        Table(("a", "b"), (("x",),))
    with pytest.raises(ValueError, match="one weight per column"):
        Table(("a", "b"), (), weights=(1.0,))
    with pytest.raises(ValueError, match="positive"):
        Table(("a",), (), weights=(0.0,))
    doc = big_document(2)
    assert "访客2" in doc.text() and doc.text().startswith("座席大厅")


def test_reports_never_import_widgets() -> None:
    for path in (ROOT / "seatdesk" / "reports").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            for name in names:
                assert "QtWidgets" not in name and "QtPrintSupport" not in name, (path, name)


def _headless_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    return env


def test_renders_headless_without_an_application_or_widgets(tmp_path: Path) -> None:
    """The command line has no display and no QApplication: reports make an offscreen
    QGuiApplication. A fresh process also has few references to None, so a long report there
    exercises the PySide6 6.12 / Python 3.11 workaround in `seatdesk.reports.pdf`."""
    out = tmp_path / "headless.pdf"
    code = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from tests.helpers.reports import big_document
from seatdesk.reports.pdf import write_pdf
from PySide6.QtGui import QGuiApplication
write_pdf(big_document(400), __import__("pathlib").Path({str(out)!r}))
assert QGuiApplication.instance().platformName() == "offscreen"
assert "PySide6.QtWidgets" not in sys.modules
print("ok")
"""
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=_headless_env(),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
    assert "访客400" in text_of(out)


def test_missing_font_is_a_clear_error(tmp_path: Path) -> None:
    code = """
from seatdesk.reports.document import Document
from seatdesk.reports.pdf import ReportError, render_pdf
try:
    render_pdf(Document("x", watermark="y"))
except ReportError as exc:
    print(exc)
"""
    env = {**_headless_env(), "SEATDESK_RESOURCES": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert "the report font is missing or unreadable" in result.stdout
    assert "wqy-microhei.ttc" in result.stdout

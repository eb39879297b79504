"""Render a `Document` to PDF (or to any paged device, such as a printer) with QtGui only.

- A4 (portrait or landscape), 15 mm margins, page numbers, and the exporter's watermark tiled over
  every page (drawn as outlines, so it stays when the text layer is edited) and repeated in every
  page's footer (text, so a leaked copy can be searched for its source).
- The text is set in WenQuanYi Micro Hei, a TrueType font shipped in resources/fonts and loaded
  explicitly. DESIGN §7: with a CFF font such as Noto Sans CJK, Qt's PDF text layer maps some
  characters back to Kangxi radicals (户 → ⼾, 手 → ⼿); this one round-trips exactly.
- QtGui needs a QGuiApplication. When none exists (the command line), one is created, on the
  offscreen platform when there is no display, so reports render on a headless server.

Never imports QtWidgets: a desk passes its QPrinter in as a `QPagedPaintDevice`.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from seatdesk.core.errors import SeatDeskError
from seatdesk.core.files import write_atomically
from seatdesk.core.paths import resources_dir
from seatdesk.reports.document import (
    Document,
    Heading,
    KeyValues,
    Paragraph,
    Table,
    sha256,
)

__all__ = [
    "FONT_FAMILY",
    "Document",
    "ReportError",
    "ensure_gui_application",
    "paint",
    "render_pdf",
    "report_font_family",
    "sha256",
    "write_pdf",
]

FONT_FILE = "wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"
RESOLUTION = 300  # dots per inch of the PDF's coordinate system
MARGIN_MM = 15.0

TITLE_PT, SUBTITLE_PT, HEADING_PT, BODY_PT, TABLE_PT, SMALL_PT = 16.0, 9.0, 11.5, 9.5, 8.5, 7.5
WATERMARK_PT, WATERMARK_ANGLE, WATERMARK_DPI = 13.0, -24.0, 110
INK, GREY, RULE = QColor("#1a1a1a"), QColor("#5f6368"), QColor("#9e9e9e")
HEADER_FILL, HIGHLIGHT_FILL, HIGHLIGHT_MARK = (
    QColor("#eceff1"),
    QColor("#fde2df"),
    QColor("#c62828"),
)
WATERMARK_INK = QColor(110, 110, 110, 48)

_app: QGuiApplication | None = None
_family: str | None = None

Op = Callable[[QPainter], None]


def _loses_none_references() -> bool:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method that
    returns nothing; when None's count reaches zero the interpreter aborts ("none_dealloc").
    Since Python 3.12 None is immortal and this cannot happen. Measured once, on a QPointF."""
    if sys.version_info >= (3, 12):
        return False
    probe = QPointF()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setX(1.0)
    lost = before - sys.getrefcount(None)
    _NONE_HELD.extend([None] * max(lost, 0))
    return lost > 0


# The references to None that make up for the leak above. The list itself is leaked on purpose
# (one extra reference that is never released): freeing it at exit would give back references
# that Qt has already dropped, and abort the interpreter on its way out.
_NONE_HELD: list[None] = []
ctypes.pythonapi.Py_IncRef(ctypes.py_object(_NONE_HELD))
_NONE_FLOOR = 50_000
_LOSES_NONE: bool | None = None


def _keep_none_alive() -> None:
    """Where the leak is present, keep None's reference count far from zero while rendering
    (a report makes tens of thousands of such calls; a command-line process starts near 5,000)."""
    global _LOSES_NONE
    if _LOSES_NONE is None:
        _LOSES_NONE = _loses_none_references()
    if _LOSES_NONE:
        count = sys.getrefcount(None)
        if count < _NONE_FLOOR:
            _NONE_HELD.extend([None] * (2 * _NONE_FLOOR - count))


class ReportError(SeatDeskError):
    """The report cannot be rendered (font missing, no paint device)."""


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication (a desk's QApplication counts), else a new one.

    Without a display (no DISPLAY or WAYLAND_DISPLAY on Linux and other Unix) the offscreen
    platform is chosen, unless QT_QPA_PLATFORM says otherwise.
    """
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise ReportError("a Qt application without GUI support is running: cannot render")
        return existing
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and sys.platform not in ("win32", "darwin"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["seatdesk"])
    return _app


def report_font_family() -> str:
    """Load the shipped report font once; its family name."""
    global _family
    if _family is None:
        ensure_gui_application()
        path = resources_dir() / "fonts" / FONT_FILE
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if FONT_FAMILY not in families:
            raise ReportError(f"the report font is missing or unreadable: {path}")
        _family = FONT_FAMILY
    return _family


def _font(family: str, points: float, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPointSizeF(points)
    font.setBold(bold)
    # No silent fallback to another (CFF) font for a missing glyph: the text layer must be exact.
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    return font


class _Text:
    """A paragraph broken into lines: at word boundaries, or anywhere for a long number.

    Lines are drawn with QPainter.drawText: in PySide6 6.x on Python 3.11, QTextLayout.draw and
    QTextLine.draw release a reference to None on every call and crash the interpreter after
    some thousands of lines.
    """

    def __init__(self, text: str, font: QFont, width: float, device: QPagedPaintDevice) -> None:
        _keep_none_alive()
        self.font = font
        source = text.replace("\n", "\u2028")
        layout = QTextLayout(source, font, device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        self.lines: list[tuple[float, float, str]] = []  # (x, baseline y, text)
        self.natural_width = 0.0
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0))
            line.setPosition(QPointF(0.0, height))
            start, length = line.textStart(), line.textLength()
            piece = source[start : start + length].replace("\u2028", "").rstrip()
            self.lines.append((line.x(), height + line.ascent(), piece))
            self.natural_width = max(self.natural_width, line.naturalTextWidth())
            height += line.height()
        layout.endLayout()
        self.height = height

    def op(self, x: float, y: float, colour: QColor) -> Op:
        def draw(painter: QPainter) -> None:
            _keep_none_alive()
            painter.setPen(colour)
            painter.setFont(self.font)
            for dx, baseline, piece in self.lines:
                if piece:
                    painter.drawText(QPointF(x + dx, y + baseline), piece)

        return draw


class _Composer:
    """Lays the document out into pages of drawing operations (two passes: page count first)."""

    def __init__(self, document: Document, device: QPagedPaintDevice, family: str) -> None:
        self.doc = document
        self.device = device
        self.family = family
        self.dpi = float(device.logicalDpiY())
        self.width = float(device.width())
        self.height = float(device.height())
        self.gap = self.mm(2.2)
        self.pad = self.mm(1.2)
        small = QFontMetricsF(_font(family, SMALL_PT), device)
        self.footer_height = small.height() * 1.6 + self.mm(3)
        self.bottom = self.height - self.footer_height
        self.pages: list[list[Op]] = []
        self.y = 0.0

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def text(self, text: str, points: float, width: float, bold: bool = False) -> _Text:
        return _Text(text, _font(self.family, points, bold), width, self.device)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def add(self, op: Op) -> None:
        self.pages[-1].append(op)

    def ensure(self, needed: float) -> None:
        if self.y + needed > self.bottom and self.y > 0:
            self.new_page()

    def compose(self) -> list[list[Op]]:
        self.new_page()
        title = self.text(self.doc.title, TITLE_PT, self.width, bold=True)
        self.add(title.op(0, 0, INK))
        self.y = title.height + self.gap / 2
        if self.doc.subtitle:
            sub = self.text(self.doc.subtitle, SUBTITLE_PT, self.width)
            self.add(sub.op(0, self.y, GREY))
            self.y += sub.height
        self.rule(self.y + self.gap / 2, 2.0)
        self.y += self.gap * 1.5
        for block in self.doc.blocks:
            if isinstance(block, Heading):
                self.heading(block)
            elif isinstance(block, Paragraph):
                self.paragraph(block)
            elif isinstance(block, KeyValues):
                self.key_values(block)
            else:
                self.table(block)
        return self.pages

    def rule(self, y: float, weight: float = 1.0, colour: QColor = RULE) -> None:
        width = self.width

        def draw(painter: QPainter) -> None:
            painter.setPen(QPen(colour, weight))
            painter.drawLine(QPointF(0, y), QPointF(width, y))

        self.add(draw)

    def heading(self, block: Heading) -> None:
        text = self.text(block.text, HEADING_PT, self.width, bold=True)
        self.ensure(text.height * 3)  # keep a heading with what follows
        self.y += self.gap / 2
        self.add(text.op(0, self.y, INK))
        self.y += text.height + self.gap / 2

    def paragraph(self, block: Paragraph) -> None:
        text = self.text(block.text, SMALL_PT if block.small else BODY_PT, self.width)
        self.ensure(text.height)
        self.add(text.op(0, self.y, GREY if block.small else INK))
        self.y += text.height + self.gap

    def key_values(self, block: KeyValues) -> None:
        label_width = self.width * 0.26
        for key, value in block.rows:
            label = self.text(key, BODY_PT, label_width - self.pad)
            shown = self.text(value, BODY_PT, self.width - label_width)
            height = max(label.height, shown.height) + self.pad
            self.ensure(height)
            self.add(label.op(0, self.y, GREY))
            self.add(shown.op(label_width, self.y, INK))
            self.y += height
        self.y += self.gap

    def table(self, block: Table) -> None:
        weights = block.weights or tuple(1.0 for _ in block.headers)
        total = sum(weights)
        widths = [self.width * w / total for w in weights]
        lefts = [sum(widths[:i]) for i in range(len(widths))]

        def row_cells(cells: tuple[str, ...], bold: bool) -> tuple[list[_Text], float]:
            texts = [
                self.text(cell, TABLE_PT, w - 2 * self.pad, bold)
                for cell, w in zip(cells, widths, strict=True)
            ]
            return texts, max(t.height for t in texts) + 2 * self.pad

        header, header_height = row_cells(block.headers, True)

        def draw_row(
            texts: list[_Text],
            xs: list[float],
            height: float,
            fill: QColor | None,
            mark: bool = False,
        ) -> None:
            top, width, bar = self.y, self.width, self.mm(0.9)

            def frame(painter: QPainter) -> None:
                rect = QRectF(0, top, width, height)
                if fill is not None:
                    painter.fillRect(rect, fill)
                if mark:
                    painter.fillRect(QRectF(0, top, bar, height), HIGHLIGHT_MARK)
                painter.setPen(QPen(RULE, 1.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
                for x in xs[1:]:
                    painter.drawLine(QPointF(x, top), QPointF(x, top + height))

            self.add(frame)
            for text, left in zip(texts, xs, strict=True):
                self.add(text.op(left + self.pad, top + self.pad, INK))
            self.y += height

        self.ensure(header_height * 2)
        draw_row(header, lefts, header_height, HEADER_FILL)
        if not block.rows:
            empty = self.text(block.empty_text, TABLE_PT, self.width - 2 * self.pad)
            draw_row([empty], [0.0], empty.height + 2 * self.pad, None)
        for index, cells in enumerate(block.rows):
            texts, height = row_cells(cells, False)
            if self.y + height > self.bottom:
                self.new_page()
                draw_row(header, lefts, header_height, HEADER_FILL)
            marked = index in block.highlight
            draw_row(texts, lefts, height, HIGHLIGHT_FILL if marked else None, marked)
        self.y += self.gap


def _footer(composer: _Composer, document: Document, page: int, pages: int) -> Op:
    label = f"第 {page} / {pages} 页 · Page {page} of {pages}"
    width = composer.width
    number = composer.text(label, SMALL_PT, width / 3)
    number_width = number.natural_width
    left = composer.text(document.footer, SMALL_PT, width - number_width - composer.mm(4))
    top = composer.height - composer.footer_height + composer.mm(2)

    def draw(painter: QPainter) -> None:
        painter.setPen(QPen(RULE, 1.0))
        painter.drawLine(QPointF(0, top), QPointF(width, top))
        left.op(0, top + composer.mm(1), GREY)(painter)
        number.op(width - number_width, top + composer.mm(1), GREY)(painter)

    return draw


def _watermark(composer: _Composer, text: str) -> Op:
    """The exporter's mark tiled across the page, light and slanted: one image, drawn on every
    page (the PDF holds it once). An image, not text, so that it stays out of the text layer and
    copying or searching the report is not garbled by it; the footer carries the same words as
    text."""
    scale = WATERMARK_DPI / composer.dpi
    image = QImage(
        max(int(composer.width * scale), 1),
        max(int(composer.height * scale), 1),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDotsPerMeterX(round(WATERMARK_DPI / 0.0254))
    image.setDotsPerMeterY(round(WATERMARK_DPI / 0.0254))
    image.fill(Qt.GlobalColor.transparent)
    font = _font(composer.family, WATERMARK_PT)
    tiles = QPainter(image)
    try:
        tiles.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        tiles.setPen(WATERMARK_INK)
        tiles.setFont(font)
        step_x = tiles.fontMetrics().horizontalAdvance(text) + WATERMARK_DPI * 0.9
        step_y = WATERMARK_DPI * 1.35
        tiles.translate(image.width() / 2, image.height() / 2)
        tiles.rotate(WATERMARK_ANGLE)
        reach = (image.width() + image.height()) * 0.6
        row, y = 0, -reach
        while y < reach:
            _keep_none_alive()
            x = -reach + (step_x / 2 if row % 2 else 0.0)
            while x < reach:
                tiles.drawText(QPointF(x, y), text)
                x += step_x
            y += step_y
            row += 1
    finally:
        tiles.end()
    target = QRectF(0, 0, composer.width, composer.height)

    def draw(painter: QPainter) -> None:
        painter.drawImage(target, image)

    return draw


def paint(document: Document, device: QPagedPaintDevice) -> int:
    """Paint `document` onto `device` (a QPdfWriter or a printer); returns the page count."""
    _keep_none_alive()
    family = report_font_family()
    composer = _Composer(document, device, family)
    pages = composer.compose()
    painter = QPainter()
    if not painter.begin(device):
        raise ReportError("cannot paint the report on this device")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        mark = _watermark(composer, document.watermark) if document.watermark else None
        for number, ops in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            for op in ops:
                _keep_none_alive()
                op(painter)
            _footer(composer, document, number, len(pages))(painter)
            if mark is not None:
                mark(painter)
    finally:
        painter.end()
    return len(pages)


def page_layout(document: Document) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape
        if document.landscape
        else QPageLayout.Orientation.Portrait
    )
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation, margins, QPageLayout.Unit.Millimeter
    )


def render_pdf(document: Document) -> bytes:
    """The PDF bytes of `document`."""
    report_font_family()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(document))
    writer.setTitle(document.title)
    writer.setCreator("SeatDesk")
    if document.author:
        writer.setAuthor(document.author)
    paint(document, writer)
    del writer
    buffer.close()
    return bytes(data.data())


def write_pdf(document: Document, path: Path) -> tuple[str, int]:
    """Write `document` to `path` (atomically); returns (sha256 of the file, its size)."""
    data = render_pdf(document)
    write_atomically(path, data)
    return sha256(data), len(data)

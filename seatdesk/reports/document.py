"""A report as data: a title, sections of paragraphs, key/value tables and tables of rows, and the
watermark that names who exported it. Pure Python (no Qt), so that services can build reports at
import time; `seatdesk.reports.pdf` renders them (A4, page numbers, watermark on every page).

What goes into a Document is what the reader of the report may see: services put masked values in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field


def sha256(data: bytes) -> str:
    """The hex SHA-256 of a rendered report, as recorded in the audit log."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    small: bool = False


@dataclass(frozen=True)
class KeyValues:
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """Rows of cells under a header that repeats on every page.

    `weights` are relative column widths (one per column); `highlight` holds the indexes of rows
    drawn on a warning background (e.g. overstays).
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    weights: tuple[float, ...] = ()
    highlight: frozenset[int] = frozenset()
    empty_text: str = "—"

    def __post_init__(self) -> None:
        if not self.headers:
            raise ValueError("a table needs at least one column")
        for index, row in enumerate(self.rows):
            if len(row) != len(self.headers):
                raise ValueError(
                    f"row {index + 1} has {len(row)} cells for {len(self.headers)} columns"
                )
        if self.weights and len(self.weights) != len(self.headers):
            raise ValueError("one weight per column")
        if any(w <= 0 for w in self.weights):
            raise ValueError("column weights must be positive")


Block = Heading | Paragraph | KeyValues | Table


@dataclass
class Document:
    """Build with the chained methods, then render with `seatdesk.reports.pdf.render_pdf`.

    `watermark` (e.g. "sec01 · seat-07 · 2026-01-01 17:00") is tiled over every page and repeated
    in every page's footer, after `footer`.
    """

    title: str
    watermark: str
    subtitle: str = ""
    footer: str = ""
    author: str = ""
    landscape: bool = False
    blocks: list[Block] = field(default_factory=list)

    def heading(self, text: str) -> Document:
        self.blocks.append(Heading(text))
        return self

    def paragraph(self, text: str, *, small: bool = False) -> Document:
        self.blocks.append(Paragraph(text, small))
        return self

    def key_values(self, rows: Sequence[tuple[str, str]]) -> Document:
        self.blocks.append(KeyValues(tuple((str(k), str(v)) for k, v in rows)))
        return self

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        weights: Sequence[float] = (),
        highlight: Sequence[int] = (),
        empty_text: str = "—",
    ) -> Document:
        self.blocks.append(
            Table(
                tuple(headers),
                tuple(tuple(str(cell) for cell in row) for row in rows),
                tuple(weights),
                frozenset(highlight),
                empty_text,
            )
        )
        return self

    def text(self) -> str:
        """Every string of the document in reading order (for tests and previews)."""
        parts = [self.title, self.subtitle]
        for block in self.blocks:
            if isinstance(block, Heading | Paragraph):
                parts.append(block.text)
            elif isinstance(block, KeyValues):
                parts += [f"{k} {v}" for k, v in block.rows]
            else:
                parts.append(" ".join(block.headers))
                parts += [" ".join(row) for row in block.rows]
        parts += [self.footer, self.watermark]
        return "\n".join(p for p in parts if p)

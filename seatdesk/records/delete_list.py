"""A delete list: the customer numbers to remove from the vault, one a line.

UTF-8 (a byte-order mark is allowed), an optional header ``customer_no``, blank lines ignored.
Problems name the line, never the value (the same rule as the import file's report).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from seatdesk.core.errors import UsageError
from seatdesk.core.text import normal_text
from seatdesk.records.csv_format import RowProblem

__all__ = ["HEADER", "DeleteList", "read_delete_list"]

HEADER = "customer_no"
_MAX_LENGTH = 64  # as a customer number in the import file


@dataclass(frozen=True)
class DeleteList:
    """(line, customer number) of each number to remove, and the problems found reading them."""

    entries: tuple[tuple[int, str], ...]
    problems: tuple[RowProblem, ...] = ()
    name: str = field(default="", compare=False)

    @classmethod
    def of(cls, numbers: Sequence[str]) -> DeleteList:
        """A list given by a program (the hall's change sets): item n is "line" n."""
        return cls(tuple((line, number) for line, number in enumerate(numbers, start=1)))

    def __len__(self) -> int:
        return len(self.entries)


def read_delete_list(path: Path) -> DeleteList:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    return parse_delete_list(data, name=path.name)


def parse_delete_list(data: bytes, *, name: str = "") -> DeleteList:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problem = RowProblem(line, "", "not UTF-8 text (save the delete list as UTF-8)")
        return DeleteList((), (problem,), name)
    entries: list[tuple[int, str]] = []
    problems: list[RowProblem] = []
    first_line: dict[str, int] = {}
    header_allowed = True
    for line, raw in enumerate(text.splitlines(), start=1):
        number = normal_text(raw.strip())  # as the import file's cells are
        if not number:
            continue
        if header_allowed and number.lower() == HEADER:
            header_allowed = False
            continue
        header_allowed = False
        if "," in number or "\t" in number or len(number) > _MAX_LENGTH:
            problems.append(
                RowProblem(line, HEADER, "not a customer number (one number to a line)")
            )
        elif number in first_line:
            problems.append(
                RowProblem(line, HEADER, f"repeated (first on line {first_line[number]})")
            )
        else:
            first_line[number] = line
            entries.append((line, number))
    return DeleteList(tuple(entries), tuple(problems), name)

"""Training results from a centre's own learning system, as CSV: all or nothing.

Columns (a header row, in any order): `staff_id`, `course` (a course id of the policy), `date`
(YYYY-MM-DD, the day the person was assessed, not in the future), `score` (a whole number from
0 to 100); `trainer` is optional (the learning system's or the trainer's name, stored masked).
UTF-8, with or without a byte-order mark. A file with any bad row (an unknown staff ID or
course, a bad date, a score out of range, the same person, course and day twice, or already on
the register) imports nothing; every bad row is reported by its line number.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date

from seatdesk.core.errors import PolicyError, UsageError
from seatdesk.policy.roles import Permission, require
from seatdesk.policy.training import MAX_SCORE, Course
from seatdesk.services import hall_training
from seatdesk.services.free_text import typed_text
from seatdesk.services.session import Session
from seatdesk.services.training import hall_today, write_results

REQUIRED_COLUMNS = ("staff_id", "course", "date", "score")
OPTIONAL_COLUMNS = ("trainer",)


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.column}: {self.message}"


@dataclass
class TrainingImportReport:
    rows: int = 0
    imported: int = 0
    passed: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def import_results(session: Session, data: bytes, *, dry_run: bool = False) -> TrainingImportReport:
    """Check every row of `data`; only when all are good, record them all (audited, one entry
    per result). The report lists every bad row; with any, nothing is written."""
    rules = session.policy.training
    require(session.role, Permission.RECORD_TRAINING)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError("the file is not UTF-8 text", code="training.encoding") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [name.strip() for name in next(reader, [])]
    _check_header(header)
    known = hall_training.known_staff(session)
    on_register = {
        (str(r[0]), str(r[1]), str(r[2]))
        for r in session.db.execute("SELECT staff_id, course, held_on FROM training_results")
    }
    today = hall_today(session)
    report = TrainingImportReport()
    good: dict[str, list[tuple[Course, date, str, int]]] = {}
    seen: dict[tuple[str, str, str], int] = {}
    for line, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        report.rows += 1
        if len(cells) != len(header):
            report.errors.append(
                RowError(line, "*", f"{len(cells)} cells, the header has {len(header)}")
            )
            continue
        row = {name: cell.strip() for name, cell in zip(header, cells, strict=True)}
        errors_before = len(report.errors)
        staff_id = row["staff_id"]
        if staff_id not in known:
            report.errors.append(RowError(line, "staff_id", f"unknown staff ID {staff_id!r}"))
        course: Course | None = None
        try:
            course = rules.course(row["course"])
        except PolicyError:
            report.errors.append(RowError(line, "course", f"unknown course {row['course']!r}"))
        day = _day(row["date"], today, line, report)
        score = _score(row["score"], line, report)
        if course is not None and day is not None:
            key = (staff_id, course.id, day.isoformat())
            if key in seen:
                report.errors.append(
                    RowError(line, "*", f"the same person, course and date as line {seen[key]}")
                )
            elif key in on_register:
                report.errors.append(
                    RowError(
                        line,
                        "*",
                        "this person's result for that course and date is already on the register",
                    )
                )
            seen.setdefault(key, line)
        if len(report.errors) == errors_before and course and day and score is not None:
            good.setdefault(row.get("trainer", ""), []).append((course, day, staff_id, score))
    if report.errors or dry_run:
        return report
    with session.db.transaction():
        for trainer, rows in good.items():
            masked = str(typed_text(session, trainer)) if trainer else "import"
            written = write_results(session, "import", masked, rows)
            report.imported += len(written)
            report.passed += sum(1 for r in written if r.passed)
    return report


def _check_header(header: list[str]) -> None:
    unknown = [n for n in header if n not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    missing = [n for n in REQUIRED_COLUMNS if n not in header]
    twice = sorted({n for n in header if header.count(n) > 1})
    if unknown or missing or twice:
        problems = [
            *(f"unknown column {n!r}" for n in unknown),
            *(f"missing column {n!r}" for n in missing),
            *(f"column {n!r} twice" for n in twice),
        ]
        raise UsageError(
            f"line 1 (header): {'; '.join(problems)} (columns: "
            f"{', '.join(REQUIRED_COLUMNS)}, optional {', '.join(OPTIONAL_COLUMNS)})",
            code="training.header",
        )


def _day(text: str, today: date, line: int, report: TrainingImportReport) -> date | None:
    try:
        day = date.fromisoformat(text)
        if len(text) != 10:
            raise ValueError(text)
    except ValueError:
        report.errors.append(RowError(line, "date", f"not a date as YYYY-MM-DD: {text!r}"))
        return None
    if day > today:
        report.errors.append(RowError(line, "date", f"{text} is in the future"))
        return None
    return day


def _score(text: str, line: int, report: TrainingImportReport) -> int | None:
    if not text.isascii() or not text.isdigit() or not 0 <= int(text) <= MAX_SCORE:
        report.errors.append(
            RowError(line, "score", f"a whole number from 0 to {MAX_SCORE}, got {text!r}")
        )
        return None
    return int(text)

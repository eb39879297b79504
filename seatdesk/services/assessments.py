"""The register of personal-information protection impact assessments (个人信息保护影响评估,
PIPL Art. 55-56): what processing was assessed, which Art. 55 case made it necessary, the result
and its measures, who reviewed it, when it is next reviewed, and the hash of the signed document.

The security officer records and reads them (`Permission.RECORD_ASSESSMENTS`); every addition and
every reading is audited. Texts typed (scope, measures, reviewer) pass the free-text gate. The
register is kept at least three years from each assessment's date (Art. 56): `keep_until`, with
a trigger in the vault refusing an earlier delete; no purge of SeatDesk touches the table.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import UsageError
from seatdesk.policy.roles import Permission, require
from seatdesk.services.assessment_terms import RESULTS as RESULTS  # re-exported
from seatdesk.services.assessment_terms import TRIGGERS as TRIGGERS
from seatdesk.services.free_text import typed_texts
from seatdesk.services.session import Session

KEEP_YEARS = 3  # PIPL Art. 56: the report and the processing record kept at least three years
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_COLUMNS = (
    "ref, assessed_on, scope, trigger_code, result, measures, reviewer, next_review, "
    "attachment, recorded_at, recorded_by, keep_until"
)


@dataclass(frozen=True)
class Assessment:
    ref: str
    assessed_on: str  # YYYY-MM-DD
    scope: str
    trigger: str
    result: str
    measures: str
    reviewer: str
    next_review: str  # YYYY-MM-DD
    attachment_sha256: str | None
    recorded_at: str
    recorded_by: str
    keep_until: str

    def overdue(self, today: date) -> bool:
        return date.fromisoformat(self.next_review) <= today

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class AssessmentDue:
    """A line of the access review: an assessment due for review, or one missing."""

    trigger: str
    why: str  # "review_due" | "missing"
    ref: str = ""
    next_review: str = ""

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{what}: expected a date YYYY-MM-DD, got {text!r}") from None


def _plus_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def attachment_digest(path: Path) -> str:
    """The SHA-256 of the signed assessment document, read from `path`."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise UsageError(f"cannot read the attachment {path.name}: {exc.strerror}") from None


class AssessmentRegister:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _today(self) -> date:
        return self._s.runtime.clock.now().date()

    def today(self) -> date:
        """Today on the injected clock (the desk's forms start from it)."""
        return self._today()

    def add(
        self,
        *,
        assessed_on: str,
        scope: str,
        trigger: str,
        result: str,
        reviewer: str,
        next_review: str,
        measures: str = "",
        attachment_sha256: str | None = None,
    ) -> Assessment:
        """Record an assessment; bad input raises UsageError and changes nothing."""
        require(self._s.role, Permission.RECORD_ASSESSMENTS)
        day = _day(assessed_on, "assessment date")
        review = _day(next_review, "next review")
        if day > self._today():
            raise UsageError("the assessment date is in the future")
        if review <= day:
            raise UsageError("the next review must come after the assessment date")
        if trigger not in TRIGGERS:
            raise UsageError(
                f"unknown trigger {trigger!r} (expected one of: {', '.join(TRIGGERS)})"
            )
        if result not in RESULTS:
            raise UsageError(f"unknown result {result!r} (expected one of: {', '.join(RESULTS)})")
        if not scope.strip() or not reviewer.strip():
            raise UsageError("the scope and the reviewer are required")
        if result == "approved_with_measures" and not measures.strip():
            raise UsageError("approved with measures: say which measures (--measures)")
        digest = (attachment_sha256 or "").strip().lower() or None
        if digest is not None and not _HEX64.match(digest):
            raise UsageError("the attachment hash must be 64 hexadecimal digits (SHA-256)")
        scope_m, measures_m, reviewer_m = typed_texts(self._s, [scope, measures, reviewer])
        now = utc_iso(self._s.runtime.clock.now())
        keep = _plus_years(day, KEEP_YEARS).isoformat()
        db = self._s.db
        with db.transaction():
            number = int(db.scalar("SELECT coalesce(max(id), 0) + 1 FROM impact_assessments"))
            ref = f"PIA-{day.year}-{number:04d}"
            values = (
                ref,
                day.isoformat(),
                scope_m,
                trigger,
                result,
                measures_m,
                reviewer_m,
                review.isoformat(),
                digest,
                now,
                self._s.staff_id,
                keep,
            )
            db.execute(
                f"INSERT INTO impact_assessments({_COLUMNS}) VALUES ({', '.join('?' * 12)})",
                values,
            )
            self._s.audit.append(
                self._s.staff_id,
                "assessment.recorded",
                target=ref,
                detail={
                    "trigger": trigger,
                    "result": result,
                    "assessed_on": day.isoformat(),
                    "next_review": review.isoformat(),
                    "attachment_sha256": digest,
                },
            )
        return Assessment(*values)

    def _rows(self, where: str = "", params: tuple[object, ...] = ()) -> list[Assessment]:
        rows = self._s.db.execute(
            f"SELECT {_COLUMNS} FROM impact_assessments {where} ORDER BY assessed_on DESC, id DESC",
            params,
        )
        return [
            Assessment(*(None if v is None else str(v) for v in row))  # type: ignore[arg-type]
            for row in rows
        ]

    def all(self) -> list[Assessment]:
        require(self._s.role, Permission.RECORD_ASSESSMENTS)
        found = self._rows()
        self._s.audit.append(self._s.staff_id, "assessment.listed", detail={"count": len(found)})
        return found

    def show(self, ref: str) -> Assessment:
        require(self._s.role, Permission.RECORD_ASSESSMENTS)
        found = self._rows("WHERE ref = ?", (ref.strip(),))
        if not found:
            raise UsageError(f"no impact assessment {ref.strip()!r}", code="assessment.unknown")
        self._s.audit.append(self._s.staff_id, "assessment.shown", target=found[0].ref)
        return found[0]

    def due(self) -> list[AssessmentDue]:
        """For the access review: assessments whose review is due, and the Art. 55 cases this
        seat shows signs of (一类 data held: sensitive; exports made: providing to others)
        that no assessment covers."""
        today = self._today()
        latest: dict[str, Assessment] = {}
        for item in self._rows():
            latest.setdefault(item.trigger, item)
        lines = [
            AssessmentDue(a.trigger, "review_due", a.ref, a.next_review)
            for a in sorted(latest.values(), key=lambda a: a.next_review)
            if a.overdue(today)
        ]
        seen: list[str] = []
        if self._s.db.scalar("SELECT 1 FROM customers LIMIT 1") is not None:
            seen.append("sensitive")
        if self._s.db.scalar("SELECT 1 FROM audit WHERE action = 'records.export' LIMIT 1"):
            seen.append("entrust_provide_disclose")
        for trigger in seen:
            current = latest.get(trigger)
            if current is None or current.result == "refused":
                lines.append(AssessmentDue(trigger, "missing"))
        return lines

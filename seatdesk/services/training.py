"""Confidentiality training (客户信息保护培训制度, 第十五条): the register of sessions and results,
the assessment a person takes at the desk, and THE GATE that refuses customer data to someone
whose training has lapsed.

Results are written only here, each one audited with the person, the course, the score and
whether it passed, nothing else. The security officer records sessions and imports results; a
person records only their own assessment, which this service grades (the answer key never
leaves `training_questions`). Supervisors do not record: their own training is on the register
they would be writing, and their team's standing is part of their own assessment, so the
register is kept by the officer who answers for it (separation of duties).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from seatdesk.core.clock import utc_iso
from seatdesk.core.errors import PermissionDenied, UsageError
from seatdesk.policy.roles import Permission, Role, parse_role, require
from seatdesk.policy.training import (
    MAX_SCORE,
    Course,
    Standing,
    TrainingRules,
    allows_access,
    standing,
)
from seatdesk.services import hall_training
from seatdesk.services.free_text import typed_text
from seatdesk.services.session import Session
from seatdesk.services.training_questions import Question, load_answer_key
from seatdesk.vault.db import VaultDb

#: A person's own assessments per course and day: the score of each try says how many answers
#: were right, so unlimited tries would let someone climb to a pass by changing one at a time.
ASSESSMENTS_PER_DAY = 3


@dataclass(frozen=True)
class Result:
    staff_id: str
    course: str
    held_on: date
    score: int
    pass_mark: int
    passed: bool
    valid_until: date | None


@dataclass(frozen=True)
class CourseStatus:
    course: Course
    last_passed: date | None
    valid_until: date | None
    standing: Standing


@dataclass(frozen=True)
class PersonTraining:
    staff_id: str
    display_name: str
    role: Role
    courses: tuple[CourseStatus, ...]

    @property
    def allowed(self) -> bool:
        return all(allows_access(c.standing) for c in self.courses)


def hall_today(session: Session) -> date:
    return session.policy.visitors.today(session.runtime.clock.now())


def course_statuses(session: Session, staff_id: str, role: Role) -> tuple[CourseStatus, ...]:
    """Each course `role` must take, with `staff_id`'s last pass and its standing today. A pass
    counts under the policy in force: its validity, and a pass mark raised since."""
    rules = session.policy.training
    today = hall_today(session)
    out = []
    for course in rules.courses_for(role):
        last = last_pass(session.db, staff_id, course)
        until = rules.valid_until(last) if last else None
        out.append(CourseStatus(course, last, until, standing(rules, last, today)))
    return tuple(out)


def last_pass(db: VaultDb, staff_id: str, course: Course) -> date | None:
    """The last pass recorded here or (on a seat enrolled with a hall) at the hall."""
    where = "WHERE staff_id = ? AND course = ? AND passed = 1 AND score >= ?"
    rows = db.execute(
        f"SELECT max(day) FROM (SELECT max(held_on) AS day FROM training_results {where} "
        f"UNION ALL SELECT max(held_on) FROM hall_training_results {where})",
        (staff_id, course.id, course.pass_mark) * 2,
    )
    return date.fromisoformat(str(rows[0][0])) if rows and rows[0][0] else None


def training_refusal(session: Session, staff_id: str, role: Role) -> CourseStatus | None:
    """The first course whose lapse refuses `staff_id` customer data (None: allowed, or the
    policy's switch is off)."""
    if not session.policy.training.required:
        return None
    for status in course_statuses(session, staff_id, role):
        if not allows_access(status.standing):
            return status
    return None


def training_warning(session: Session) -> CourseStatus | None:
    """The signed-in person's course in its grace days, if any: the desk warns."""
    if not session.policy.training.required:
        return None
    for status in course_statuses(session, session.staff_id, session.role):
        if status.standing is Standing.GRACE:
            return status
    return None


def require_training(session: Session) -> None:
    """Refuse customer data (audited) to a person whose training lapsed past the grace days or
    who never passed, while the policy requires training."""
    refused = training_refusal(session, session.staff_id, session.role)
    if refused is None:
        return
    session.audit.append(
        session.staff_id,
        "training.refused",
        target=session.staff_id,
        outcome="denied",
        detail={"course": refused.course.id, "standing": refused.standing.value},
    )
    when = f"lapsed on {refused.valid_until}" if refused.valid_until else "never passed"
    raise PermissionDenied(
        f"{session.staff_id}: confidentiality training {refused.course.id!r} {when}; customer "
        "data stays closed until it is passed again (take the assessment in the desk, or ask "
        "the security officer to record the training)",
        code=f"training.{refused.standing.value}",
        course=refused.course.id,
    )


class TrainingDesk:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def rules(self) -> TrainingRules:
        return self._s.policy.training

    # -- recording (the security officer) -------------------------------------------------------
    def record(
        self, course_id: str, held_on: date, trainer: str, results: Sequence[tuple[str, int]]
    ) -> list[Result]:
        """A training session and each attendant's score; all or nothing."""
        require(self._s.role, Permission.RECORD_TRAINING)
        course = self.rules.course(course_id)
        if not trainer.strip():
            raise UsageError("name the trainer", code="training.trainer")
        if not results:
            raise UsageError("record at least one person's result", code="training.empty")
        self._check_day(held_on)
        known = hall_training.known_staff(self._s)
        seen: set[str] = set()
        for staff_id, score in results:
            if staff_id not in known:
                raise UsageError(f"unknown staff ID {staff_id!r}", code="training.staff")
            if staff_id in seen:
                raise UsageError(f"{staff_id} is listed twice", code="training.duplicate")
            seen.add(staff_id)
            check_score(score)
        masked = typed_text(self._s, trainer)
        rows = [(course, held_on, staff_id, score) for staff_id, score in results]
        return write_results(self._s, "session", str(masked), rows)

    # -- the person's own assessment ------------------------------------------------------------
    def assessment(
        self, course_id: str, language: str, folder: Path | None = None
    ) -> tuple[Question, ...]:
        """The questions and choices of `course_id`'s assessment (no answers)."""
        self._own_course(course_id)
        return load_answer_key(course_id, folder).shown(language)

    def submit(
        self, course_id: str, answers: Mapping[str, int], folder: Path | None = None
    ) -> Result:
        """Grade the signed-in person's answers and record their result (audited)."""
        course = self._own_course(course_id)
        key = load_answer_key(course_id, folder)
        today = hall_today(self._s)
        tries = self._s.db.execute(
            "SELECT count(*) FROM training_results r JOIN training_sessions s "
            "ON s.id = r.session_id WHERE s.source = 'assessment' AND r.staff_id = ? "
            "AND r.course = ? AND r.held_on = ?",
            (self._s.staff_id, course_id, today.isoformat()),
        )[0][0]
        if int(tries) >= ASSESSMENTS_PER_DAY:
            raise PermissionDenied(
                f"{ASSESSMENTS_PER_DAY} assessments of {course_id!r} today already: try again "
                "tomorrow, after reading the rules again",
                code="training.attempts",
            )
        score = key.grade(answers)
        (result,) = write_results(
            self._s, "assessment", "", [(course, today, self._s.staff_id, score)]
        )
        return result

    def my_status(self) -> tuple[CourseStatus, ...]:
        return course_statuses(self._s, self._s.staff_id, self._s.role)

    # -- the register (the security officer) ----------------------------------------------------
    def register(self) -> list[PersonTraining]:
        """Every person who must take a course, with their standing."""
        require(self._s.role, Permission.RECORD_TRAINING)
        return register_of(self._s)

    # -- shared ---------------------------------------------------------------------------------
    def _own_course(self, course_id: str) -> Course:
        course = self.rules.course(course_id)
        if self._s.role not in course.roles:
            raise PermissionDenied(
                f"the {self._s.role.value} role does not take course {course_id!r}",
                code="training.not_your_course",
            )
        return course

    def _check_day(self, held_on: date) -> None:
        if held_on > hall_today(self._s):
            raise UsageError(f"{held_on} is in the future", code="training.future")


def write_results(
    session: Session, source: str, trainer: str, rows: Sequence[tuple[Course, date, str, int]]
) -> list[Result]:
    """Rows of (course, day, staff ID, score): one session per course and day, one audit entry
    per result (the person, the course, the score, passed), in one transaction."""
    rules = session.policy.training
    now = utc_iso(session.runtime.clock.now())
    written: list[Result] = []
    sessions: dict[tuple[str, date], int] = {}
    if session.on_hall_directory:  # the hall's first: nothing is written here if it refuses
        hall_training.post_results(session, source, [_posted(rules, row) for row in rows])
    with session.db.transaction():
        for course, held_on, staff_id, score in rows:
            key = (course.id, held_on)
            if key not in sessions:
                sessions[key] = session.db.execute_returning_id(
                    "INSERT INTO training_sessions(course, held_on, trainer, source, "
                    "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (course.id, held_on.isoformat(), trainer, source, session.staff_id, now),
                )
            passed = course.passes(score)
            until = rules.valid_until(held_on) if passed else None
            session.db.execute(
                "INSERT INTO training_results(session_id, staff_id, course, held_on, score,"
                " pass_mark, passed, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    sessions[key],
                    staff_id,
                    course.id,
                    held_on.isoformat(),
                    score,
                    course.pass_mark,
                    int(passed),
                    until.isoformat() if until else None,
                ),
            )
            session.audit.append(
                session.staff_id,
                "training.result",
                target=staff_id,
                detail={"course": course.id, "score": score, "passed": passed},
            )
            written.append(
                Result(staff_id, course.id, held_on, score, course.pass_mark, passed, until)
            )
    return written


def _posted(rules: TrainingRules, row: tuple[Course, date, str, int]) -> dict[str, object]:
    course, held_on, staff_id, score = row
    passed = course.passes(score)
    until = rules.valid_until(held_on) if passed else None
    return hall_training.as_posted(
        hall_training.new_result_id(), staff_id, course.id, held_on, score, course.pass_mark,
        passed, until,
    )  # fmt: skip


def check_score(score: int) -> None:
    if not 0 <= score <= MAX_SCORE:
        raise UsageError(
            f"a score is a whole number from 0 to {MAX_SCORE}, got {score}",
            code="training.score",
        )


def register_of(session: Session) -> list[PersonTraining]:
    """Every enabled person whose role takes a course, with their standing today; on a seat
    enrolled with a hall, the hall's people too (as fetched now, or last time if it is away)."""
    rows = session.db.execute(
        "SELECT staff_id, display_name, role FROM staff WHERE disabled = 0 ORDER BY staff_id"
    )
    if session.on_hall_directory:
        hall_training.refresh_quietly(session)
        rows = sorted([*rows, *hall_training.hall_people(session)], key=lambda r: str(r[0]))
    people = []
    for staff_id, name, role_name in rows:
        role = parse_role(str(role_name))
        statuses = course_statuses(session, str(staff_id), role)
        if statuses:
            people.append(PersonTraining(str(staff_id), str(name), role, statuses))
    return people

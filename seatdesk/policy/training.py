"""Confidentiality training (客户信息保护培训制度): the courses the policy requires, who must take
them, their pass marks, how long a pass stays valid and the grace days after it lapses.

Pure: `parse_training` reads the policy file's `[training]` table; `standing` decides, from a
person's last pass, whether their training is valid, in its grace days, lapsed or never taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from seatdesk.core.errors import PolicyError
from seatdesk.policy._reader import TableReader, choices
from seatdesk.policy.roles import Role

#: Scores are percentages: 0 to 100.
MAX_SCORE = 100
_COURSE_ID = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
TRAINING_KEYS = ("required", "grace_days", "validity_days", "courses")


@dataclass(frozen=True)
class Course:
    id: str
    title_zh: str
    title_en: str
    pass_mark: int
    roles: frozenset[Role]

    def title(self, language: str) -> str:
        return self.title_zh if language == "zh_CN" else self.title_en

    def passes(self, score: int) -> bool:
        """The pass mark itself passes."""
        return score >= self.pass_mark


@dataclass(frozen=True)
class TrainingRules:
    required: bool
    grace_days: int
    validity_days: int
    courses: tuple[Course, ...] = ()

    def course(self, course_id: str) -> Course:
        for course in self.courses:
            if course.id == course_id:
                return course
        raise PolicyError(
            f"unknown course {course_id!r} (courses are: {choices(c.id for c in self.courses)})",
            code="training.course",
            course=course_id,
        )

    def has_course(self, course_id: str) -> bool:
        return any(course.id == course_id for course in self.courses)

    def courses_for(self, role: Role) -> tuple[Course, ...]:
        return tuple(course for course in self.courses if role in course.roles)

    def valid_until(self, held_on: date) -> date:
        return held_on + timedelta(days=self.validity_days)


#: A policy built in code without a `[training]` table asks for no training.
NO_TRAINING = TrainingRules(required=False, grace_days=0, validity_days=365)


class Standing(StrEnum):
    """A person's training in one course, on a given day."""

    VALID = "valid"
    GRACE = "grace"  # lapsed, within the grace days: allowed, with a warning
    LAPSED = "lapsed"  # past the grace days: refused
    NEVER = "never"  # never passed: refused


def standing(rules: TrainingRules, last_passed: date | None, today: date) -> Standing:
    """The standing of a person whose last pass of a course was on `last_passed`."""
    if last_passed is None:
        return Standing.NEVER
    until = rules.valid_until(last_passed)
    if today <= until:
        return Standing.VALID
    if today <= until + timedelta(days=rules.grace_days):
        return Standing.GRACE
    return Standing.LAPSED


def allows_access(state: Standing) -> bool:
    return state in (Standing.VALID, Standing.GRACE)


def parse_training(table: TableReader) -> TrainingRules:
    """The `[training]` table: the switch, the grace and validity days, and the courses."""
    rules = TrainingRules(
        required=table.boolean("required"),
        grace_days=table.integer("grace_days", 0, 90),
        validity_days=table.integer("validity_days", 30, 3650),
    )
    courses: list[Course] = []
    for entry in table.table_list(
        "courses", allowed=("id", "title_zh", "title_en", "pass_mark", "roles")
    ):
        course_id = entry.string("id")
        if not _COURSE_ID.match(course_id):
            entry.fail("id", "course ids are lower-case letters, digits and '_'")
        if any(c.id == course_id for c in courses):
            entry.fail("id", f"course {course_id!r} is defined twice")
        roles = entry.string_list("roles")
        for index, name in enumerate(roles):
            if name not in [role.value for role in Role]:
                entry.fail(
                    "roles",
                    f"item {index + 1}: unknown role {name!r} (roles are: {choices(Role)})",
                )
        if not roles:
            entry.fail("roles", "at least one role must take the course")
        courses.append(
            Course(
                id=course_id,
                title_zh=entry.string("title_zh"),
                title_en=entry.string("title_en"),
                pass_mark=entry.integer("pass_mark", 1, MAX_SCORE),
                roles=frozenset(Role(name) for name in roles),
            )
        )
    if rules.required and not courses:
        table.fail("courses", "training is required but no course is defined")
    return TrainingRules(rules.required, rules.grace_days, rules.validity_days, tuple(courses))

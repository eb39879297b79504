"""The assessment of a course: its questions in zh_CN and en, read from
`resources/training/<course>.toml`, and the grading.

The answer key stays in here. What leaves (`Question`) is the question and its choices; the
person's answers come back as choice numbers and `grade` scores them against the key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from seatdesk.core.errors import UsageError
from seatdesk.core.paths import resources_dir
from seatdesk.policy.training import MAX_SCORE

LANGUAGES = ("zh_CN", "en")


@dataclass(frozen=True)
class Question:
    """A question as the desk shows it: no answer."""

    id: str
    text: str
    choices: tuple[str, ...]


@dataclass(frozen=True)
class _Keyed:
    id: str
    text: Mapping[str, str]
    choices: Mapping[str, tuple[str, ...]]
    answer: int  # index into choices, from 0


@dataclass(frozen=True)
class AnswerKey:
    """A course's questions with their answers; held by the service, never handed out."""

    course: str
    questions: tuple[_Keyed, ...]

    def shown(self, language: str) -> tuple[Question, ...]:
        if language not in LANGUAGES:
            raise UsageError(f"no assessment in language {language!r}")
        return tuple(Question(q.id, q.text[language], q.choices[language]) for q in self.questions)

    def grade(self, answers: Mapping[str, int]) -> int:
        """The score in percent (rounded down) of `answers` (question id → choice index from 0).
        Every question must be answered once; an unknown question is an error."""
        ids = {q.id for q in self.questions}
        unknown = sorted(set(answers) - ids)
        if unknown:
            raise UsageError(f"not a question of this assessment: {', '.join(unknown)}")
        missing = [q.id for q in self.questions if q.id not in answers]
        if missing:
            raise UsageError(f"{len(missing)} question(s) not answered", code="training.unanswered")
        right = sum(1 for q in self.questions if answers[q.id] == q.answer)
        return right * MAX_SCORE // len(self.questions)


def questions_file(course: str, folder: Path | None = None) -> Path:
    return (folder or resources_dir() / "training") / f"{course}.toml"


def load_answer_key(course: str, folder: Path | None = None) -> AnswerKey:
    path = questions_file(course, folder)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise UsageError(
            f"no assessment for course {course!r} ({path.name} is missing)",
            code="training.no_assessment",
        ) from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path.name}: not valid TOML: {exc}") from None
    return parse_answer_key(data, course, path.name)


def parse_answer_key(data: Mapping[str, object], course: str, source: str) -> AnswerKey:
    """Validate the questions file: each question complete in both languages, the same number
    of choices in both, the answer one of them, ids unique."""
    if data.get("course") != course:
        raise UsageError(f"{source}: course must be {course!r}")
    items = data.get("questions")
    if not isinstance(items, list) or not items:
        raise UsageError(f"{source}: at least one [[questions]] is needed")
    keyed: list[_Keyed] = []
    for number, item in enumerate(items, start=1):
        where = f"{source}: question {number}"
        if not isinstance(item, dict):
            raise UsageError(f"{where}: expected a table")
        qid, answer = item.get("id"), item.get("answer")
        if not isinstance(qid, str) or not qid or any(k.id == qid for k in keyed):
            raise UsageError(f"{where}: needs a unique id")
        texts: dict[str, str] = {}
        choices: dict[str, tuple[str, ...]] = {}
        for language, suffix in (("zh_CN", "zh"), ("en", "en")):
            text, options = item.get(suffix), item.get(f"choices_{suffix}")
            if not isinstance(text, str) or not text.strip():
                raise UsageError(f"{where}: `{suffix}` is missing")
            if (
                not isinstance(options, list)
                or len(options) < 2
                or not all(isinstance(o, str) and o.strip() for o in options)
            ):
                raise UsageError(f"{where}: `choices_{suffix}` needs two or more choices")
            texts[language], choices[language] = text, tuple(options)
        if len(choices["zh_CN"]) != len(choices["en"]):
            raise UsageError(f"{where}: the zh and en choices differ in number")
        if not isinstance(answer, int) or isinstance(answer, bool):
            raise UsageError(f"{where}: `answer` must be a choice number")
        if not 1 <= answer <= len(choices["en"]):
            raise UsageError(f"{where}: `answer` must be a choice number")
        keyed.append(_Keyed(qid, texts, choices, answer - 1))
    return AnswerKey(course, tuple(keyed))

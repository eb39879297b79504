"""The documents' incident vocabulary: every code in both languages, the English without Chinese."""

from __future__ import annotations

import re

from seatdesk.incidents.model import CATEGORIES, CHECKLIST, PENALTIES, SEVERITIES, STATUSES
from seatdesk.incidents.words import KINDS, word

CJK = re.compile(r"[\u3400-\u9fff]")
CODES = {
    "category": CATEGORIES, "status": STATUSES, "severity": SEVERITIES, "checklist": CHECKLIST,
    "penalty": PENALTIES,
}  # fmt: skip


def test_every_code_has_a_word_in_both_languages() -> None:
    for kind, table in CODES.items():
        for code, chinese in table.items():
            assert word(kind, code, "zh_CN") == chinese
            english = word(kind, code, "en")
            assert english != code and not CJK.search(english), (kind, code)
    for kind in KINDS:
        assert word(kind, None, "en") == "—"
    assert word("deadline", "initial_report", "zh_CN") == "向监管部门初报"
    assert word("operator", "cii", "en") == "Critical information infrastructure operator"

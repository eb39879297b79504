"""`fold_text`: one folding rule for the guards and the visitor register. The two private
functions it replaced are kept here, word for word, as the reference it must equal: the visitor
watch list stores HMACs of folded names, so the `drop_dots` form may never change."""

from __future__ import annotations

import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from seatdesk.core.text import NAME_DOTS, fold_text


def _guards_fold(text: str) -> str:  # services/guards.py before the merge
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def _visitors_fold(text: str) -> str:  # services/visitors.py before the merge
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if not ch.isspace() and ch not in "·•・.")


def test_width_case_and_spaces_are_folded() -> None:
    assert fold_text(" Ｊｏｈｎ\u3000SMITH\t") == "johnsmith"
    assert fold_text("Straße") == "strasse"
    assert fold_text("欧阳 明月") == "欧阳明月"


def test_name_dots_are_dropped_only_when_asked() -> None:
    assert fold_text("ACME Ltd.") == "acmeltd."
    assert fold_text("ACME Ltd.", drop_dots=True) == "acmeltd"
    assert fold_text("阿卜杜·拉赫曼", drop_dots=True) == "阿卜杜拉赫曼"
    assert fold_text("ｱﾌﾞ･ﾗﾌﾏﾝ", drop_dots=True) == fold_text("アブ・ラフマン", drop_dots=True)
    assert fold_text("A．B•C", drop_dots=True) == "abc"  # full-width full stop, bullet
    assert set(NAME_DOTS) == set("·•・.")


def test_every_code_point_folds_as_both_old_rules_did() -> None:
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue  # surrogates are not text
        text = f"a{chr(code)}B"
        assert fold_text(text) == _guards_fold(text), hex(code)
        assert fold_text(text, drop_dots=True) == _visitors_fold(text), hex(code)


@given(st.text())
def test_any_text_folds_as_both_old_rules_did(text: str) -> None:
    assert fold_text(text) == _guards_fold(text)
    assert fold_text(text, drop_dots=True) == _visitors_fold(text)

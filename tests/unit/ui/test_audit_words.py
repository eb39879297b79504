"""The audit log's codes and details as the officer reads them (issue 17)."""

from __future__ import annotations

from seatdesk.ui.audit_words import action_text, detail_text


def test_a_known_action_is_named_and_keeps_its_code() -> None:
    assert action_text("record.reveal") == "Revealed a value · record.reveal"


def test_an_unnamed_action_gets_its_familys_name() -> None:
    assert action_text("visitor.watch_add") == "Visitor register · visitor.watch_add"


def test_an_unknown_family_shows_the_code_alone() -> None:
    assert action_text("partner.novel") == "partner.novel"


def test_the_detail_reads_as_pairs() -> None:
    shown = detail_text('{"in_hall":1,"fields":["name","mobile"],"follow_up":null}')
    assert shown == "in_hall: 1 · fields: name, mobile · follow_up: —"


def test_a_detail_that_is_not_an_object_is_shown_as_stored() -> None:
    assert detail_text("[1, 2]") == "[1, 2]"
    assert detail_text("not json") == "not json"
    assert detail_text("") == ""

from __future__ import annotations

import logging
from pathlib import Path

from seatdesk.core.logging import configure_logging, redact


def test_redact_masks_numbers_and_emails() -> None:
    text = redact("caller 138 0013 8000 id 11010519491231002X card 6222020000000000 a@b.cn ok 2026")
    for value in ("8000", "1002X", "0000000000", "a@b.cn"):
        assert value not in text
    assert "ok 2026" in text


def test_log_file_never_holds_numbers(tmp_path: Path) -> None:
    logger = configure_logging(tmp_path)
    logging.getLogger("seatdesk.test").warning("lookup of %s failed", "13800138000")
    try:
        raise ValueError("bad card 6222020000000000")
    except ValueError:
        logging.getLogger("seatdesk.test").exception("import crashed")
    for handler in logger.handlers:
        handler.flush()
    content = (tmp_path / "seatdesk.log").read_text(encoding="utf-8")
    assert "lookup of" in content and "import crashed" in content and "ValueError" in content
    assert "13800138000" not in content and "6222020000000000" not in content
    configure_logging(None)

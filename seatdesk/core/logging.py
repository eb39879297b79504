"""Application logging with a redaction filter: numbers that could be phones, ID or card numbers
are masked in every record before it reaches a handler, whatever the caller passed."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

# Any run of 7+ digits (ASCII or full-width, with optional spaces/dashes inside) is suspect.
_NUMBER = re.compile(r"\d(?:[\s\-]?\d){6,}[Xx]?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def redact(text: str) -> str:
    text = _NUMBER.sub(lambda m: "#" * len(m.group(0)), text)
    return _EMAIL.sub("[email]", text)


class RedactionFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = redact(message)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def configure_logging(log_dir: Path | None, level: int = logging.INFO) -> logging.Logger:
    logger = logging.getLogger("seatdesk")
    logger.setLevel(level)
    for old in list(logger.handlers):
        logger.removeHandler(old)
        old.close()
    handler: logging.Handler
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            log_dir / "seatdesk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    else:
        handler = logging.NullHandler()
    handler.addFilter(RedactionFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.propagate = False
    return logger

"""A command's result on stdout: text for people, or JSON with --json (a module of its own, so
that the commands that need nothing else, the hall's, start without the services)."""

from __future__ import annotations

import argparse
import json
from typing import Any


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)

"""`seatdesk pop`: screen pop in the desk running for this OS user."""

from __future__ import annotations

import argparse
import json

from seatdesk.core.errors import EXIT_OK, UsageError
from seatdesk.core.paths import AppPaths
from seatdesk.phone import DeskRefused, EndCall, PopRequest, parse_pop_url, send_request
from seatdesk.services.runtime import Runtime


def cmd_pop(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    """Deliver a call (or its end) to the running desk. Never prints the number."""
    if args.end == (args.number is not None):
        raise UsageError("give a number or a seatdesk:// URL, or --end (not both)")
    request: PopRequest | EndCall
    if args.end:
        request = EndCall()
    elif ":" in args.number:
        request = parse_pop_url(args.number)
    else:
        request = PopRequest(args.number)
    reply = send_request(request)
    if not reply["ok"]:
        raise DeskRefused(f"the desk refused the request ({reply['error']})")
    if args.json:
        print(json.dumps({"delivered": True}))
    return EXIT_OK

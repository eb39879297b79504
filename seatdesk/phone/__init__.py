"""Screen pop (DESIGN §9): the socket protocol, `seatdesk://`, the client `seatdesk pop` uses, and
the desk's Qt-free half of the server. Imports nothing of SeatDesk but `core`, and no Qt."""

from seatdesk.phone.client import DeskNotRunning, DeskRefused, desk_answers, send_request
from seatdesk.phone.endpoint import UnsafeSocketDir, ensure_socket_dir, socket_path
from seatdesk.phone.protocol import (
    EndCall,
    MalformedMessage,
    PopRequest,
    RaiseDesk,
    Request,
    parse_pop_url,
)

__all__ = [
    "DeskNotRunning",
    "DeskRefused",
    "EndCall",
    "MalformedMessage",
    "PopRequest",
    "RaiseDesk",
    "Request",
    "UnsafeSocketDir",
    "desk_answers",
    "ensure_socket_dir",
    "parse_pop_url",
    "send_request",
    "socket_path",
]

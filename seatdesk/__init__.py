"""SeatDesk: keeps customer information safe on the seats of a call-centre hall."""

__version__ = "0.1.0"

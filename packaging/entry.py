"""Entry point of the frozen build (PyInstaller): the same as `python -m seatdesk`."""

from seatdesk.__main__ import main

if __name__ == "__main__":
    main()

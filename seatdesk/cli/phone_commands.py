"""`seatdesk phone secret set|delete`: the phone connector's password in the OS keyring."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from seatdesk.core.errors import EXIT_OK, UsageError
from seatdesk.core.paths import AppPaths
from seatdesk.phone.settings import NEEDS_SECRET, load_phone_settings
from seatdesk.services.phone_secrets import forget_phone_secret, store_phone_secret
from seatdesk.services.runtime import Runtime

SECRET_ENV = "SEATDESK_PHONE_SECRET"


def _connector(args: argparse.Namespace, app: AppPaths) -> str:
    if args.connector:
        return str(args.connector)
    settings = load_phone_settings(app.config_file)
    if settings is None or settings.connector not in NEEDS_SECRET:
        raise UsageError(
            "name the connector (--connector freeswitch|asterisk): config.toml has no [phone] "
            "connector that needs a password"
        )
    return settings.connector


def _read_secret(connector: str) -> str:
    from_env = os.environ.get(SECRET_ENV)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise UsageError(f"set {SECRET_ENV} or run this in a terminal to type the password")
    typed = getpass.getpass(f"Password for the {connector} connector: ")
    if getpass.getpass("Repeat it: ") != typed:
        raise UsageError("the two entries differ")
    return typed


def cmd_phone(args: argparse.Namespace, runtime: Runtime, app: AppPaths) -> int:
    connector = _connector(args, app)
    if args.secret_command == "set":
        store_phone_secret(runtime, connector, _read_secret(connector))
        print(f"Stored the {connector} connector's password in the OS keyring.")
    else:
        forget_phone_secret(runtime, connector)
        print(f"Removed the {connector} connector's password from the OS keyring.")
    return EXIT_OK

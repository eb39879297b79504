"""The seat's `[phone]` settings: defaults, loopback unless allowed, what each connector needs."""

from __future__ import annotations

from pathlib import Path

import pytest

from seatdesk.phone.settings import (
    PhoneConfigError,
    load_phone_settings,
    parse_phone_settings,
)


def test_defaults_are_loopback_and_the_systems_usual_port() -> None:
    baresip = parse_phone_settings({"connector": "baresip"})
    assert (baresip.host, baresip.port, baresip.needs_secret) == ("127.0.0.1", 4444, False)
    fs = parse_phone_settings({"connector": "freeswitch", "extension": "1001"})
    assert (fs.port, fs.needs_secret) == (8021, True)
    ami = parse_phone_settings({"connector": "asterisk", "username": "u", "channel_prefix": "P/"})
    assert ami.port == 5038 and ami.address == "127.0.0.1:5038"


@pytest.mark.parametrize("host", ["10.0.0.5", "pbx.example.net", "0.0.0.0", "::"])
def test_a_remote_host_is_refused_unless_allowed_and_the_refusal_says_how(host: str) -> None:
    with pytest.raises(PhoneConfigError, match="allow_remote = true"):
        parse_phone_settings({"connector": "baresip", "host": host})
    allowed = parse_phone_settings({"connector": "baresip", "host": host, "allow_remote": True})
    assert allowed.host == host


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_loopback_hosts_need_no_permission(host: str) -> None:
    assert parse_phone_settings({"connector": "baresip", "host": host}).host == host


@pytest.mark.parametrize(
    ("table", "says"),
    [
        ({"connector": "skype"}, "connector must be one of"),
        ({"connector": "baresip", "password": "x"}, "unknown settings: password"),
        ({"connector": "baresip", "port": 70000}, "port must be"),
        ({"connector": "baresip", "port": True}, "port must be"),
        ({"connector": "baresip", "allow_remote": "yes"}, "allow_remote must be"),
        ({"connector": "freeswitch"}, "needs extension or channel_prefix"),
        ({"connector": "asterisk", "extension": "1001"}, "needs username"),
    ],
)
def test_bad_settings_are_named(table: dict[str, object], says: str) -> None:
    with pytest.raises(PhoneConfigError, match=says):
        parse_phone_settings(table)


def test_loaded_from_config_toml(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    assert load_phone_settings(config) is None
    config.write_text('vault = "/x"\n', encoding="utf-8")
    assert load_phone_settings(config) is None
    config.write_text('[phone]\nconnector = "baresip"\nport = 4455\n', encoding="utf-8")
    loaded = load_phone_settings(config)
    assert loaded is not None and loaded.port == 4455
    config.write_text("[phone\n", encoding="utf-8")
    with pytest.raises(PhoneConfigError, match="cannot read"):
        load_phone_settings(config)

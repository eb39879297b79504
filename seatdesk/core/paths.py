"""Where SeatDesk keeps its files: the platform's data and config folders, or SEATDESK_HOME."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP = "SeatDesk"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def default_vault(self) -> Path:
        return self.data_dir / "seatdesk.vault"

    def configured_vault(self) -> Path | None:
        """The vault named in config.toml, else the default one if it exists, else None."""
        if self.config_file.is_file():
            import tomllib  # here: `seatdesk pop` finds its log folder without it

            try:
                config = tomllib.loads(self.config_file.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                config = {}
            vault = config.get("vault")
            if isinstance(vault, str) and vault:
                return Path(vault).expanduser()
        return self.default_vault if self.default_vault.exists() else None

    def remember_vault(self, vault: Path) -> None:
        self.config_dir.mkdir(parents=True, exist_ok=True)
        escaped = str(vault.resolve()).replace("\\", "\\\\").replace('"', '\\"')
        self.config_file.write_text(f'vault = "{escaped}"\n', encoding="utf-8")


def app_paths() -> AppPaths:
    home = os.environ.get("SEATDESK_HOME")
    if home:
        base = Path(home).expanduser()
        return AppPaths(base / "data", base / "config")
    from platformdirs import user_config_dir, user_data_dir

    return AppPaths(
        Path(user_data_dir(APP, appauthor=False)), Path(user_config_dir(APP, appauthor=False))
    )


def resources_dir() -> Path:
    """The resources (fonts, translations, texts): SEATDESK_RESOURCES if set, else the shipped
    ones. Never the policy's: see `shipped_resources_dir`."""
    override = os.environ.get("SEATDESK_RESOURCES")
    if override:
        return Path(override)
    return shipped_resources_dir()


def shipped_resources_dir() -> Path:
    """The resources shipped with SeatDesk: beside the package in a checkout, or in the frozen
    bundle. The default policy is read from here only, so no environment variable can point the
    program at a weaker one (a stricter one comes from the managed file)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"

"""The throwaway PostgreSQL of `tools/throwaway_postgres.py`, for the hall's tests."""

from __future__ import annotations

from tools.throwaway_postgres import PostgresServer, discard, start_postgres

__all__ = ["PostgresServer", "discard", "start_postgres"]

"""The words of an impact assessment that the command line's parser offers as choices (a module
without imports: parsing `seatdesk …` does not load the services)."""

from __future__ import annotations

# PIPL Art. 55: when an assessment is needed beforehand.
TRIGGERS: tuple[str, ...] = (
    "sensitive",  # (1) processing sensitive personal information
    "automated_decision",  # (2) automated decision-making
    "entrust_provide_disclose",  # (3) entrusting, providing to others, making public
    "cross_border",  # (4) providing abroad
    "major_impact",  # (5) other processing with a major impact on individuals
)
RESULTS: tuple[str, ...] = ("approved", "approved_with_measures", "refused")

__all__ = ["RESULTS", "TRIGGERS"]

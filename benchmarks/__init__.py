"""SeatDesk benchmarks (`make bench`): a harness, not part of the package."""

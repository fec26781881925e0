"""CLI subcommands beyond extract/show. Each module has `register(sub)` that
adds its argparse subparsers; handlers return an exit code and import heavy
modules only when they run, so `newsfacts --help` stays fast."""

import argparse
from datetime import date


def iso_date(value: str) -> date:
    """argparse type for YYYY-MM-DD options, shared by every command."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}")

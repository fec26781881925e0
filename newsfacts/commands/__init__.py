"""CLI subcommands beyond extract/show. Each module has `register(sub)` that
adds its argparse subparsers; handlers return an exit code and import heavy
modules only when they run, so `newsfacts --help` stays fast."""

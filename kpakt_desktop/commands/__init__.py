"""Subcommands of ``kpakt``; each module has ``register(subparsers)``."""

"""The ``letterlint`` command: one module per subcommand, thin over the API."""

from letterlint.cli.main import main

__all__ = ["main"]

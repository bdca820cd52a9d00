"""``python -m letterlint``."""

from letterlint.cli import main

raise SystemExit(main())

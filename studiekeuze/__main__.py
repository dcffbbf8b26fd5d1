"""Allows `python -m studiekeuze`."""

from studiekeuze.cli import main

raise SystemExit(main())

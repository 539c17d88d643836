"""``python -m fashioncoach`` and the ``fashioncoach`` console script."""

from __future__ import annotations

import sys


def main() -> None:
    # Everyday commands skip Typer's ~150 ms of start-up (see fast.py).
    from fashioncoach.fast import main as fast_main

    code = fast_main(sys.argv[1:])
    if code is not None:
        raise SystemExit(code)

    from fashioncoach.cli import app

    app(prog_name="fashioncoach")


if __name__ == "__main__":
    main()

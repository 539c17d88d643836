"""``python -m fashioncoach`` and the ``fashioncoach`` console script."""

from __future__ import annotations


def main() -> None:
    from fashioncoach.cli import app

    app(prog_name="fashioncoach")


if __name__ == "__main__":
    main()

"""The shell's side: ``help [COMMAND]`` and ``completion [SHELL]``.

Both are answered before Typer runs (``__main__``), from the command tree; these
declarations put them in the tree, in ``--help`` and in docs/cli.md, and run them
when the app is called directly (as the tests' runner does).
"""

from __future__ import annotations

import os
from enum import StrEnum
from typing import Annotated

import typer

from fashioncoach.app.output import echo
from fashioncoach.cli.common import friendly_errors

app = typer.Typer()


class Shell(StrEnum):
    bash = "bash"
    zsh = "zsh"
    fish = "fish"


@app.command("help")
@friendly_errors
def help_command(
    command: Annotated[
        list[str] | None,
        typer.Argument(help="The command, as you would type it: phase show.", metavar="COMMAND"),
    ] = None,
) -> None:
    """Show the help of the program, or of a command.

    Example: fashioncoach help set hours
    """
    from fashioncoach.app import help as helping

    echo(helping.for_words(command or [], columns=helping.width()).rstrip("\n"))


@app.command()
@friendly_errors
def completion(
    shell: Annotated[
        Shell | None,
        typer.Argument(help="bash, zsh or fish; default the shell you are in.", metavar="SHELL"),
    ] = None,
    install: Annotated[
        bool,
        typer.Option(
            "--install",
            help="Install the script where the shell finds it, instead of printing it.",
        ),
    ] = False,
) -> None:
    """Print the shell completion script, or install it.

    TAB then completes commands, options and the ids of your actions. Installing
    writes the script to the shell's own completion folder and, for bash and zsh,
    adds the line that loads it to ~/.bashrc or ~/.zshrc; no other setting changes.

    Example: fashioncoach completion zsh --install
    """
    from fashioncoach.app import completion as completing

    name = completing.shell_named(shell.value if shell else None, os.environ)
    if install:
        for sentence in completing.install(name):
            echo(sentence)
    else:
        echo(completing.script(name).rstrip("\n"))

"""Write docs/fashioncoach.1, the man page, from the CLI itself: python docs/make_man.py

It walks the command tree (src/fashioncoach/app/command_tree.py, the plain copy of
the CLI's declarations that help and completion read, as docs/cli.md does): the
program's help and options, then every command and group, depth first, with its
usage, help, arguments and options, in the words ``--help`` prints. The
sections a man page has besides (environment, files, exit status) are written here.
The wheel installs the page as share/man/man1/fashioncoach.1 (pyproject.toml), and
tests/test_packaging.py fails when docs/fashioncoach.1 is stale.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

TARGET = Path(__file__).resolve().parent / "fashioncoach.1"
NOTE = (
    '.\\" Generated from the code by: python docs/make_man.py. Do not edit by hand:\n'
    '.\\" tests/test_packaging.py fails when this file and the CLI disagree.\n'
)
REPOSITORY = "https://github.com/fashioncoach/fashioncoach"


def escape(text: str) -> str:
    """Text for roff: backslashes shown, hyphens as minus signs (so a copied option
    works), and a line that would start with a control character made plain."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    lines = []
    for line in text.split("\n"):
        lines.append("\\&" + line if line.startswith((".", "'")) else line)
    return "\n".join(lines)


def paragraphs(help_text: str) -> list[str]:
    """A command's help as roff paragraphs: wrapped ones joined, and those Click keeps
    as they are (after a ``\\b`` line) kept line by line."""
    blocks = []
    for block in help_text.strip().split("\n\n"):
        lines = block.strip("\n").split("\n")
        if lines and lines[0].strip() == "\b":
            kept = [line for line in lines[1:] if line.strip()]
            blocks.append(".nf\n" + "\n".join(escape(line.strip()) for line in kept) + "\n.fi")
        else:
            blocks.append(escape(" ".join(line.strip() for line in lines if line.strip())))
    return [block for block in blocks if block.strip()]


def _options(path: str) -> list[str]:
    from fashioncoach.app import help as helping
    from fashioncoach.app.command_tree import COMMANDS

    command = COMMANDS[path]
    found = [
        f".TP\n\\fB{escape(helping.argument_label(argument))}\\fR\n"
        f"{escape(helping.about(argument))}"
        for argument in command["arguments"]
        if not argument["hidden"]
    ]
    found += [
        f".TP\n\\fB{escape(helping.option_label(option))}\\fR\n{escape(helping.about(option))}"
        for option in command["options"]
        if not option["hidden"]
    ]
    return found


def _commands(path: str) -> list[str]:
    """Every command below ``path``, depth first, in the order ``--help`` lists them."""
    from fashioncoach.app import help as helping
    from fashioncoach.app.command_tree import COMMANDS

    out = []
    for name in COMMANDS[path]["commands"]:
        child = f"{path} {name}".strip()
        if COMMANDS[child]["hidden"]:
            continue
        out.append(f'.SS "{escape(helping.usage(child))}"')
        out += [f".PP\n{block}" for block in paragraphs(COMMANDS[child]["help"])]
        out += _options(child)
        out += _commands(child)
    return out


def _static() -> list[str]:
    from fashioncoach import paths

    return [
        ".SH ENVIRONMENT",
        ".TP\n\\fB" + escape(paths.HOME_ENV) + "\\fR\n"
        + escape("The data folder: your progress, its backups and the calendar record "
                 "(default: ~/.local/share/fashioncoach on Linux). It moves the config "
                 "folder with it, unless " + paths.CONFIG_ENV + " is set."),
        ".TP\n\\fB" + escape(paths.ROADMAP_ENV) + "\\fR\n"
        + escape("The roadmap file to follow, as --roadmap does for one command."),
        ".TP\n\\fB" + escape(paths.CONFIG_ENV) + "\\fR\n"
        + escape("The config folder, which holds roadmaps.conf (the roadmaps 'roadmap use' "
                 "remembers)."),
        ".TP\n\\fB" + escape(paths.CACHE_ENV) + "\\fR\n"
        + escape("The cache folder: copies of validated files and replays of read "
                 "commands, safe to delete (default: ~/.cache/fashioncoach on Linux)."),
        ".TP\n\\fBFASHIONCOACH_NO_REPLAY\\fR\n"
        + escape("Set to 1 to run read commands afresh instead of replaying their output."),
        ".TP\n\\fBNO_COLOR\\fR, \\fBFORCE_COLOR\\fR\n"
        + escape("Colour off (any value), or on even in a pipe; NO_COLOR wins."),
        ".TP\n\\fBPAGER\\fR, \\fBLESS\\fR\n"
        + escape("The pager of long views on a terminal (default: less, with LESS=-FRX)."),
        ".SH FILES",
        ".TP\n\\fI" + escape("~/.local/share/fashioncoach/ROADMAP.toml") + "\\fR\n"
        + escape("Your progress on that roadmap: one log of events (mode 0600)."),
        ".TP\n\\fI" + escape("~/.local/share/fashioncoach/backups/") + "\\fR\n"
        + escape("The file as it was before each of the last 10 saves; "
                 "fashioncoach restore --list shows them."),
        ".TP\n\\fI" + escape("~/.local/share/fashioncoach/calendars/ROADMAP.json") + "\\fR\n"
        + escape("What export ics sent, so the next export cancels the events your plan "
                 "no longer has."),
        ".TP\n\\fI" + escape("~/.config/fashioncoach/roadmaps.conf") + "\\fR\n"
        + escape("The roadmaps you follow, and the one in use."),
        ".SH EXIT STATUS",
        ".TP\n\\fB0\\fR\nIt worked.",
        ".TP\n\\fB1\\fR\n"
        + escape("An error: an unreadable file, nothing started yet, a refused import. The "
                 "reason is one line on stderr and nothing is written."),
        ".TP\n\\fB2\\fR\n"
        + escape("A usage error: an unknown command or option, or a bad value."),
        ".SH SEE ALSO",
        escape(f"The guides in docs/ ({REPOSITORY}/tree/main/docs): planning.md, "
               "your-data.md, sharing.md, roadmap-format.md, json.md and cli.md."),
    ]  # fmt: skip


def page() -> str:
    """The man page of the CLI as it is now (run in a clean environment: see reference)."""
    from fashioncoach.app.command_tree import COMMANDS

    blocks = paragraphs(COMMANDS[""]["help"])
    summary, rest = blocks[0], blocks[1:]
    lines = [
        '.TH FASHIONCOACH 1 "" "fashioncoach" "User Commands"',
        ".SH NAME",
        f"fashioncoach \\- {summary[0].lower()}{summary[1:].rstrip('.')}",
        ".SH SYNOPSIS",
        ".B fashioncoach",
        "[\\fIOPTIONS\\fR] [\\fICOMMAND\\fR [\\fIARGS\\fR]...]",
        ".SH DESCRIPTION",
        *[f".PP\n{block}" for block in rest],
        ".SH OPTIONS",
        *_options(""),
        ".SH COMMANDS",
        *_commands(""),
        *_static(),
    ]
    return NOTE + "\n".join(lines) + "\n"


def reference() -> str:
    """docs/fashioncoach.1 as the CLI describes itself now."""
    # Folders of its own, as for docs/cli.md: the page is the same on every machine.
    with tempfile.TemporaryDirectory(prefix="fashioncoach-man-") as scratch:
        return subprocess.run(
            [sys.executable, __file__, "--print"],
            capture_output=True,
            text=True,
            check=True,
            env={
                "NO_COLOR": "1",
                "COLUMNS": "80",
                "PATH": "",
                "HOME": scratch,
                "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
                "FASHIONCOACH_HOME": f"{scratch}/data",
                "FASHIONCOACH_CACHE": f"{scratch}/cache",
                "FASHIONCOACH_CONFIG": f"{scratch}/config",
            },
        ).stdout


if __name__ == "__main__":
    if sys.argv[1:] == ["--print"]:
        sys.stdout.write(page())
    else:
        TARGET.write_text(reference(), encoding="utf-8")
        print(f"Wrote {TARGET}")

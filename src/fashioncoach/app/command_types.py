"""The shapes of the command tree (``app/command_tree.py``), for the type checker."""

from __future__ import annotations

from typing import TypedDict


class Parameter(TypedDict):
    help: str
    choices: list[str]  # the values it takes, when they are a fixed few
    path: bool  # a file name
    number: bool
    low: float | None
    high: float | None
    hidden: bool


class Option(Parameter):
    names: list[str]  # shortest first: ["-o", "--output"]
    value: str  # what the value is called ("HOURS"), "" for a flag
    many: bool  # may be given more than once


class Argument(Parameter):
    name: str  # what the help calls it: "ID"
    many: bool  # takes any number of words
    required: bool


class Command(TypedDict):
    summary: str  # the first paragraph of the help, on one line
    help: str
    hidden: bool
    runs_alone: bool  # a group that does something without a subcommand
    options: list[Option]
    arguments: list[Argument]
    commands: list[str]  # a group's subcommands, in the order help lists them

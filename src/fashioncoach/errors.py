"""The base of our own errors: a message for the learner, exit code 1, no traceback.

Kept in a module of its own so the CLI can catch every one of them without
importing the (heavier) modules that raise them.
"""


class FashionCoachError(Exception):
    """An error whose message is meant for the person at the terminal."""

    exit_code = 1


class BadArgument(FashionCoachError):
    """A value on the command line that cannot be used: a usage error."""

    exit_code = 2

"""fashioncoach: a command-line coach through a career-change roadmap, one week at a time."""

__version__ = "0.4.0"

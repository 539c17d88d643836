"""fashioncoach: a command-line coach for a career move into AI fashion design."""

__version__ = "0.1.0"

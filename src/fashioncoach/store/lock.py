"""How long a command waits for the progress file's lock: ``FASHIONCOACH_LOCK_TIMEOUT``
or two minutes, saying after a second that it waits.
"""

from __future__ import annotations

import math
import os

from fashioncoach.errors import ProgressError

# Many commands at once queue for the lock; a save takes a few milliseconds, so a
# long wait means a very busy disk, and giving up early would lose the command.
LOCK_TIMEOUT_SECONDS = 120.0


LOCK_PATIENCE_SECONDS = 1.0  # wait this long before saying that we wait


LOCK_TIMEOUT_ENV = "FASHIONCOACH_LOCK_TIMEOUT"


def lock_timeout() -> float:
    """Seconds to wait for the lock: FASHIONCOACH_LOCK_TIMEOUT, else the default."""
    value = os.environ.get(LOCK_TIMEOUT_ENV, "").strip()
    if not value:
        return LOCK_TIMEOUT_SECONDS
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not (math.isfinite(seconds) and 0 <= seconds <= 3600):
        raise ProgressError(
            f"{LOCK_TIMEOUT_ENV}={value!r}: should be a number of seconds from 0 to 3600"
        )
    return seconds

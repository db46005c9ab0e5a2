"""Peak memory of one action: run in a forked child, whose peak resident size is reported.

The child starts as a copy of this process, so the figure is the peak of a process that has
everything loaded and then does the action: what the app's own process would reach.
"""

from __future__ import annotations

import os
import resource
from collections.abc import Callable


def peak_rss_mb(action: Callable[[], object]) -> float:
    """Peak resident memory, in MB, of a forked child that runs action."""
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # the child: run, report, leave without cleanup handlers
        os.close(read)
        try:
            action()
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        except BaseException:
            peak = -1
        os.write(write, str(peak).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as reader:
        peak = int(reader.read() or -1)
    os.waitpid(child, 0)
    if peak < 0:
        raise RuntimeError("the measured action failed")
    return peak / 1024  # ru_maxrss is in KB on Linux

"""Squad Planner's Qt layer: views and commands on top of the planner core.

Importing it sets up the app's process for a quick start (see ui.app, which imports it first).
"""

import gc
import os

# The planner's matrices are small (players x match days), so BLAS worker threads only cost
# here: numpy's OpenBLAS starts one per core at import and they spin after each product, taking
# CPU the window's start and the drops could use. One thread, unless the user set it (read when
# numpy loads).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# Start-up allocates hundreds of thousands of objects (pandas, Qt wrappers) and makes almost no
# garbage, so the cyclic collector's passes over them are wasted (~30 ms). It is off until the
# window is up; end_of_start_up() switches it back on.
_collecting = gc.isenabled()
gc.disable()


def end_of_start_up() -> None:
    """Switch the garbage collector back on, its start-up objects set aside for good (gc.freeze:
    later passes, such as those during a drop, no longer walk through them)."""
    global _collecting
    if _collecting:
        _collecting = False
        gc.freeze()
        gc.enable()

"""Squad Planner's Qt layer: views and commands on top of the planner core."""

import os

# The planner's matrices are small (players x match days), so BLAS worker threads only cost
# here: numpy's OpenBLAS starts one per core at import (~40 ms of a start on two cores) and
# they spin after each product. One thread, unless the user set it; read when numpy loads.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

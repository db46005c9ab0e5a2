"""Atomic file writes: a temp file in the target's folder, then os.replace.

A crash or a full disk leaves the old file as it was, never a truncated one. A symlink is
followed: the file it points to is replaced and the link stays a link.
"""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from planner.errors import PlannerError


class SaveError(PlannerError, OSError):
    """A file could not be written; the message says which and why, in the user's words."""


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary handle; on clean exit its data replaces path, else path stays untouched."""
    target = Path(os.path.realpath(path))
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
    except OSError as exc:
        raise SaveError(f"Could not write '{target}': {exc.strerror or exc}.") from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(temp, target.stat().st_mode & 0o777)
        else:
            with contextlib.suppress(OSError):
                os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, target)
    except PermissionError as exc:
        temp.unlink(missing_ok=True)
        raise SaveError(
            f"Could not save '{target}': the file is open in another program or read-only. "
            "Close it and try again; the old file was left as it was."
        ) from exc
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise SaveError(
            f"Could not save '{target}': {exc.strerror or exc}. The old file was left as it was."
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def atomic_write(path: str | os.PathLike[str], write: Callable[[BinaryIO], object]) -> None:
    """Call write(handle) on a temp file and move it over path only if it succeeds."""
    with atomic_output(path) as handle:
        write(handle)


def remove_stale_temps(path: str | os.PathLike[str], older_than: float = 600.0) -> int:
    """Delete the temp files atomic_output left beside path when the app was killed mid-save
    (hidden '.NAME.*.tmp' files older than older_than seconds); returns how many went."""
    target = Path(os.path.realpath(path))
    removed = 0
    with contextlib.suppress(OSError):
        for temp in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                if time.time() - temp.stat().st_mtime > older_than:
                    temp.unlink()
                    removed += 1
    return removed


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask

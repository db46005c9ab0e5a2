"""Whether a file changed on disk since the app read or wrote it (two staff, one shared plan).

Modification time and size are compared first; when either differs the content's hash decides,
so a file touched but not changed (a sync tool, a backup) is not reported as changed.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileStamp:
    """What a file was when the app last read or wrote it."""

    mtime_ns: int
    size: int
    digest: str


def stamp(path: str | os.PathLike[str]) -> FileStamp | None:
    """The file's stamp now; None when it does not exist or cannot be read."""
    try:
        status = os.stat(path)
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None
    return FileStamp(status.st_mtime_ns, status.st_size, digest)


def changed_since(path: str | os.PathLike[str], before: FileStamp | None) -> bool:
    """Whether path now holds something else than it did at before (a file that appeared
    counts; one that was deleted does not: saving puts it back, overwriting nothing)."""
    try:
        status = os.stat(path)
    except OSError:
        return False
    if before is None:
        return True
    if (status.st_mtime_ns, status.st_size) == (before.mtime_ns, before.size):
        return False
    now = stamp(path)
    return now is not None and now.digest != before.digest

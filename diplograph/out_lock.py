"""One writer per output folder: a build holds an exclusive lock, others are told who is writing."""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from diplograph.errors import OutputError

LOCK_NAME = ".cache/build.lock"  # beside the cache, out of the way of the outputs
STAGING_PREFIX = ".staging-"


def _lock_path(out: Path) -> Path:
    return out / LOCK_NAME


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold the folder's lock for the block; OutputError at once when another build holds it."""
    _lock_path(out).parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(_lock_path(out), os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "?"
                raise OutputError(f"{out}: another build is writing here (process {holder}); "
                                  "wait for it to finish or use another --out") from None
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        sweep_staging(out)
        yield
    finally:
        os.close(fd)  # closing drops the lock


def is_locked(out: Path) -> bool:
    """True while a build holds ``out``'s lock (readers wait for it to finish)."""
    try:
        fd = os.open(_lock_path(out), os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def sweep_staging(out: Path, older_than: float = 0.0) -> int:
    """Remove staging folders left by killed builds (call with the lock held); returns how many."""
    removed = 0
    now = time.time()
    for path in out.glob(f"{STAGING_PREFIX}*"):
        try:
            if path.is_dir() and not path.is_symlink() and now - path.stat().st_mtime >= older_than:
                shutil.rmtree(path, ignore_errors=True)
                removed += 1
        except OSError:
            continue
    return removed

"""Files written safely: atomic writes (old or new, never half) and one build at a time per folder."""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from diplograph.errors import OutputError


@cache
def file_mode() -> int:
    """The mode a plain ``open()`` would give a new file here: 0o666 less the umask."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # no /proc: read the umask by setting it back at once
    os.umask(mask)
    return 0o666 & ~mask


def output_error(path: Path, exc: OSError) -> OutputError:
    """One line naming the output that cannot be written and why (read-only, disk full, ...)."""
    if isinstance(exc, (NotADirectoryError, FileExistsError)):
        blocker = next((p for p in (path, *path.parents) if p.exists() and not p.is_dir()), None)
        if blocker is not None:
            return OutputError(f"{path}: cannot create a folder there, {blocker} is a file")
    reason = exc.strerror or type(exc).__name__
    where = exc.filename if exc.filename and Path(exc.filename) != path else None
    return OutputError(f"{path}: cannot write here ({reason}" + (f": {where})" if where else ")"))


def write_file_atomic(path: Path, data: str | bytes) -> None:
    """Write one file atomically (temp file in the same folder, then rename), umask respected.

    OutputError, naming the path and the reason, when it cannot be written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError as exc:
        raise output_error(path, exc) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.chmod(tmp, file_mode())
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise output_error(path, exc) from exc
        raise


LOCK_NAME = ".cache/build.lock"  # beside the cache, out of the way of the outputs
STAGING_PREFIX = ".staging-"


def _lock_path(out: Path) -> Path:
    return out / LOCK_NAME


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold the folder's lock for the block; OutputError when another build holds it or it is unwritable."""
    try:
        _lock_path(out).parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(_lock_path(out), os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        raise output_error(out, exc) from exc
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

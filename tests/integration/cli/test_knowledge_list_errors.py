"""`hearth knowledge list` names each file it could not read, with its sentence, under its
folder (a real subprocess on the conftest's scratch data folder)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration


def hearth(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_list_prints_the_failed_files_with_their_sentences(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.md").write_text("# Good\n\nThis note reads fine.\n", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    (folder / "sub" / "blob.txt").write_bytes(bytes(range(256)) * 8)
    assert hearth("knowledge", "add", str(folder)).returncode == 0
    reindexed = hearth("knowledge", "reindex")
    assert reindexed.returncode == 0, reindexed.stderr
    assert "indexed 3 changed files, 2 could not be read" in reindexed.stdout

    listed = hearth("knowledge", "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        f"{folder}\t3 files\t1 passages\t2 errors",
        "  broken.pdf: broken.pdf is damaged or not a PDF (PDFium could not open it); open it "
        "in a PDF viewer and save it again.",
        f"  {os.path.join('sub', 'blob.txt')}: blob.txt is not a text file (it holds binary "
        "data) despite its name; attach the original document or save it as text.",
    ]

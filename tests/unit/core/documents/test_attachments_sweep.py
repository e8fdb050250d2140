"""sweep_copies(): stored copies no message names go once they are old by the given clock;
named, young, foreign and linked files stay (real copies made by AttachmentStore)."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core.documents.attachments import SWEEP_MIN_AGE_S, AttachmentStore, sweep_copies


def test_unnamed_copies_go_by_the_clock_and_nothing_else_is_touched(tmp_path: Path) -> None:
    root = tmp_path / "store"
    store = AttachmentStore(root)
    (tmp_path / "a.txt").write_text("alpha", encoding="utf-8")
    (tmp_path / "b.pdf").write_text("beta", encoding="utf-8")
    named, unnamed = store.add(tmp_path / "a.txt"), store.add(tmp_path / "b.pdf")
    target = tmp_path / "elsewhere.txt"
    target.write_text("not in the store", encoding="utf-8")
    folder = unnamed.path.parent
    link = folder / f"{folder.name}{'c' * 62}.txt"  # named like a copy, unnamed, old
    os.symlink(target, link)  # not a regular file: never followed, never removed
    os.utime(link, (0, 0), follow_symlinks=False)
    now = unnamed.path.stat().st_mtime

    assert sweep_copies({named.sha256}, root, clock=lambda: now) == []  # young yet
    later = now + SWEEP_MIN_AGE_S + 1
    assert sweep_copies({named.sha256}, root, clock=lambda: later) == [unnamed.path]
    assert named.path.exists() and link.is_symlink() and target.exists()
    assert not unnamed.path.exists()
    assert sweep_copies(set(), tmp_path / "missing", clock=lambda: later) == []

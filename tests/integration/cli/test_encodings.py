"""The `hearth` command prints Persian, Chinese and emoji under any terminal encoding (real
subprocesses of the installed entry point): never a traceback, the text intact under UTF-8."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ggufgen import write_tiny_model

pytestmark = pytest.mark.integration

# Right to left with a zero-width non-joiner, Chinese, and an emoji outside the BMP.
NAME = "یادداشت‌ها 笔记 🔥"  # noqa: RUF001
PROMPT = "سلام! این یادداشت درباره‌ی چیست؟ 你好 🔥"
ENTRY = shutil.which("hearth", path=str(Path(sys.executable).parent))

# name -> what the environment sets; None removes the variable.
TERMINALS: dict[str, dict[str, str | None]] = {
    "utf-8": {"PYTHONIOENCODING": "utf-8"},
    "pipe-ascii": {"PYTHONIOENCODING": "ascii"},
    "cp1252": {"PYTHONIOENCODING": "cp1252"},
    # The C locale: Python turns on its UTF-8 mode there (PEP 540).
    "LC_ALL=C": {"LC_ALL": "C", "LANG": None, "PYTHONIOENCODING": None},
    # The C locale with UTF-8 mode off: streams, argv and file names really are ASCII (file
    # names with other bytes reach SQLite as surrogates: only the chat is run in it).
    "C-no-utf8-mode": {"LC_ALL": "C", "LANG": None, "PYTHONUTF8": "0", "PYTHONIOENCODING": None},
}
UTF8 = ("utf-8", "LC_ALL=C")
FILES_TERMINALS = ["utf-8", "pipe-ascii", "cp1252", "LC_ALL=C"]


def hearth(
    terminal: str, *args: str, stdin: bytes | None = None, timeout: float = 120
) -> tuple[int, str, str]:
    """Runs the `hearth` entry point; its output as text (undecodable bytes kept visible)."""
    assert ENTRY is not None, "the hearth entry point is not installed in this venv"
    env = dict(os.environ)
    for key, value in TERMINALS[terminal].items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    run = subprocess.run(
        [ENTRY, *args],
        capture_output=True,
        input=stdin,
        env=env,
        timeout=timeout,
        check=False,
    )
    out = run.stdout.decode("utf-8", "backslashreplace")
    err = run.stderr.decode("utf-8", "backslashreplace")
    return run.returncode, out, err


def ok(result: tuple[int, str, str]) -> str:
    code, out, err = result
    assert code == 0, err
    assert "Traceback" not in err and "codec can't" not in err, err
    return out


@pytest.mark.parametrize("terminal", FILES_TERMINALS)
def test_knowledge_folder_names_in_any_script(terminal: str, tmp_path: Path) -> None:
    folder = tmp_path / NAME
    folder.mkdir()
    (folder / f"{NAME}.md").write_text(f"# {NAME}\n\n{PROMPT}\n", encoding="utf-8")
    added = ok(hearth(terminal, "knowledge", "add", str(folder)))
    ok(hearth(terminal, "knowledge", "reindex"))  # its progress line names the file
    listed = ok(hearth(terminal, "knowledge", "list"))
    if terminal in UTF8:
        assert str(folder) in added
        assert listed == f"{folder}\t1 files\t1 passages\t0 errors\n"
    else:  # what the encoding lacks comes out as escapes the person can still read
        assert listed.isascii() and "\\u06cc" in listed and "\\U0001f525" in listed
        assert "\t1 files\t1 passages\t0 errors" in listed


@pytest.mark.parametrize("terminal", FILES_TERMINALS)
def test_model_names_and_paths_in_any_script(terminal: str, tmp_path: Path) -> None:
    folder = tmp_path / NAME
    folder.mkdir()
    model = write_tiny_model(folder / f"{NAME}.gguf")
    ok(hearth(terminal, "models", "import", str(model)))
    listed = ok(hearth(terminal, "models", "list"))
    if terminal in UTF8:
        assert str(model) in listed
    else:
        assert listed.isascii() and "\\u7b14\\u8bb0" in listed


@pytest.mark.parametrize("terminal", ["pipe-ascii", "cp1252", "C-no-utf8-mode"])
def test_interactive_chat_reads_utf8_typed_into_another_encoding(
    terminal: str, tiny_model: Path
) -> None:
    # The terminal sends UTF-8 bytes the streams' encoding does not expect.
    typed = f"{PROMPT}\n\n".encode()
    args = ("chat", "--model", str(tiny_model), "--ctx", "256", "--max-tokens", "4")
    code, _out, err = hearth(terminal, *args, "--seed", "1", "--stats", stdin=typed)
    assert code == 0, err
    assert "Traceback" not in err
    assert err.count("> ") == 2  # the message was read, then the empty line ended the chat


def test_starter_chat_on_an_ascii_pipe_with_a_persian_prompt(tmp_path: Path) -> None:
    attached = tmp_path / f"{NAME}.md"
    attached.write_text(f"# {NAME}\n\n{PROMPT}\n", encoding="utf-8")
    args = ("chat", "--model", "starter", "--prompt", PROMPT, "--attach", str(attached))
    out = ok(hearth("pipe-ascii", *args, "--max-tokens", "24", "--seed", "3", "--stats"))
    assert out.isascii()
    # The reply streamed (whatever script the starter answered in), then the source's name.
    reply, _, sources = out.partition("Sources:\n")
    assert reply.strip()
    assert "\\u06cc" in sources and "\\U0001f525" in sources

"""Smoke test of the PyInstaller bundle: the frozen app chats, opens its window, finds its
keyring backends and starts its engine child from the bundle.

Marked `bundle` and deselected by default (pyproject's addopts): it needs a bundle built
beforehand by packaging/build-linux (dist/hearth/) or named by HEARTH_BUNDLE. Run it with

    .venv/bin/python -m pytest -m bundle tests/packaging

Without a bundle it fails (never skips) with a sentence saying how to build one.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

pytestmark = pytest.mark.bundle

REPO = Path(__file__).resolve().parents[2]
HOW_TO_BUILD = (
    "Build it first with `packaging/build-linux` (about 15 minutes the first time; "
    "packaging/README.md has the Windows and macOS builds), or set HEARTH_BUNDLE to the "
    "folder of a built bundle."
)
# The executable a terminal runs: Linux's hearth, Windows' console hearth-cli.exe, the
# macOS bundle folder's Hearth.
EXECUTABLES = ("hearth", "hearth-cli.exe", "Hearth")


def _bundle() -> Path:
    """The bundle's terminal executable. A plain function, not a fixture: a missing bundle
    is this test's failure (FAILED, with the sentence), not a setup error."""
    folder = Path(os.environ.get("HEARTH_BUNDLE") or REPO / "dist" / "hearth")
    for name in EXECUTABLES:
        exe = folder / name
        if exe.is_file():
            return exe
    pytest.fail(f"There is no Hearth bundle in {folder}. {HOW_TO_BUILD}")


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    # The suite's fixtures force keyring's fail backend on child processes: not here.
    env.pop("PYTHON_KEYRING_BACKEND", None)
    for var in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(var, None)  # the bundle must stand alone
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HF_HUB_OFFLINE="1",
        HOME=str(tmp_path / "home"),
    )
    (tmp_path / "home").mkdir(exist_ok=True)
    env.update(extra)
    return env


def _run_watching_children(
    cmd: list[str], env: dict[str, str], timeout: float
) -> tuple[subprocess.CompletedProcess[str], dict[int, dict[str, object]]]:
    """Run cmd and, while it runs, record every descendant's executable, command line and
    the engine libraries mapped into it at the last look (while ggml picks a CPU variant it
    opens and closes the others: an earlier look can catch two)."""
    seen: dict[int, dict[str, object]] = {}
    with subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        parent = psutil.Process(proc.pid)
        deadline = time.monotonic() + timeout
        while proc.poll() is None:
            if time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"{cmd} did not finish within {timeout} s")
            try:
                children = parent.children(recursive=True)
            except psutil.Error:
                children = []
            for child in children:
                try:
                    info = seen.setdefault(
                        child.pid, {"exe": child.exe(), "cmdline": child.cmdline(), "libs": set()}
                    )
                    libs = {
                        m.path
                        for m in child.memory_maps()
                        if "libggml" in m.path or "libllama" in m.path
                    }
                    if libs:
                        info["libs"] = libs
                except (psutil.Error, OSError):
                    continue
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=0.05)  # returns the moment the command ends
        out, err = proc.communicate()
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err), seen


def test_bundled_chat_replies_from_an_engine_child_of_the_bundle(tmp_path):
    bundle = _bundle()
    cmd = [str(bundle), "chat", "--model", "starter", "--prompt", "hi", "--max-tokens", "16"]
    result, children = _run_watching_children(cmd, _env(tmp_path), timeout=240)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip(), f"no reply; stderr: {result.stderr}"

    # The engine child is the bundle's own executable re-entered by multiprocessing.
    engines = [
        c
        for c in children.values()
        if "--multiprocessing-fork" in c["cmdline"]  # type: ignore[operator]
    ]
    assert engines, f"no engine child seen: {children}"
    exe = bundle.resolve()
    assert all(Path(str(c["exe"])).resolve() == exe for c in engines), engines

    if sys.platform.startswith("linux"):
        # Its engine libraries come from the bundle, and ggml chose one CPU variant.
        libs = set().union(*(c["libs"] for c in engines))  # type: ignore[arg-type]
        assert libs, "the engine child mapped no llama/ggml library"
        assert all(Path(lib).is_relative_to(bundle.parent) for lib in libs), libs
        variants = {Path(lib).name for lib in libs if "libggml-cpu" in lib}
        assert len(variants) == 1, f"expected one CPU variant loaded, got {variants}"
        _check_variant_fits_cpu(variants.pop())


def _check_variant_fits_cpu(variant: str) -> None:
    """A CPU with AVX2 must not get the baseline x86-64 variant (that would be a build
    without runtime selection, or plug-ins loaded from the wrong place)."""
    flags = set()
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("flags"):
                flags = set(line.split(":", 1)[1].split())
                break
    if "avx2" in flags:
        assert variant not in ("libggml-cpu-x64.so", "libggml-cpu-sse42.so"), variant
    if "avx512f" in flags:
        assert variant not in ("libggml-cpu-haswell.so", "libggml-cpu-sandybridge.so"), variant


def test_bundled_gui_shows_its_window_and_quits(tmp_path):
    bundle = _bundle()
    probe = tmp_path / "startup.json"
    exe = bundle.with_name("Hearth.exe") if sys.platform == "win32" else bundle
    result = subprocess.run(
        [str(exe)],
        env=_env(tmp_path, HEARTH_STARTUP_PROBE=str(probe)),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert probe.is_file(), f"the window was never shown; stderr: {result.stderr}"
    figures = json.loads(probe.read_text(encoding="utf-8"))
    assert figures["startup_s"] > 0


def _keyring_report(bundle: Path, env: dict[str, str], wrap: list[str] | None = None) -> dict:
    result = subprocess.run(
        [*(wrap or []), str(bundle)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout[result.stdout.index("{") :]))


_PLATFORM_BACKEND = {
    "linux": "keyring.backends.SecretService.Keyring",
    "win32": "keyring.backends.Windows.WinVaultKeyring",
    "darwin": "keyring.backends.macOS.Keyring",
}


def test_frozen_keyring_has_its_platform_backend(tmp_path):
    """Without a keychain daemon (this test's environment may have none) the backend can
    be unusable, but it must be in the bundle: registered, with the reason it cannot run
    being the missing service, not a missing module."""
    bundle = _bundle()
    report = _keyring_report(bundle, _env(tmp_path, HEARTH_PRINT_KEYRING="1"))
    assert report["frozen"] is True
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    name = _PLATFORM_BACKEND[platform]
    assert name in report["registered"], report
    status = report["registered"][name]
    assert "required" not in status, status
    assert "not installed" not in status, status


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Secret Service is Linux's")
def test_frozen_keyring_stores_a_secret_in_the_secret_service(tmp_path):
    """In a private D-Bus session with gnome-keyring's Secret Service running, the frozen
    app chooses SecretService (not the fail backend) and a secret makes the round trip."""
    bundle = _bundle()
    tools = {t: shutil.which(t) for t in ("dbus-run-session", "gnome-keyring-daemon")}
    missing = [t for t, path in tools.items() if path is None]
    if missing:
        pytest.fail(
            f"{', '.join(missing)} not found: this test runs the bundle against a real "
            "Secret Service. Install it with `apt-get install dbus gnome-keyring`."
        )
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = _env(tmp_path, HEARTH_PRINT_KEYRING="roundtrip", XDG_RUNTIME_DIR=str(runtime))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    unlock = (
        "printf hearth-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
        ' && exec "$0"'
    )
    report = _keyring_report(bundle, env, wrap=["dbus-run-session", "--", "sh", "-c", unlock])
    assert report["backend"] == "keyring.backends.SecretService.Keyring", report
    assert report["persistent"] is True
    assert report["roundtrip"] is True


def test_bundled_starter_verifies_and_the_hub_code_imports(tmp_path):
    """The starter's file and its wheel's RECORD (the sha256) are in the bundle, and the
    hub client's imports survived the spec's trimming (offline, the search fails with
    the app's own sentence, not an ImportError)."""
    bundle = _bundle()
    env = _env(tmp_path)
    verify = subprocess.run(
        [str(bundle), "models", "verify"], env=env, capture_output=True, text=True, timeout=180
    )
    assert verify.returncode == 0, verify.stderr
    assert "verified" in verify.stdout and "SmolLM2" in verify.stdout, verify.stdout
    search = subprocess.run(
        [str(bundle), "models", "search", "gemma"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "No module named" not in search.stderr, search.stderr
    assert "Traceback" not in search.stderr, search.stderr


def test_bundled_knowledge_reads_pdf_and_word_and_loads_sqlite_vec(tmp_path):
    """The document stack is frozen whole: PDFium, python-docx's templates, apsw and
    sqlite-vec's loadable library (collected by hand in the spec) all work from the bundle."""
    from docx import Document as WordDocument
    from fpdf import FPDF

    bundle = _bundle()
    env = _env(tmp_path)
    folder = tmp_path / "papers"
    folder.mkdir()
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="The boiler is serviced every October.")
    pdf.output(str(folder / "boiler.pdf"))
    word = WordDocument()
    word.add_heading("Garden", level=1)
    word.add_paragraph("Tomatoes need sun and water every morning.")
    word.save(str(folder / "garden.docx"))
    (folder / "notes.md").write_text("# Notes\n\nThe spare key is under the mat.\n")

    def hearth(*args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(bundle), "knowledge", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done

    hearth("add", str(folder))
    assert "indexed 3 changed files" in hearth("reindex").stdout
    listed = hearth("list")
    assert f"{folder}\t3 files\t" in listed.stdout and "\t0 errors" in listed.stdout, listed
    # Words only because no embedder is set, not because sqlite-vec failed to load.
    assert "search uses words only: no embedding model" in listed.stderr, listed.stderr


def _finished_translations(ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of each finished, singular message of a .ts file."""
    import xml.etree.ElementTree as ET

    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None:
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if translation.text and not message.findtext("comment"):
                found[(name, message.findtext("source") or "")] = translation.text
    return found


def test_bundled_window_starts_in_persian_from_the_bundled_translations(tmp_path):
    from PySide6.QtCore import QTranslator

    bundle = _bundle()
    qm = sorted(bundle.parent.rglob("resources/translations/hearth_fa.qm"))
    assert qm, f"hearth_fa.qm is not in the bundle {bundle.parent}"
    assert sorted(bundle.parent.rglob("qtbase_fa.qm")), "Qt's own Persian strings are missing"
    # The bundled file carries the checked-in translations (no QApplication needed: CI runs
    # the bundle tests with no display).
    translator = QTranslator()
    assert translator.load(str(qm[0])), qm[0]
    wanted = _finished_translations(REPO / "resources" / "translations" / "hearth_fa.ts")
    assert wanted, "hearth_fa.ts has no finished translation yet"
    wrong = {
        key: translator.translate(key[0], key[1])
        for key, text in wanted.items()
        if translator.translate(key[0], key[1]) != text
    }
    assert not wrong, f"the bundled hearth_fa.qm differs from hearth_fa.ts: {wrong}"
    # The frozen window finds it: no "no compiled translation" in its log.
    probe = tmp_path / "startup.json"
    exe = bundle.with_name("Hearth.exe") if sys.platform == "win32" else bundle
    result = subprocess.run(
        [str(exe)],
        env=_env(tmp_path, HEARTH_STARTUP_PROBE=str(probe), HEARTH_LANGUAGE="fa"),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert probe.is_file(), f"the window was never shown; stderr: {result.stderr}"
    log = Path(os.environ["HEARTH_LOG_DIR"]) / "hearth.log"
    text = log.read_text(encoding="utf-8") if log.is_file() else ""
    assert "no compiled translation" not in text + result.stderr, text


def test_bundled_fonts_and_their_licences_are_in_the_bundle(qapp):
    """The Arabic/Persian, Devanagari and CJK fonts (desktop/ui/fonts.py) are bundled whole,
    with their licences, and each still covers its script."""
    from PySide6.QtGui import QRawFont

    from desktop.ui.fonts import FILES

    bundle = _bundle()
    found = sorted(bundle.parent.rglob("resources/fonts"))
    assert found, f"resources/fonts is not in the bundle {bundle.parent}"
    folder = found[0]
    for name in (*FILES.values(), "LICENSE-OFL-1.1.txt", "LICENSE-Apache-2.0.txt", "README.md"):
        bundled = folder / name
        assert bundled.is_file(), f"{name} is not in {folder}"
        assert bundled.read_bytes() == (REPO / "resources" / "fonts" / name).read_bytes(), name
    samples = {"arabic": "سلام پچژگ", "devanagari": "नमस्ते", "cjk": "你好こんにちは"}
    for group, sample in samples.items():
        raw = QRawFont(str(folder / FILES[group]), 12)
        assert raw.isValid(), FILES[group]
        missing = [c for c in sample if not c.isspace() and not raw.supportsCharacter(ord(c))]
        assert not missing, (FILES[group], missing)

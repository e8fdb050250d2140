"""Where a portable (GGML_BACKEND_DL) engine build's CPU plug-ins are looked for."""

from pathlib import Path

from desktop.engine import devices
from desktop.engine.devices import backend_dir_candidates, find_backend_dir


def _touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    return path


def _candidates(root: Path, bundle: Path | None = None) -> list[Path]:
    site = root / "site-packages"
    return backend_dir_candidates(
        site / "llama_cpp", root / "venv", bundle, root / "venv" / "bin" / "python"
    )


def test_pip_install_puts_plugins_in_site_packages_bin(tmp_path):
    _touch(tmp_path / "site-packages" / "llama_cpp" / "lib" / "libllama.so")
    _touch(tmp_path / "site-packages" / "bin" / "libggml-cpu-haswell.so")
    _touch(tmp_path / "site-packages" / "bin" / "libggml-cpu-x64.so")
    found = find_backend_dir(_candidates(tmp_path), platform="linux")
    assert found == tmp_path / "site-packages" / "bin"


def test_package_lib_folder_comes_first(tmp_path):
    _touch(tmp_path / "site-packages" / "llama_cpp" / "lib" / "libggml-cpu-sse42.so")
    _touch(tmp_path / "site-packages" / "bin" / "libggml-cpu-x64.so")
    found = find_backend_dir(_candidates(tmp_path), platform="linux")
    assert found == tmp_path / "site-packages" / "llama_cpp" / "lib"


def test_prefix_bin_is_searched(tmp_path):
    _touch(tmp_path / "venv" / "bin" / "libggml-cpu-skylakex.so")
    assert find_backend_dir(_candidates(tmp_path), platform="linux") == tmp_path / "venv" / "bin"


def test_bundle_folder(tmp_path):
    bundle = tmp_path / "dist" / "hearth" / "_internal"
    _touch(bundle / "llama_cpp" / "lib" / "libggml-cpu-icelake.so")
    candidates = backend_dir_candidates(
        bundle / "llama_cpp", bundle, bundle, tmp_path / "dist" / "hearth" / "hearth"
    )
    assert find_backend_dir(candidates, platform="linux") == bundle / "llama_cpp" / "lib"


def test_windows_and_macos_names(tmp_path):
    _touch(tmp_path / "win" / "ggml-cpu-haswell.dll")
    _touch(tmp_path / "mac" / "libggml-cpu-apple_m1.so")
    assert find_backend_dir([tmp_path / "win"], platform="win32") == tmp_path / "win"
    assert find_backend_dir([tmp_path / "win"], platform="linux") is None
    assert find_backend_dir([tmp_path / "mac"], platform="darwin") == tmp_path / "mac"


def test_nothing_found(tmp_path):
    _touch(tmp_path / "site-packages" / "llama_cpp" / "lib" / "libllama.so")
    _touch(tmp_path / "site-packages" / "bin" / "libggml-vulkan.so")
    assert find_backend_dir(_candidates(tmp_path), platform="linux") is None
    assert find_backend_dir([tmp_path / "missing"], platform="linux") is None


def test_candidates_have_no_duplicates(tmp_path):
    same = tmp_path / "b"
    candidates = backend_dir_candidates(same / "llama_cpp", same, same, same / "hearth")
    assert len(candidates) == len(set(candidates))


def test_a_build_with_a_cpu_backend_loads_nothing():
    # The test venv's engine is a normal build: its CPU backend is built in.
    assert devices.load_dynamic_backends() is None
    found, backends = devices.engine_devices()
    assert "CPU" in backends
    assert any(d.kind == "cpu" for d in found)

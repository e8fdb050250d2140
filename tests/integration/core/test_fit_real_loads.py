"""The fit's estimate against what llama.cpp really allocates, on real loads here; auto GPU
layers; and a GPU load that kills the engine falls back to the CPU and says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.types import LoadParams
from desktop.engine.client import EngineClient

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("n_ctx", [512, 2048, 8192])
@pytest.mark.parametrize("model", ["starter", "gemma", "tiny"])
def test_the_estimate_never_undershoots_the_real_allocation_by_more_than_10_percent(
    engine: EngineClient,
    model: str,
    n_ctx: int,
    starter: Path,
    gemma_path: Path,
    tiny_model: Path,
) -> None:
    path = {"starter": starter, "gemma": gemma_path, "tiny": tiny_model}[model]
    info = engine.load(LoadParams(str(path), n_ctx=n_ctx))
    assert info.allocated_bytes > 0, "llama.cpp's buffer sizes were not read from its log"
    assert info.estimated_bytes >= 0.9 * info.allocated_bytes, (
        f"{model} at {n_ctx}: estimated {info.estimated_bytes:,}, "
        f"allocated {info.allocated_bytes:,}"
    )
    # An honest estimate is not a wild over-estimate either.
    assert info.estimated_bytes <= 1.6 * info.allocated_bytes
    assert info.extra["architecture"] in ("llama", "gemma3")


def test_auto_gpu_layers_on_a_cpu_only_build_use_the_cpu(
    engine: EngineClient, starter: Path
) -> None:
    ready = engine.ready
    assert ready is not None
    assert [d.kind for d in ready.devices] == ["cpu"] and ready.backends == ("CPU",)
    assert ready.devices[0].total > 0
    info = engine.load(LoadParams(str(starter), n_ctx=2048, n_gpu_layers=None))
    assert info.n_gpu_layers == 0
    assert info.fit_note.startswith("Fits in RAM with a 2,048-token context")

"""The only huggingface_hub importer: search GGUF repos and list their files by quantization.

Tokens are passed explicitly; huggingface_hub's implicit token (from the person's shell or
its own login file) is never used, so nothing is sent by surprise. Network failures become
HubError sentences. Downloads come later (issue 4): this module only reads the catalogue.
"""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit

from desktop.core.errors import HearthError

Sort = Literal["downloads", "likes", "last_modified"]
CACHE_SECONDS = 300.0

# Quantization names as they appear in GGUF file names (longest first so Q4_K_M wins over Q4_K).
_QUANTS = sorted(
    """IQ1_S IQ1_M IQ2_XXS IQ2_XS IQ2_S IQ2_M IQ3_XXS IQ3_XS IQ3_S IQ3_M IQ4_XS IQ4_NL
    Q2_K_S Q2_K_L Q2_K Q3_K_S Q3_K_M Q3_K_L Q3_K Q4_K_S Q4_K_M Q4_K_L Q4_K Q5_K_S Q5_K_M
    Q5_K_L Q5_K Q6_K_L Q6_K Q4_0_4_4 Q4_0_4_8 Q4_0_8_8 Q4_0 Q4_1 Q5_0 Q5_1 Q8_0 Q8_K
    TQ1_0 TQ2_0 MXFP4 BF16 F16 FP16 F32 FP32""".split(),
    key=len,
    reverse=True,
)
_QUANT_RE = re.compile(
    r"(?<![A-Za-z0-9])(" + "|".join(_QUANTS) + r")(?![A-Za-z0-9])", re.IGNORECASE
)
_SPLIT_RE = re.compile(r"^(?P<stem>.+)-(?P<part>\d{5})-of-(?P<total>\d{5})\.gguf$", re.IGNORECASE)


class HubError(HearthError):
    """The hub could not be reached or refused a request."""


@dataclass(frozen=True, slots=True)
class RepoSummary:
    """A search hit."""

    repo_id: str
    downloads: int
    likes: int
    last_modified: str
    gated: bool


@dataclass(frozen=True, slots=True)
class HubFile:
    """One file of a repo, with the hash the download is checked against."""

    path: str
    size: int
    sha256: str | None


@dataclass(frozen=True, slots=True)
class ModelChoice:
    """One downloadable model: a single .gguf, or all the parts of a split one."""

    name: str  # the file, or the stem of a split model
    quantization: str
    files: tuple[HubFile, ...]

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def is_split(self) -> bool:
        return len(self.files) > 1


@dataclass(frozen=True, slots=True)
class RepoDetails:
    """What the model manager shows for one repo."""

    repo_id: str
    license: str
    gated: bool
    choices: tuple[ModelChoice, ...]


def quantization_of(filename: str) -> str:
    """The quantization a GGUF file name announces ('Q4_K_M'), or 'unknown'."""
    name = filename.rsplit("/", 1)[-1]
    matches = _QUANT_RE.findall(name)
    if not matches:
        return "unknown"
    quant = str(matches[-1]).upper()
    return {"FP16": "F16", "FP32": "F32"}.get(quant, quant)


def group_files(files: Iterable[HubFile]) -> tuple[ModelChoice, ...]:
    """GGUF files as models to choose from: the parts of a split model count as one
    (only when every part is there), sorted by size."""
    singles: list[ModelChoice] = []
    splits: dict[tuple[str, int], dict[int, HubFile]] = {}
    for f in files:
        if not f.path.lower().endswith(".gguf"):
            continue
        match = _SPLIT_RE.match(f.path)
        if match is None:
            singles.append(ModelChoice(f.path, quantization_of(f.path), (f,)))
            continue
        key = (match["stem"], int(match["total"]))
        splits.setdefault(key, {})[int(match["part"])] = f
    for (stem, total), parts in splits.items():
        if sorted(parts) == list(range(1, total + 1)):
            ordered = tuple(parts[i] for i in range(1, total + 1))
            singles.append(ModelChoice(stem, quantization_of(stem), ordered))
    return tuple(sorted(singles, key=lambda c: (c.size, c.name)))


class HubClient:
    """Reads the hub's catalogue with an explicit (or no) token; results cached briefly."""

    def __init__(
        self,
        endpoint: str | None = None,
        token: str | None = None,
        offline: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.endpoint = endpoint
        self.token = token
        self.offline = offline
        self._clock = clock
        self._cache: dict[tuple[Any, ...], tuple[float, Any]] = {}

    def _api(self) -> Any:
        from huggingface_hub import HfApi

        # token=False: never fall back to a token found in the environment or on disk.
        return HfApi(endpoint=self.endpoint, token=self.token or False)

    def reachable(self) -> bool:
        """A quick TCP connect to the hub (3 s at most): huggingface_hub itself retries an
        unreachable host five times with backoff, about 25 s, before it gives up."""
        url = urlsplit(self.endpoint or _default_endpoint())
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            with socket.create_connection((url.hostname or "", port), timeout=3.0):
                return True
        except OSError:
            return False

    def _cached(self, key: tuple[Any, ...], fetch: Callable[[], Any]) -> Any:
        if self.offline:
            raise HubError("Hearth is offline: searching the hub is switched off.")
        hit = self._cache.get(key)
        if hit is not None and self._clock() - hit[0] < CACHE_SECONDS:
            return hit[1]
        if not self.reachable():
            raise HubError(_UNREACHABLE)
        try:
            value = fetch()
        except Exception as e:
            raise _hub_error(e) from e
        self._cache[key] = (self._clock(), value)
        return value

    def search(self, query: str, sort: Sort = "downloads", limit: int = 30) -> list[RepoSummary]:
        """GGUF repos matching query, most downloaded (or liked, or recent) first."""

        def fetch() -> list[RepoSummary]:
            models = self._api().list_models(
                search=query or None, filter="gguf", sort=sort, limit=limit
            )
            return [_summary(m) for m in models]

        result: list[RepoSummary] = self._cached(("search", query, sort, limit), fetch)
        return result

    def repo_details(self, repo_id: str) -> RepoDetails:
        """A repo's licence, gating and its GGUF files grouped into models."""

        def fetch() -> RepoDetails:
            info = self._api().model_info(repo_id, files_metadata=True)
            files = [
                HubFile(
                    s.rfilename,
                    int(s.size or (s.lfs.size if s.lfs else 0) or 0),
                    s.lfs.sha256 if s.lfs else None,
                )
                for s in info.siblings or []
            ]
            card = info.card_data.to_dict() if info.card_data is not None else {}
            license_name = str(card.get("license") or _license_tag(info.tags) or "unknown")
            return RepoDetails(repo_id, license_name, bool(info.gated), group_files(files))

        result: RepoDetails = self._cached(("repo", repo_id), fetch)
        return result


_UNREACHABLE = "The hub cannot be reached: check the network, or use Hearth offline."


def _default_endpoint() -> str:
    from huggingface_hub import constants

    return str(constants.ENDPOINT)


def _summary(m: Any) -> RepoSummary:
    modified = m.last_modified.isoformat() if m.last_modified is not None else ""
    return RepoSummary(m.id, int(m.downloads or 0), int(m.likes or 0), modified, bool(m.gated))


def _license_tag(tags: list[str] | None) -> str | None:
    for tag in tags or []:
        if tag.startswith("license:"):
            return tag.removeprefix("license:")
    return None


def _hub_error(e: Exception) -> HubError:
    from huggingface_hub.errors import GatedRepoError, HfHubHTTPError, RepositoryNotFoundError

    if isinstance(e, GatedRepoError):
        return HubError(
            "This model is gated: accept its licence on its page on the hub, then add your "
            "Hugging Face token in Settings.",
            details=str(e),
        )
    if isinstance(e, RepositoryNotFoundError):
        return HubError("There is no such model on the hub (or it is private).", str(e))
    if isinstance(e, HfHubHTTPError):
        return HubError(f"The hub refused the request: {str(e).splitlines()[0]}", str(e))
    # Transport failures come from huggingface_hub's HTTP client (httpx, or its fork httpx2
    # in 2.x): matched by module so neither package is imported here.
    if isinstance(e, OSError) or type(e).__module__.split(".")[0] in ("httpx", "httpx2"):
        return HubError(_UNREACHABLE, str(e))
    return HubError(f"The hub answered something Hearth did not understand: {e}", repr(e))

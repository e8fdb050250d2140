"""The only huggingface_hub importer: search GGUF repos and list their files by quantization.

Tokens are passed explicitly; huggingface_hub's implicit token (from the person's shell or
its own login file) is never used, so nothing is sent by surprise. Network failures become
HubError sentences. models/transfer.py writes files itself but reaches the hub only through
``HubClient.file_source`` and ``HubClient.open_stream`` here.

It is over 400 lines because it is the one place huggingface_hub is imported (an
import-linter contract): the client, its timeouts and the mapping of its errors to
sentences stay together.

Every request has a connect and a read timeout (T11: a hub that accepts the connection and
never answers). huggingface_hub sets none on most of its calls (``list_models``, ``whoami``,
``model_info`` pass ``timeout=None``, which means "wait for ever"), so Hearth gives it its own
HTTP client (``set_client_factory``, the documented hook): a request without a timeout gets
``CONNECT_TIMEOUT`` and ``READ_TIMEOUT`` (a finite one a caller chose, like the downloader's
read timeout, is kept), and a timeout ends the call at once with a HubError instead of being
retried five times with backoff (six timeouts and 23 s of sleep per call). The client is
huggingface_hub's default one otherwise (its request hook, redirects, proxies from the
environment). Nothing here can wake a read blocked in another thread (the socket belongs to
huggingface_hub's connection pool): a call ends at its timeouts, and callers that must not
wait for it (the window) run it on a thread nobody joins (services/hub_calls.py).
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from desktop.core.errors import HearthError
from desktop.core.models.names import is_gguf, quantization_of, split_of
from desktop.core.models.projectors import is_projector, pick_projector
from desktop.core.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import httpx2

    from desktop.core.gguf_check import GGUFInfo

Sort = Literal["downloads", "likes", "last_modified"]
CACHE_SECONDS = 300.0

# Seconds. Connect: a TCP (and TLS) handshake; huggingface_hub's own default is 10 s, and a
# slow DNS or a congested link fits in it. Read: the longest silence between two reads of an
# answer; the hub answers a search in about a second, but a repo with thousands of files
# and files_metadata=True takes several, hence twice huggingface_hub's 10 s. A person is
# waiting on "Searching…" for at most about this long. (Tests shorten or lengthen them.)
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 20.0
REACHABLE_TIMEOUT = 3.0  # reachable(): one TCP connect, before the first call of a session

Kind = Literal[
    "offline", "unreachable", "transport", "server", "gated", "not_found", "refused", "bad_answer"
]


class HubError(HearthError):
    """The hub could not be reached or refused a request; ``kind`` says which."""

    def __init__(self, user_message: str, details: str = "", kind: Kind = "bad_answer") -> None:
        super().__init__(user_message, details)
        self.kind: Kind = kind

    @property
    def retryable(self) -> bool:
        """Worth trying again after a pause (the network or the server hiccuped)."""
        return self.kind in ("unreachable", "transport", "server")


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
    # The repo's vision projector (mmproj), downloaded with the model: it sees images.
    projector: HubFile | None = None

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def vision(self) -> bool:
        return self.projector is not None

    @property
    def downloads(self) -> tuple[HubFile, ...]:
        """Every file a download of this model fetches: its parts, then its projector."""
        return self.files if self.projector is None else (*self.files, self.projector)

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
    card_excerpt: str = ""
    page_url: str = ""


@dataclass(frozen=True, slots=True)
class FileSource:
    """Where one file of a repo is downloaded from, and what it must turn out to be."""

    repo_id: str
    filename: str
    commit: str
    etag: str  # the blob's name in the cache: the sha256 for LFS files, the git blob id otherwise
    size: int
    sha256: str | None  # from the hub's LFS metadata; None for small non-LFS files
    url: str  # after the hub's redirect (a CDN for LFS files)


@dataclass(slots=True)
class Body:
    """An open download response: ``offset`` is where its bytes start in the file."""

    offset: int
    length: int | None
    chunks: Iterator[bytes]
    abort: Callable[[], None]  # wakes a blocked read from another thread


def group_files(files: Iterable[HubFile]) -> tuple[ModelChoice, ...]:
    """GGUF files as models to choose from: the parts of a split model count as one
    (only when every part is there), sorted by size. A vision projector is no model: the
    repo's preferred one goes with each model instead."""
    files = list(files)
    projector = pick_projector(files, lambda f: f.path)
    singles: list[ModelChoice] = []
    splits: dict[tuple[str, int], dict[int, HubFile]] = {}
    for f in files:
        if not is_gguf(f.path) or is_projector(f.path):
            continue
        split = split_of(f.path)
        if split is None:
            singles.append(ModelChoice(f.path, quantization_of(f.path), (f,)))
            continue
        splits.setdefault((split.stem, split.total), {})[split.part] = f
    for (stem, total), parts in splits.items():
        if sorted(parts) == list(range(1, total + 1)):
            ordered = tuple(parts[i] for i in range(1, total + 1))
            singles.append(ModelChoice(stem, quantization_of(stem), ordered))
    with_eyes = [dataclasses.replace(c, projector=projector) for c in singles]
    return tuple(sorted(with_eyes, key=lambda c: (c.size, c.name)))


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

        _session()  # huggingface_hub's HTTP client is Hearth's, with its timeouts
        # token=False: never fall back to a token found in the environment or on disk.
        return HfApi(endpoint=self.endpoint, token=self.token or False)

    def reachable(self) -> bool:
        """A quick TCP connect to the hub (3 s at most): huggingface_hub itself retries an
        unreachable host five times with backoff, about 25 s, before it gives up."""
        url = urlsplit(self.endpoint or _default_endpoint())
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            with socket.create_connection((url.hostname or "", port), REACHABLE_TIMEOUT):
                return True
        except OSError:
            return False

    def _check_online(self) -> None:
        if self.offline:
            raise HubError(_OFFLINE, kind="offline")
        if not self.reachable():
            raise HubError(_UNREACHABLE, kind="unreachable")

    def _cached(self, key: tuple[Any, ...], fetch: Callable[[], Any]) -> Any:
        if self.offline:
            raise HubError(_OFFLINE, kind="offline")
        hit = self._cache.get(key)
        if hit is not None and self._clock() - hit[0] < CACHE_SECONDS:
            return hit[1]
        self._check_online()
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
            return RepoDetails(
                repo_id,
                license_name,
                bool(info.gated),
                group_files(files),
                self._card_excerpt(repo_id),
                f"{self._endpoint()}/{repo_id}",
            )

        result: RepoDetails = self._cached(("repo", repo_id), fetch)
        return result

    def _endpoint(self) -> str:
        return (self.endpoint or _default_endpoint()).rstrip("/")

    def _headers(self, url: str) -> dict[str, str]:
        from huggingface_hub.utils._headers import build_hf_headers

        # The token goes to the hub only, never to the CDN host a file is redirected to.
        same_host = urlsplit(url).netloc == urlsplit(self._endpoint()).netloc
        return dict(build_hf_headers(token=(self.token or False) if same_host else False))

    def _card_excerpt(self, repo_id: str) -> str:
        """The start of the model card's prose (best effort: a card is never required)."""
        from huggingface_hub import hf_hub_url

        url = hf_hub_url(repo_id, "README.md", endpoint=self._endpoint())
        try:
            response = _session().get(url, headers=self._headers(url), follow_redirects=True)
        except Exception:
            return ""
        if response.status_code != 200:
            return ""
        return card_excerpt(response.text)

    def whoami(self) -> str:
        """The hub user name the token belongs to; HubError when it is refused."""
        if not self.token:
            raise HubError("No Hugging Face token is set.", kind="refused")
        self._check_online()
        try:
            info = self._api().whoami()
        except Exception as e:
            error = _hub_error(e)
            if error.kind == "refused":
                raise HubError(
                    "The hub refused this token: check that it was copied whole and has not "
                    "been revoked.",
                    error.details,
                    kind="refused",
                ) from e
            raise error from e
        return str(info.get("name") or "")

    def file_source(self, repo_id: str, filename: str, revision: str = "main") -> FileSource:
        """Resolve a file: its commit, cache name (etag), size, expected sha256 and final URL."""
        self._check_online()
        from huggingface_hub import get_hf_file_metadata, hf_hub_url

        try:
            url = hf_hub_url(repo_id, filename, revision=revision, endpoint=self._endpoint())
            _session()
            # timeout=None: Hearth's timeouts, not huggingface_hub's (HF_HUB_ETAG_TIMEOUT).
            meta = get_hf_file_metadata(
                url, token=self.token or False, endpoint=self._endpoint(), timeout=None
            )
            commit = meta.commit_hash or revision
            info = self._api().model_info(repo_id, revision=commit, files_metadata=True)
        except Exception as e:
            raise _hub_error(e) from e
        sibling = next((s for s in info.siblings or [] if s.rfilename == filename), None)
        if meta.etag is None or meta.size is None or sibling is None:
            raise HubError(
                f"The hub did not describe {filename} fully (no size or checksum), so it "
                "cannot be downloaded safely.",
                f"etag={meta.etag} size={meta.size} listed={sibling is not None}",
                kind="bad_answer",
            )
        sha256 = sibling.lfs.sha256 if sibling.lfs else None
        return FileSource(repo_id, filename, commit, meta.etag, meta.size, sha256, meta.location)

    @contextlib.contextmanager
    def open_stream(
        self, source: FileSource, start: int, read_timeout: float, end: int | None = None
    ) -> Iterator[Body]:
        """GET the file from byte ``start`` (a Range request); the server may ignore the
        range and send everything, which ``Body.offset`` == 0 says."""
        self._check_online_quick()
        import httpx2
        from huggingface_hub import hf_raise_for_status

        headers = self._headers(source.url)
        if start or end is not None:
            headers["Range"] = f"bytes={start}-{'' if end is None else end}"
        timeout = httpx2.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT, read=read_timeout)
        try:
            opened = _session().stream(
                "GET", source.url, headers=headers, follow_redirects=True, timeout=timeout
            )
            response = opened.__enter__()
        except Exception as e:
            raise _hub_error(e) from e
        try:
            # Errors here are the hub's answer; errors raised into the yield are the caller's.
            try:
                if response.status_code == 416:
                    raise HubError("The hub refused the resume point.", kind="bad_answer")
                if response.status_code >= 400:
                    response.read()
                    hf_raise_for_status(response)
                offset = _range_start(response.headers.get("content-range"), response.status_code)
            except Exception as e:
                raise _hub_error(e) from e
            length = response.headers.get("content-length")
            yield Body(
                offset,
                int(length) if length and length.isdigit() else None,
                _guarded(response.iter_bytes()),
                lambda: _abort(response),
            )
        finally:
            with contextlib.suppress(Exception):
                opened.__exit__(None, None, None)

    def read_head(self, repo_id: str, filename: str, length: int) -> tuple[bytes, int]:
        """The first length bytes of a file and its full size (a Range request): enough to
        read a GGUF header, and so its memory fit, before downloading."""
        source = self.file_source(repo_id, filename)
        head = bytearray()
        with self.open_stream(source, 0, read_timeout=READ_TIMEOUT, end=length - 1) as body:
            # Read no further than asked, even from a server that ignores the Range.
            for chunk in body.chunks:
                head += chunk
                if len(head) >= length:
                    break
        return bytes(head[:length]), source.size

    def gguf_header(self, repo_id: str, filename: str) -> GGUFInfo:
        """A hub file's GGUF header, read with one or two Range requests (8, then 48 MiB:
        a large vocabulary makes a long header)."""
        from desktop.core.errors import ModelFileError
        from desktop.core.gguf_check import check_gguf_header

        for length in (8 << 20, 48 << 20):
            head, size = self.read_head(repo_id, filename, length)
            try:
                return check_gguf_header(head, size, filename)
            except ModelFileError as e:
                if e.reason != "truncated" or len(head) < length:
                    raise
        raise HubError(f"The header of {filename} is too long to read before downloading.")

    def _check_online_quick(self) -> None:
        # Offline is checked on every request; reachability only once per download (the
        # retries that follow a failed connection say enough).
        if self.offline:
            raise HubError(_OFFLINE, kind="offline")


_TRANSPORT_SENTENCES = {
    "ConnectError": "The hub could not be reached.",
    "ConnectTimeout": "The hub could not be reached.",
    "ConnectionRefusedError": "The hub could not be reached.",
    "ReadTimeout": "The hub stopped answering.",
    "WriteTimeout": "The hub stopped answering.",
    "PoolTimeout": "The hub stopped answering.",
    "ReadError": "The connection to the hub was cut.",
    "RemoteProtocolError": "The connection to the hub was cut.",
    "ConnectionResetError": "The connection to the hub was cut.",
}
_UNREACHABLE = QT_TRANSLATE_NOOP(
    "core", "The hub cannot be reached: check the network, or use Hearth offline."
)
_OFFLINE = QT_TRANSLATE_NOOP(
    "core", "Hearth is offline: the hub is not contacted until you switch offline mode off."
)


def card_excerpt(markdown: str, limit: int = 600) -> str:
    """The first paragraphs of a model card, without its YAML header, HTML or headings."""
    text = markdown
    if text.startswith("---"):
        end = text.find("\n---", 3)
        text = text[end + 4 :] if end != -1 else ""
    lines: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "<", "![", "|", "```")):
            if lines and lines[-1] != "":
                lines.append("")
            continue
        lines.append(stripped)
    excerpt = "\n".join(lines).strip()
    excerpt = re.sub(r"\n{2,}", "\n\n", excerpt)
    if len(excerpt) > limit:
        excerpt = excerpt[:limit].rsplit(" ", 1)[0] + "…"
    return excerpt


def _range_start(content_range: str | None, status: int) -> int:
    if status != 206:
        return 0
    match = re.match(r"bytes (\d+)-", content_range or "")
    if match is None:
        raise HubError("The hub answered a resume with a broken Content-Range.", kind="bad_answer")
    return int(match.group(1))


def _guarded(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Transport errors raised while reading become HubError (kind 'transport')."""
    try:
        yield from chunks
    except HubError:
        raise
    except Exception as e:
        raise _hub_error(e) from e


def _abort(response: Any) -> None:
    """Shut the response's socket down so a read blocked in another thread returns now."""
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


_session_lock = threading.Lock()
_session_installed = False


def _session() -> httpx2.Client:
    """huggingface_hub's shared HTTP client, made Hearth's (``_new_session``) on first use."""
    global _session_installed
    from huggingface_hub import get_session, set_client_factory

    with _session_lock:
        if not _session_installed:
            set_client_factory(_new_session)
            _session_installed = True
    return get_session()


def _new_session() -> httpx2.Client:
    """huggingface_hub's default client, with Hearth's timeouts on every request and a
    timeout that ends the call (HubError) instead of being retried."""
    import httpx2
    from huggingface_hub.utils._http import hf_request_event_hook

    class HubSession(httpx2.Client):
        def send(self, request: httpx2.Request, **kwargs: Any) -> httpx2.Response:
            request.extensions = {
                **request.extensions,
                "timeout": _timeouts(request.extensions.get("timeout")),
            }
            try:
                return super().send(request, **kwargs)
            except httpx2.TimeoutException as e:
                # Not an httpx2 error any more: huggingface_hub's backoff lets it through.
                raise _hub_error(e) from e

    return HubSession(
        event_hooks={"request": [hf_request_event_hook]},
        follow_redirects=True,
        timeout=httpx2.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT),
    )


def _timeouts(given: Mapping[str, float | None] | None) -> dict[str, float]:
    """A request's timeouts (httpx2's extension): each one it leaves unset is Hearth's."""
    ours = {
        "connect": CONNECT_TIMEOUT,
        "read": READ_TIMEOUT,
        "write": READ_TIMEOUT,
        "pool": CONNECT_TIMEOUT,
    }
    chosen = given or {}
    return {name: chosen.get(name) or default for name, default in ours.items()}


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
    from huggingface_hub.errors import (
        EntryNotFoundError,
        GatedRepoError,
        HfHubHTTPError,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )

    if isinstance(e, HubError):
        return e
    if isinstance(e, GatedRepoError):
        return HubError(
            "This model is gated: accept its licence on its page on the hub, then add your "
            "Hugging Face token in Settings.",
            details=str(e),
            kind="gated",
        )
    if isinstance(e, (RepositoryNotFoundError, EntryNotFoundError, RevisionNotFoundError)):
        return HubError(
            "There is no such model or file on the hub (or it is private).", str(e), "not_found"
        )
    if isinstance(e, HfHubHTTPError):
        status = e.response.status_code if e.response is not None else 0
        kind: Kind = "server" if status >= 500 or status == 429 else "refused"
        return HubError(f"The hub refused the request: {str(e).splitlines()[0]}", str(e), kind)
    # Transport failures come from huggingface_hub's HTTP client (httpx, or its fork httpx2
    # in 2.x): matched by module so neither package is imported here.
    if isinstance(e, OSError) or type(e).__module__.split(".")[0] in ("httpx", "httpx2"):
        sentence = _TRANSPORT_SENTENCES.get(type(e).__name__, "The connection to the hub failed.")
        return HubError(sentence, f"{type(e).__name__}: {e}", "transport")
    return HubError(f"The hub answered something Hearth did not understand: {e}", repr(e))

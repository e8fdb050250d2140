"""A local stand-in for the part of the Hugging Face Hub HTTP API that huggingface_hub uses.

Tests point huggingface_hub at it by passing ``endpoint=server.url`` (``HfApi(endpoint=...)``,
``hf_hub_download(..., endpoint=...)``). It serves repos registered with ``add_repo`` and lets a
test inject transport faults through ``server.faults``. Every request is recorded in
``server.requests``.

What it mimics from the real Hub (and why):

* ``HEAD``/``GET /{repo}/resolve/{rev}/{file}`` answers with ``X-Repo-Commit`` and a quoted
  ``ETag``; huggingface_hub refuses files without either.
* LFS files (``.gguf``) are not served from ``/resolve``: it answers ``302`` with
  ``X-Linked-Etag`` (the quoted sha256), ``X-Linked-Size`` and a ``Location`` on another host
  name (``localhost`` instead of ``127.0.0.1``), like the Hub's CDN redirect. huggingface_hub
  takes the metadata from the redirect itself and downloads from the ``Location`` without the
  ``Authorization`` header.
* No ``X-Xet-Hash`` header is ever sent, so huggingface_hub downloads over plain HTTP (not
  hf_xet) and resumes with ``Range: bytes=N-`` after a broken connection.
* Gated files answer ``401`` (no token) or ``403`` (token without access) with
  ``X-Error-Code: GatedRepo``, which huggingface_hub maps to ``GatedRepoError``.

``faults.hang`` makes it a hub that accepts connections and never answers (``"silent"``), or
that sends a response's headers and then never its body (``"headers"``): every request hangs
until ``close()`` (or ``answer_hung()``), and ``hanging`` is set once one does.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import json
import re
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO, Literal
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

CHUNK = 64 * 1024
LFS_SUFFIXES = (".gguf", ".safetensors", ".bin")
_SERVER_THREAD_PREFIX = "hubserver"
_conn_ids = itertools.count(1)


def git_blob_sha1(data_len: int, chunks: Iterator[bytes]) -> str:
    h = hashlib.sha1(f"blob {data_len}\0".encode())
    for chunk in chunks:
        h.update(chunk)
    return h.hexdigest()


@dataclass
class HubFile:
    """One file of a repo; ``source`` is bytes in memory or a path streamed from disk."""

    path: str
    source: bytes | Path
    size: int
    sha256: str
    blob_id: str  # git blob sha1 of the content, or of the LFS pointer for LFS files
    lfs: bool
    pointer_size: int = 0

    def open(self) -> BinaryIO:
        if isinstance(self.source, bytes):
            return io.BytesIO(self.source)
        return self.source.open("rb")

    @classmethod
    def build(cls, path: str, source: bytes | Path) -> HubFile:
        lfs = path.endswith(LFS_SUFFIXES)
        size = len(source) if isinstance(source, bytes) else source.stat().st_size
        sha256 = hashlib.sha256()
        sha1 = hashlib.sha1(f"blob {size}\0".encode())
        stream: BinaryIO = io.BytesIO(source) if isinstance(source, bytes) else source.open("rb")
        with stream:
            while chunk := stream.read(1024 * 1024):
                sha256.update(chunk)
                sha1.update(chunk)
        digest = sha256.hexdigest()
        if not lfs:
            return cls(path, source, size, digest, sha1.hexdigest(), lfs=False)
        pointer = (
            f"version https://git-lfs.github.com/spec/v1\noid sha256:{digest}\nsize {size}\n"
        ).encode()
        blob = git_blob_sha1(len(pointer), iter([pointer]))
        return cls(path, source, size, digest, blob, lfs=True, pointer_size=len(pointer))


@dataclass
class Repo:
    repo_id: str
    files: dict[str, HubFile]
    sha: str
    gated: bool
    license: str
    downloads: int
    likes: int
    last_modified: str
    granted: set[str] = field(default_factory=set)  # tokens allowed into a gated repo

    @property
    def tags(self) -> list[str]:
        tags = [f"license:{self.license}"]
        if any(name.endswith(".gguf") for name in self.files):
            tags.insert(0, "gguf")
        return tags


@dataclass
class RecordedRequest:
    method: str
    path: str  # unquoted path, without the query string
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-cased names

    @property
    def range(self) -> str | None:
        return self.headers.get("range")

    @property
    def authorization(self) -> str | None:
        return self.headers.get("authorization")


@dataclass
class Faults:
    """Transport faults, settable per test.

    ``cut_after``, ``stall_after``, ``content_length`` and ``flip_byte_at`` hit the next
    ``times`` file-body GETs, then switch themselves off. ``ignore_range`` stays on.
    ``fail`` maps a request path (as in ``RecordedRequest.path``) to how many of the next
    requests to it are answered ``500``. ``hang`` stays on: every request after it is set
    hangs until the server closes (or ``answer_hung()``), with no answer at all
    (``"silent"``) or after the headers of a ``200`` whose body never comes (``"headers"``).
    """

    cut_after: int | None = None  # close the connection after N body bytes
    stall_after: int | None = None  # stop after N body bytes until release() or stall_timeout
    stall_timeout: float = 5.0
    content_length: int | None = None  # advertise this Content-Length on file bodies
    flip_byte_at: int | None = None  # corrupt the byte at this absolute file offset
    times: int = 1
    ignore_range: bool = False  # answer Range requests with 200 and the whole file
    fail: dict[str, int] = field(default_factory=dict)
    hang: Literal["silent", "headers"] | None = None

    def fail_next(self, path: str, count: int = 1) -> None:
        self.fail[path] = count


def _error_headers(code: str | None, message: str) -> dict[str, str]:
    headers = {"X-Error-Message": message}
    if code:
        headers["X-Error-Code"] = code
    return headers


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """(start, end inclusive) for a single ``bytes=`` range, or None if unsatisfiable."""
    m = re.fullmatch(r"\s*bytes=(\d*)-(\d*)\s*", header)
    if not m or (not m.group(1) and not m.group(2)):
        return None
    if not m.group(1):  # suffix range: the last N bytes
        n = int(m.group(2))
        return (max(size - n, 0), size - 1) if n and size else None
    start = int(m.group(1))
    end = int(m.group(2)) if m.group(2) else size - 1
    if start >= size or end < start:
        return None
    return start, min(end, size - 1)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HTTPServer
    timeout = 30  # never let an idle keep-alive connection pin a thread forever

    def setup(self) -> None:
        super().setup()
        threading.current_thread().name = f"{_SERVER_THREAD_PREFIX}-conn-{next(_conn_ids)}"
        with self.server.hub.lock:
            self.server.hub.connections.add(self.connection)
            closing = self.server.hub.closed
        if closing:  # accepted just as close() ran: don't sit on the connection
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)

    def finish(self) -> None:
        with contextlib.suppress(OSError):
            super().finish()
        with self.server.hub.lock:
            self.server.hub.connections.discard(self.connection)

    def log_message(self, format: str, *args: object) -> None:  # silence stderr logging
        pass

    def do_GET(self) -> None:
        self.server.hub.handle(self, "GET")

    def do_HEAD(self) -> None:
        self.server.hub.handle(self, "HEAD")


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = False  # Python only tracks (and joins) non-daemon connection threads
    block_on_close = True  # server_close() joins the connection threads
    hub: HubServer


class HubServer:
    """A threaded fake Hub on 127.0.0.1; use as a context manager or call close()."""

    def __init__(self, page_size: int = 50) -> None:
        self.repos: dict[str, Repo] = {}
        self.tokens: dict[str, str] = {}  # token -> user name
        self.requests: list[RecordedRequest] = []
        self.faults = Faults()
        self.page_size = page_size
        self.lock = threading.Lock()
        self.connections: set[socket.socket] = set()
        self._release = threading.Event()
        self._throttle = threading.Event()  # never set: its wait() paces throttled bodies
        self.stalled = threading.Event()  # set when a response stops at stall_after
        self.hanging = threading.Event()  # set when a request hangs (faults.hang)
        self._unhang = threading.Event()  # ends the hangs
        self._closing = threading.Event()
        self.rate: float | None = None  # file bodies at most this many bytes per second
        self.body_bytes = 0  # file body bytes sent so far, over all responses
        self._httpd = _HTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.hub = self
        self.port: int = self._httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.cdn_url = f"http://localhost:{self.port}"  # another host name, like the Hub's CDN
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"{_SERVER_THREAD_PREFIX}-serve",
            daemon=True,
        )
        self.closed = False
        self._thread.start()

    # -- test API -------------------------------------------------------------------------

    def __enter__(self) -> HubServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add_token(self, token: str, user: str = "alice") -> None:
        self.tokens[token] = user

    def grant(self, repo_id: str, token: str) -> None:
        """Let the holder of token into a gated repo."""
        self.repos[repo_id].granted.add(token)

    def add_repo(
        self,
        repo_id: str,
        files: dict[str, bytes | Path],
        gated: bool = False,
        license: str = "apache-2.0",
        card: str = "A test model.",
        downloads: int = 0,
        likes: int = 0,
        last_modified: str = "2024-01-01T00:00:00.000Z",
    ) -> Repo:
        all_files = dict(files)
        if "README.md" not in all_files:
            all_files["README.md"] = f"---\nlicense: {license}\n---\n{card}\n".encode()
        hub_files = {name: HubFile.build(name, src) for name, src in all_files.items()}
        commit = hashlib.sha1(repo_id.encode())
        for f in sorted(hub_files.values(), key=lambda f: f.path):
            commit.update(f"{f.path}\0{f.sha256}\0".encode())
        repo = Repo(
            repo_id, hub_files, commit.hexdigest(), gated, license, downloads, likes, last_modified
        )
        self.repos[repo_id] = repo
        return repo

    def release(self) -> None:
        """Let stalled responses go on."""
        self._release.set()

    def answer_hung(self) -> None:
        """End the hangs without closing: a request hung by ``faults.hang = "silent"`` is
        answered as usual (so its caller ends cleanly), one hung after its headers is cut.
        Set ``faults.hang = None`` first, or the next requests do not hang at all either."""
        self._unhang.set()

    def rearm_stall(self) -> None:
        """After a release(): let the next stall_after fault stall again."""
        self._release.clear()
        self.stalled.clear()

    def requests_to(self, path_fragment: str, method: str | None = None) -> list[RecordedRequest]:
        return [
            r
            for r in list(self.requests)
            if path_fragment in r.path and (method is None or r.method == method)
        ]

    def close(self) -> None:
        if self.closed:
            return
        self.release()
        self._closing.set()
        self._unhang.set()
        self._httpd.shutdown()
        with self.lock:
            self.closed = True
            live = list(self.connections)
        for conn in live:  # wake threads blocked reading idle keep-alive connections
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self._httpd.server_close()
        self._thread.join()

    # -- dispatch -------------------------------------------------------------------------

    def handle(self, h: _Handler, method: str) -> None:
        split = urlsplit(h.path)
        path = unquote(split.path)
        query = parse_qs(split.query)
        req = RecordedRequest(method, path, query, {k.lower(): v for k, v in h.headers.items()})
        with self.lock:
            self.requests.append(req)
            remaining = self.faults.fail.get(path, 0)
            if remaining:
                self.faults.fail[path] = remaining - 1
            hang = self.faults.hang
        try:
            if hang is not None and self._hang(h, hang):
                return None
            if remaining:
                return self._json(h, 500, {"error": "Internal Error"}, method)
            token = self._token(req)
            if token is not None and token not in self.tokens:
                msg = "Invalid credentials in Authorization header"
                return self._json(h, 401, {"error": msg}, method, _error_headers(None, msg))
            if path == "/api/whoami-v2":
                return self._whoami(h, token, method)
            if path == "/api/models":
                return self._list_models(h, split.path, query, method)
            if path.startswith("/lfs/"):
                return self._lfs_object(h, req)
            if m := re.fullmatch(r"/api/models/([^/]+/[^/]+)/tree/([^/]+)(?:/(.*))?", path):
                return self._tree(h, m.group(1), m.group(2), m.group(3) or "", query, method)
            if m := re.fullmatch(r"/api/models/([^/]+/[^/]+)(?:/revision/([^/]+))?", path):
                return self._model_info(h, m.group(1), m.group(2) or "main", query, method)
            if m := re.fullmatch(r"/([^/]+/[^/]+)/resolve/([^/]+)/(.+)", path):
                return self._resolve(h, req, m.group(1), m.group(2), m.group(3), token)
            return self._json(h, 404, {"error": "Not Found"}, method)
        except (BrokenPipeError, ConnectionResetError):
            h.close_connection = True

    def _hang(self, h: _Handler, mode: Literal["silent", "headers"]) -> bool:
        """Say nothing (or only the headers) until close() or answer_hung(); True when the
        request is done with (the connection dropped), False when it is to be answered."""
        if mode == "headers":
            h.send_response(200)
            h.send_header("Content-Type", "application/json; charset=utf-8")
            h.send_header("Content-Length", "4096")
            h.end_headers()
            h.wfile.flush()
        self.hanging.set()
        self._unhang.wait()
        if mode == "silent" and not self._closing.is_set():
            return False
        h.close_connection = True
        with contextlib.suppress(OSError):
            h.connection.shutdown(socket.SHUT_RDWR)
        return True

    @staticmethod
    def _token(req: RecordedRequest) -> str | None:
        auth = req.authorization
        if auth and auth.lower().startswith("bearer "):
            return auth[7:].strip()
        return None

    def _json(
        self,
        h: _Handler,
        status: int,
        body: object,
        method: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        data = json.dumps(body).encode()
        h.send_response(status)
        h.send_header("Content-Type", "application/json; charset=utf-8")
        h.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        if method != "HEAD":
            h.wfile.write(data)

    def _repo_or_error(
        self,
        h: _Handler,
        repo_id: str,
        rev: str,
        method: str,
        headers: dict[str, str] | None = None,
    ) -> Repo | None:
        repo = self.repos.get(repo_id)
        if repo is None:
            msg = "Repository not found"
            self._json(h, 404, {"error": msg}, method, _error_headers("RepoNotFound", msg))
            return None
        if rev not in ("main", repo.sha):
            msg = f"Invalid rev id: {rev}"
            extra = {**_error_headers("RevisionNotFound", msg), **(headers or {})}
            self._json(h, 404, {"error": msg}, method, extra)
            return None
        return repo

    # -- API endpoints --------------------------------------------------------------------

    def _whoami(self, h: _Handler, token: str | None, method: str) -> None:
        if token is None:
            msg = "Invalid credentials in Authorization header"
            return self._json(h, 401, {"error": msg}, method, _error_headers(None, msg))
        user = self.tokens[token]
        body = {
            "type": "user",
            "id": hashlib.sha1(user.encode()).hexdigest()[:24],
            "name": user,
            "fullname": user.title(),
            "orgs": [],
            "auth": {
                "type": "access_token",
                "accessToken": {"displayName": "test", "role": "read"},
            },
        }
        return self._json(h, 200, body, method)

    def _summary(self, repo: Repo) -> dict[str, object]:
        return {
            "_id": repo.sha[:24],
            "id": repo.repo_id,
            "modelId": repo.repo_id,
            "author": repo.repo_id.split("/")[0],
            "likes": repo.likes,
            "downloads": repo.downloads,
            "trendingScore": 0,
            "private": False,
            "gated": "manual" if repo.gated else False,
            "tags": repo.tags,
            "library_name": "gguf" if "gguf" in repo.tags else None,
            "createdAt": repo.last_modified,
            "lastModified": repo.last_modified,
        }

    def _list_models(
        self, h: _Handler, raw_path: str, query: dict[str, list[str]], method: str
    ) -> None:
        repos = list(self.repos.values())
        for term in query.get("search", []):
            repos = [r for r in repos if term.lower() in r.repo_id.lower()]
        for tag in query.get("filter", []):
            repos = [r for r in repos if tag in r.tags]
        for author in query.get("author", []):
            repos = [r for r in repos if r.repo_id.split("/")[0] == author]
        sort = query.get("sort", [None])[0]
        keys = {"downloads": "downloads", "likes": "likes", "lastModified": "last_modified"}
        if sort in keys:
            descending = query.get("direction", ["-1"])[0] != "1"
            repos.sort(key=lambda r: getattr(r, keys[sort]), reverse=descending)
        if "limit" in query:
            repos = repos[: int(query["limit"][0])]
        start = int(query.get("cursor", ["0"])[0])
        page = repos[start : start + self.page_size]
        headers = {}
        if start + self.page_size < len(repos):
            flat = [(k, v) for k, vs in query.items() if k != "cursor" for v in vs]
            nxt = urlencode([*flat, ("cursor", str(start + self.page_size))])
            headers["Link"] = f'<{self.url}{raw_path}?{nxt}>; rel="next"'
        return self._json(h, 200, [self._summary(r) for r in page], method, headers)

    def _model_info(
        self, h: _Handler, repo_id: str, rev: str, query: dict[str, list[str]], method: str
    ) -> None:
        repo = self._repo_or_error(h, repo_id, rev, method)
        if repo is None:
            return None
        blobs = query.get("blobs", ["false"])[0].lower() == "true"
        siblings = []
        for f in repo.files.values():
            sib: dict[str, object] = {"rfilename": f.path}
            if blobs:
                sib.update(size=f.size, blobId=f.blob_id)
                if f.lfs:
                    sib["lfs"] = {"sha256": f.sha256, "size": f.size, "pointerSize": f.pointer_size}
            siblings.append(sib)
        body = {
            **self._summary(repo),
            "sha": repo.sha,
            "cardData": {"license": repo.license},
            "siblings": siblings,
            "disabled": False,
            "usedStorage": sum(f.size for f in repo.files.values()),
        }
        return self._json(h, 200, body, method)

    def _tree(
        self,
        h: _Handler,
        repo_id: str,
        rev: str,
        folder: str,
        query: dict[str, list[str]],
        method: str,
    ) -> None:
        repo = self._repo_or_error(h, repo_id, rev, method)
        if repo is None:
            return None
        recursive = query.get("recursive", ["false"])[0].lower() == "true"
        prefix = folder.strip("/") + "/" if folder.strip("/") else ""
        entries: dict[str, dict[str, object]] = {}
        for f in sorted(repo.files.values(), key=lambda f: f.path):
            if not f.path.startswith(prefix):
                continue
            parts = f.path[len(prefix) :].split("/")
            for depth in range(1, len(parts)):  # the folders on the way
                if depth > 1 and not recursive:
                    break
                d = prefix + "/".join(parts[:depth])
                oid = hashlib.sha1(d.encode()).hexdigest()
                entries.setdefault(d, {"type": "directory", "oid": oid, "size": 0, "path": d})
            if len(parts) == 1 or recursive:
                entry: dict[str, object] = {
                    "type": "file",
                    "oid": f.blob_id,
                    "size": f.size,
                    "path": f.path,
                }
                if f.lfs:
                    entry["lfs"] = {"oid": f.sha256, "size": f.size, "pointerSize": f.pointer_size}
                entries[f.path] = entry
        if prefix and not entries:
            msg = f"Entry not found: {folder}"
            return self._json(h, 404, {"error": msg}, method, _error_headers("EntryNotFound", msg))
        return self._json(h, 200, list(entries.values()), method)

    # -- files ----------------------------------------------------------------------------

    def _resolve(
        self,
        h: _Handler,
        req: RecordedRequest,
        repo_id: str,
        rev: str,
        name: str,
        token: str | None,
    ) -> None:
        repo = self._repo_or_error(h, repo_id, rev, req.method)
        if repo is None:
            return None
        commit = {"X-Repo-Commit": repo.sha}
        if repo.gated and (token is None or token not in repo.granted):
            status = 401 if token is None else 403
            msg = (
                "Access to model is restricted. You must have access to it and be authenticated."
                if token is None
                else f"Access to model {repo_id} is restricted; you are not in the authorized list."
            )
            headers = {**_error_headers("GatedRepo", msg), **commit}
            return self._json(h, status, {"error": msg}, req.method, headers)
        f = repo.files.get(name)
        if f is None:
            msg = "Entry not found"
            headers = {**_error_headers("EntryNotFound", msg), **commit}
            return self._json(h, 404, {"error": msg}, req.method, headers)
        if f.lfs:  # like the Hub: redirect to the CDN, with the file's metadata on the redirect
            h.send_response(302)
            h.send_header("Location", f"{self.cdn_url}/lfs/{f.sha256}?name={quote(name)}")
            h.send_header("ETag", f'"{f.blob_id}"')
            h.send_header("X-Linked-Etag", f'"{f.sha256}"')
            h.send_header("X-Linked-Size", str(f.size))
            h.send_header("X-Repo-Commit", repo.sha)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return None
        return self._send_file(h, req, f, commit | {"ETag": f'"{f.blob_id}"'})

    def _lfs_object(self, h: _Handler, req: RecordedRequest) -> None:
        sha = req.path.removeprefix("/lfs/")
        for repo in self.repos.values():
            for f in repo.files.values():
                if f.lfs and f.sha256 == sha:
                    return self._send_file(h, req, f, {"ETag": f'"{f.sha256}"'})
        return self._json(h, 404, {"error": "Not Found"}, req.method)

    def _take_body_faults(self) -> Faults:
        """The one-shot faults for this response (and count it against ``times``)."""
        with self.lock:
            faults = self.faults
            taken = Faults(
                cut_after=faults.cut_after,
                stall_after=faults.stall_after,
                stall_timeout=faults.stall_timeout,
                content_length=faults.content_length,
                flip_byte_at=faults.flip_byte_at,
            )
            one_shot = (faults.cut_after, faults.stall_after, faults.content_length)
            if any(v is not None for v in (*one_shot, faults.flip_byte_at)):
                faults.times -= 1
                if faults.times <= 0:
                    faults.cut_after = faults.stall_after = None
                    faults.content_length = faults.flip_byte_at = None
                    faults.times = 1
            return taken

    def _send_file(
        self, h: _Handler, req: RecordedRequest, f: HubFile, headers: dict[str, str]
    ) -> None:
        start, end, status = 0, f.size - 1, 200
        if req.range and not self.faults.ignore_range:
            r = parse_range(req.range, f.size)
            if r is None:
                h.send_response(416)
                h.send_header("Content-Range", f"bytes */{f.size}")
                h.send_header("Content-Length", "0")
                h.end_headers()
                return
            (start, end), status = r, 206
        faults = self._take_body_faults() if req.method == "GET" else Faults()
        length = end - start + 1
        h.send_response(status)
        for k, v in headers.items():
            h.send_header(k, v)
        h.send_header("Accept-Ranges", "bytes")
        h.send_header("Content-Type", "application/octet-stream")
        if status == 206:
            h.send_header("Content-Range", f"bytes {start}-{end}/{f.size}")
        advertised = faults.content_length if faults.content_length is not None else length
        h.send_header("Content-Length", str(advertised))
        if faults.content_length is not None or faults.cut_after is not None:
            h.send_header("Connection", "close")
            h.close_connection = True
        h.end_headers()
        if req.method == "HEAD":
            return
        self._stream(h, f, start, length, faults)

    def _stream(self, h: _Handler, f: HubFile, start: int, length: int, faults: Faults) -> None:
        sent = 0
        limit = length if faults.cut_after is None else min(length, faults.cut_after)
        stall_at = faults.stall_after
        with f.open() as src:
            src.seek(start)
            while sent < limit:
                n = min(CHUNK, limit - sent)
                if stall_at is not None and sent < stall_at:
                    n = min(n, stall_at - sent)
                if stall_at is not None and sent == stall_at:
                    h.wfile.flush()
                    self.stalled.set()
                    self._release.wait(faults.stall_timeout)
                    stall_at = None
                    if self.closed:
                        break
                    continue
                chunk = bytearray(src.read(n))
                if not chunk:
                    break
                flip = faults.flip_byte_at
                if flip is not None and start + sent <= flip < start + sent + len(chunk):
                    chunk[flip - start - sent] ^= 0xFF
                h.wfile.write(chunk)
                sent += len(chunk)
                with self.lock:
                    self.body_bytes += len(chunk)
                if self.rate:  # a slow link, so a test can act in the middle of a download
                    self._throttle.wait(len(chunk) / self.rate)
        h.wfile.flush()
        if sent < length:  # a cut (or a shutdown during a stall): drop the connection
            h.close_connection = True
            with contextlib.suppress(OSError):
                h.connection.shutdown(socket.SHUT_RDWR)


def server_threads() -> list[threading.Thread]:
    """Live threads started by any HubServer (for leak checks)."""
    return [
        t
        for t in threading.enumerate()
        if t.name.startswith(_SERVER_THREAD_PREFIX) and t.is_alive()
    ]

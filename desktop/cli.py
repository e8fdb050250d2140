"""The `hearth` command line: chat, doctor, bench, models, serve and connections, headless (no Qt).

One parser in one module, hence close to 1,000 lines: each subcommand is short and they share
the option declarations (core/fields.py) and the exit codes; splitting them would scatter the
parser. The larger commands live in their own modules (desktop.api.serve, engine.remote_cli,
tools.chat_cli for chats with MCP tools, bench.*).
"""

from __future__ import annotations

import argparse
import codecs
import dataclasses
import io
import json
import logging
import os
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import __version__
from desktop.core import paths
from desktop.core.errors import HearthError, ModelFileError
from desktop.core.fields import (
    LOAD,
    LOAD_CHOICES,
    SAMPLING_FIELDS,
    STOP,
    ChoiceField,
    Field,
    Number,
)
from desktop.core.gguf_check import check_gguf
from desktop.core.logmask import TokenMaskingFilter
from desktop.core.models.projectors import (
    is_projector,
    pick_projector,
    projector_for,
    with_projector,
)
from desktop.core.paths import STARTER_NAME, resolve_model
from desktop.core.types import (
    PRESETS,
    LoadParams,
    Message,
    OutputFormat,
    SamplingParams,
    Thinking,
)
from desktop.core.units import format_bytes
from desktop.engine.client import EngineClient
from desktop.engine.formats import ContentDelta, ReasoningDelta
from desktop.engine.protocol import Ready
from desktop.engine.session import EngineSession

if TYPE_CHECKING:
    from desktop.cli_knowledge import ChatDocuments
    from desktop.core import hardware
    from desktop.core.hub import HubClient
    from desktop.core.models.library import Library, LibraryModel
    from desktop.core.models.transfer import Progress

EXIT_OK, EXIT_USAGE, EXIT_REFUSED, EXIT_ENGINE = 0, 2, 3, 4


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one sentence and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"hearth: {message} (see `hearth {self.prog.split()[-1]} --help`).\n")
        raise SystemExit(EXIT_USAGE)


DEFAULT_CTX = 4096
# The benchmark's own numbers (not sampling or load fields), declared the same way.
BENCH_RUNS = Field("runs", "runs", "--runs", int, 1, 100, "alternating runs per measurement")
BENCH_TOKENS = Field("tokens", "tokens", "--tokens", int, 2, 4096, "tokens generated per run")
BENCH_CLIENTS = Field(
    "clients", "clients", "--clients", int, 2, 16, "concurrent API clients (with --api)"
)


def _checked(field: Field) -> Callable[[str], Number]:
    """An argparse type for field: a value out of its declared range is a usage error."""

    def parse(text: str) -> Number:
        try:
            return field.parse(text)
        except ValueError as e:
            raise argparse.ArgumentTypeError(str(e)) from None

    return parse


def _option(
    parser: argparse.ArgumentParser, field: Field, help: str | None = None, **kwargs: Any
) -> None:
    """The option for a declared field: its type checks the range, its help shows it."""
    text = f"{help or field.help} [{field.range_text()}]"
    parser.add_argument(field.option, type=_checked(field), help=text, **kwargs)


def _choice_option(parser: argparse.ArgumentParser, field: ChoiceField) -> None:
    """The option for a declared choice: its words, its help, its default."""
    parser.add_argument(
        field.option,
        dest=field.name,  # the LoadParams field: --cache-type-k sets type_k
        choices=field.choices,
        default=field.default,
        help=f"{field.help} (default: {field.default})",
    )


def _model_args(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--model", required=required, help=f"a .gguf file, or '{STARTER_NAME}'")
    _option(
        parser,
        LOAD["n_ctx"],
        help=f"{LOAD['n_ctx'].help} (default: {DEFAULT_CTX}, or the trained context if shorter)",
        default=None,
    )
    _option(parser, LOAD["n_threads"], default=None)
    parser.add_argument(
        "--gpu-layers", type=_gpu_layers, default=None, help=LOAD["n_gpu_layers"].help
    )
    parser.add_argument(
        "--mmproj",
        metavar="FILE",
        help="a vision projector (mmproj GGUF) to load with the model, so it sees images "
        "(a hub model downloaded with one loads with it on its own)",
    )
    parser.add_argument(
        "--draft-model",
        metavar="FILE",
        help="a small model with the same vocabulary that drafts tokens for speculative "
        "decoding (a .gguf file, 'starter', or an installed model's name)",
    )
    for choice in LOAD_CHOICES:  # --cache-type-k, --cache-type-v, --speculative
        _choice_option(parser, choice)


def _gpu_layers(text: str) -> Number | None:
    return None if text == "auto" else _checked(LOAD["n_gpu_layers"])(text)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="hearth", description="Hearth: local and private LLM chat.")
    parser.add_argument("--version", action="version", version=f"hearth {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and engine logs")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    chat = sub.add_parser("chat", help="chat with a model in the terminal")
    _model_args(chat)
    chat.add_argument("--prompt", help="one message; without it, an interactive chat")
    chat.add_argument("--system", help="system prompt")
    chat.add_argument("--preset", choices=sorted(PRESETS), default="Balanced")
    for field in SAMPLING_FIELDS:
        _option(chat, field, dest=field.name)
    chat.add_argument(
        STOP.option, dest=STOP.name, action="append", default=[], help=f"{STOP.help} (repeatable)"
    )
    chat.add_argument("--stats", action="store_true", help="print token counts and speed to stderr")
    chat.add_argument(
        "--connection",
        help="a remote server's name (`hearth connections`); --model is its model id",
    )
    chat.add_argument(
        "--json-schema", metavar="FILE", help="the reply must be JSON valid against this schema"
    )
    chat.add_argument(
        "--think",
        choices=("on", "off"),
        help="the thinking switch, for a model whose template reads one (default: its own)",
    )
    chat.add_argument(
        "--reasoning-effort",
        choices=("low", "medium", "high"),
        help="how long a gpt-oss model thinks (default: its own, medium)",
    )
    chat.add_argument(
        "--mcp-config", metavar="FILE", help="tools from the MCP servers of an mcpServers file"
    )
    chat.add_argument(
        "--allow-tool",
        metavar="NAME",
        action="append",
        default=[],
        help="run this tool without asking (repeatable); others are asked on the terminal, "
        "or denied without one",
    )
    chat.add_argument(
        "--tool-choice",
        choices=("auto", "required", "none"),
        default="auto",
        help="whether the model must call a tool first (required) or may (auto)",
    )
    from desktop import cli_knowledge  # --attach, --knowledge and `hearth knowledge`

    cli_knowledge.add_chat_options(chat)

    doctor = sub.add_parser("doctor", help="engine build info, and a model file's check")
    doctor.add_argument("file", nargs="?", help="a .gguf file (or 'starter') to check")
    doctor.add_argument("--json", action="store_true", help="machine-readable output")
    _option(doctor, LOAD["n_ctx"], help="the context the fit is for", default=DEFAULT_CTX)

    models = sub.add_parser("models", help="find, download, list and check GGUF models")
    models_sub = models.add_subparsers(dest="models_command", parser_class=_Parser, required=True)
    search = models_sub.add_parser("search", help="search GGUF repos")
    search.add_argument("query")
    search.add_argument(
        "--sort", choices=["downloads", "likes", "last_modified"], default="downloads"
    )
    search.add_argument("--limit", type=int, default=20)
    files = models_sub.add_parser("files", help="a repo's GGUF models by quantization")
    files.add_argument("repo")
    download = models_sub.add_parser(
        "download", help="download a model into the Hugging Face cache and verify it"
    )
    download.add_argument("repo")
    download.add_argument("file", help="a .gguf file, or a split model's name (all its parts)")
    download.add_argument("--revision", default="main")
    listing = models_sub.add_parser("list", help="installed models, one per line")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    verify = models_sub.add_parser("verify", help="check installed models' sha256")
    verify.add_argument("model", nargs="*", help="file names or paths (default: all)")
    remove = models_sub.add_parser(
        "rm", help="delete a model Hearth downloaded (any other is only forgotten: its file stays)"
    )
    remove.add_argument("model", help="a file name or path, as `hearth models list` shows")
    add = models_sub.add_parser("import", help="use a .gguf file from disk in place")
    add.add_argument("path")

    from desktop.engine.remote_cli import add_parser as connections_parser

    connections_parser(sub, _Parser)
    cli_knowledge.add_parser(sub, _Parser)

    serve = sub.add_parser("serve", help="serve the model over an OpenAI-compatible API")
    _model_args(serve, required=False)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback)")
    serve.add_argument("--port", type=int, default=8080, help="TCP port (default: 8080)")
    serve.add_argument(
        "--api-key-stdin", action="store_true", help="read the API key clients must send from stdin"
    )
    serve.add_argument(
        "--max-waiting",
        type=int,
        default=16,
        help="requests that may wait in line; more get 429 (default: 16)",
    )
    serve.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="a browser origin allowed to call the API (repeatable; default: none, CORS off)",
    )

    # "resolve": the bench's --speculative is its mode (off, on and auto measured), not a load's.
    bench = sub.add_parser(
        "bench", help="measure the engine against llama_cpp references", conflict_handler="resolve"
    )
    _model_args(bench, required=False)
    bench.add_argument("--ui", action="store_true", help="measure the window instead")
    bench.add_argument(
        "--api",
        action="store_true",
        help="measure the API server against the window's path (default model: the starter)",
    )
    bench.add_argument(
        "--window",
        action="store_true",
        help="with --api: the window's GUI-thread lateness while its server meets hostile "
        "clients (the starter; --tokens per window reply)",
    )
    bench.add_argument(
        "--tools",
        action="store_true",
        help="a tool round trip's cost outside the tool (the starter and mcp-server-time)",
    )
    bench.add_argument(
        "--docs",
        action="store_true",
        help="the knowledge index: a 300-page PDF's indexing, search over 100,000 chunks "
        "(--model: an embedding GGUF for the PDF's vectors)",
    )
    bench.add_argument(
        "--resume",
        type=int,
        nargs="?",
        const=3000,
        metavar="TOKENS",
        help="the conversation cache: a reopened conversation of TOKENS (3000) after a "
        "restart, a switch between two, bytes per KV type (the starter and Gemma 3 270M, or "
        "--model)",
    )
    bench.add_argument(
        "--speculative",
        dest="speculative_bench",
        action="store_true",
        help="decode speed with prompt lookup off, on and auto, on replies that copy the "
        "prompt and on prose (the starter and Gemma 3 270M, or --model)",
    )
    bench.add_argument("--json", dest="json_path", help="write the figures to this file")
    _option(bench, BENCH_RUNS, default=4)
    _option(bench, BENCH_TOKENS, default=128)
    _option(bench, BENCH_CLIENTS, default=8)
    return parser


def _unencodable(error: UnicodeError) -> tuple[str | bytes, int]:
    """A character the stream's encoding cannot carry: a byte that came in undecodable (a
    file name's surrogate escape) goes out as that byte, anything else as a \\uXXXX escape,
    so a Persian prompt on an ASCII terminal is still readable and never a traceback."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    try:
        return codecs.lookup_error("surrogateescape")(error)
    except UnicodeError:
        return codecs.backslashreplace_errors(error)


def _safe_streams() -> None:
    """stdout and stderr that never raise on text their encoding lacks (LC_ALL=C,
    PYTHONIOENCODING=ascii, a cp1252 pipe) and stdin that never raises on bytes that are not
    in its encoding (they reach _text as surrogates): output in any script is the CLI's job."""
    codecs.register_error("hearth.unencodable", _unencodable)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):  # the encoding stays: UTF-8 where it was
            stream.reconfigure(errors="hearth.unencodable")
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="surrogateescape")


def main(argv: Sequence[str] | None = None) -> int:
    _safe_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING, stream=sys.stderr)
    for log_handler in logging.getLogger().handlers:  # --debug output goes into bug reports
        log_handler.addFilter(TokenMaskingFilter())
    if not args.debug:
        # Errors reach the person as one sentence; the hub library's retries are noise.
        logging.getLogger("huggingface_hub").setLevel(logging.ERROR)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        handler = {
            "chat": _chat,
            "doctor": _doctor,
            "bench": _bench,
            "models": _models,
            "connections": _connections,
            "serve": _serve,
            "knowledge": _knowledge,
        }[args.command]
        return handler(args)
    except ModelFileError as e:
        return _fail(args, e, EXIT_REFUSED)
    except HearthError as e:
        return _fail(args, e, EXIT_ENGINE)
    except ValueError as e:
        sys.stderr.write(f"hearth: {e}.\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_OK


def _fail(args: argparse.Namespace, error: HearthError, code: int) -> int:
    sys.stderr.write(f"hearth: {error.user_message}\n")
    if args.debug:
        traceback.print_exc()
        if error.details:
            sys.stderr.write(error.details + "\n")
    return code


def _sampling(args: argparse.Namespace) -> SamplingParams:
    """The preset, with each sampling option given (one per declared field) on top."""
    base = PRESETS[args.preset]
    values: dict[str, Any] = {}
    for field in SAMPLING_FIELDS:
        value = getattr(args, field.name)
        if value is not None:  # a command line has no "none": the field's off value is it
            values[field.name] = None if field.optional and value == field.off else value
    stops = getattr(args, STOP.name)
    values[STOP.name] = tuple(_text(stop, "a stop string") for stop in stops)
    params = replace(base, **values)
    params.validate()
    return params


def _load_params(args: argparse.Namespace) -> LoadParams:
    """The load the options ask for, after the file's pre-check (which knows its context)."""
    path = _model_path(args.model)
    trained = check_gguf(path).context_length
    n_ctx = args.ctx
    if n_ctx is None:
        n_ctx = min(DEFAULT_CTX, trained) if trained > 0 else DEFAULT_CTX
    elif 0 < trained < n_ctx:
        raise ValueError(
            f"--ctx {n_ctx} is more than this model's trained context of {trained:,} "
            f"tokens: use {trained} or less (0 means the model's own length)"
        )
    mmproj = getattr(args, "mmproj", None) or ""
    if mmproj and not Path(mmproj).expanduser().is_file():
        raise ValueError(f"--mmproj {mmproj}: there is no such file")
    choices: dict[str, Any] = {c.name: getattr(args, c.name, c.default) for c in LOAD_CHOICES}
    params = LoadParams(
        str(path),
        n_ctx=n_ctx,
        n_threads=args.threads,
        n_gpu_layers=args.gpu_layers,
        mmproj=str(Path(mmproj).expanduser().resolve()) if mmproj else "",
        draft_model=_draft_path(getattr(args, "draft_model", None)),
        **choices,  # --cache-type-k, --cache-type-v, --speculative
    )
    params.validate()
    return with_projector(params)  # a hub vision model loads with its projector


def _draft_path(name: str | None) -> str:
    """The draft model's file ("" none): one that is not a model is refused here, before the
    load (the engine would only leave it out, with a note)."""
    if not name:
        return ""
    path = _model_path(name)
    check_gguf(path)
    return str(path.expanduser().resolve())


_SURROGATES = re.compile("[\ud800-\udfff]")


def _text(value: str, what: str) -> str:
    """value as valid text, each byte that was not UTF-8 replaced with U+FFFD, and the person
    told on stderr.

    Python keeps such bytes (from argv, or a terminal in another encoding) as lone
    surrogates, which no UTF-8 encoder accepts. Replacing rather than refusing: the rest of
    the message is usually fine (a Latin-1 "é", a pasted fragment), a refusal would end an
    interactive chat over one invisible byte, U+FFFD is what every text tool shows for such
    bytes, and the notice means nothing changes silently.
    """
    cleaned, replaced = _SURROGATES.subn("\ufffd", value)
    if replaced:
        sys.stderr.write(
            f"hearth: {what} had {replaced} "
            f"{'bytes that are' if replaced > 1 else 'byte that is'} not UTF-8 text; "
            "each was replaced with U+FFFD (\ufffd).\n"
        )
    return cleaned


def _chat(args: argparse.Namespace) -> int:
    sampling = _sampling(args)
    shape = _output_format(args.json_schema) if args.json_schema else None
    if not args.mcp_config and (args.allow_tool or args.tool_choice != "auto"):
        raise ValueError("--allow-tool and --tool-choice need --mcp-config")
    if args.mcp_config and shape is not None:
        raise ValueError("--json-schema cannot be combined with --mcp-config")
    if args.mcp_config and (args.attach or args.knowledge):
        raise ValueError("--attach and --knowledge cannot be combined with --mcp-config")
    if args.connection:  # a remote server: --model is its model id
        from desktop.engine.remote_cli import remote_session

        session, load = remote_session(args, _notice)
    else:
        load = _load_params(args)
        session = EngineSession(notice=_notice)
    system = _text(args.system, "the system prompt") if args.system else ""
    prompt = _text(args.prompt, "the prompt") if args.prompt is not None else None
    history: list[Message] = [Message("system", system)] if system else []
    docs = None
    # The window's policies, through the same EngineSession: CPU fallback after a failed
    # GPU load, the fit's calibration, and the context trimmed in the engine.
    try:
        info = session.load(load)
        if info.extra.get("draft_model_problem"):  # the model loaded; its draft did not
            _notice(info.extra["draft_model_problem"])
        from desktop.cli_knowledge import chat_documents

        docs = chat_documents(args, session, info, sampling.max_tokens, _notice)
        if args.stats or prompt is None:
            sys.stderr.write(
                f"[{Path(load.path).name}: format {info.chat_format}, context {info.n_ctx}]\n"
            )
        if args.mcp_config:
            from desktop.tools.chat_cli import run_tools_chat

            return run_tools_chat(args, session, history, prompt, sampling, _text, _notice)
        thinking = _thinking(args)
        if prompt is not None:
            asked = [*history, docs.turn(prompt, history) if docs else Message("user", prompt)]
            _reply(session, asked, sampling, args.stats, shape, thinking)
            if docs is not None:
                docs.print_sources()
            return EXIT_OK
        return _interactive(session, history, sampling, args.stats, shape, thinking, docs)
    finally:
        if docs is not None:
            docs.close()
        session.close()


def _knowledge(args: argparse.Namespace) -> int:
    from desktop.cli_knowledge import run

    return run(args)


def _connections(args: argparse.Namespace) -> int:
    from desktop.engine.remote_cli import run

    return run(args)


def _notice(sentence: str) -> None:
    """A sentence for the person on stderr (a GPU load moved to the CPU, a trimmed prompt)."""
    sys.stderr.write(f"hearth: {sentence}\n")
    sys.stderr.flush()


def _output_format(file: str) -> OutputFormat:
    """--json-schema FILE as an output format (a sentence for a file that is not a schema)."""
    try:
        schema = json.loads(Path(file).read_text(encoding="utf-8"))
    except OSError as e:
        raise ValueError(f"--json-schema: cannot read {file} ({e.strerror or e})") from None
    except ValueError as e:
        raise ValueError(f"--json-schema: {file} is not JSON ({e})") from None
    if not isinstance(schema, dict):
        raise ValueError(f"--json-schema: {file} holds no JSON schema (an object)")
    return OutputFormat("json_schema", schema)


def _thinking(args: argparse.Namespace) -> Thinking | None:
    """--think and --reasoning-effort as the engine's Thinking (None: the template's own)."""
    think, effort = getattr(args, "think", None), getattr(args, "reasoning_effort", None)
    if think is None and effort is None:
        return None
    return Thinking(None if think is None else think == "on", effort)


def _reply(
    session: EngineSession,
    messages: list[Message],
    sampling: SamplingParams,
    stats: bool,
    shape: OutputFormat | None = None,
    thinking: Thinking | None = None,
) -> Message:
    """Stream a reply: the answer to stdout, a thought (dimmed on a terminal) to stderr.
    Returns the assistant turn, its thought kept apart for the template."""
    reply = session.chat(messages, sampling, output_format=shape, thinking=thinking)
    thought = _ThoughtOnStderr()
    try:
        reply.wait_prompt_started()
        if reply.trimmed is not None:
            _notice(reply.trimmed.sentence)
        for event in reply.events():
            if isinstance(event, ReasoningDelta):
                thought.write(event.text)
            elif isinstance(event, ContentDelta):
                thought.end()
                sys.stdout.write(event.text)
                sys.stdout.flush()
        thought.end()
    except KeyboardInterrupt:
        reply.stop()
        for _ in reply:  # the rest of what the engine sent before it saw the stop
            pass
    except HearthError:
        if reply.text:  # end the reply's line: the sentence on stderr starts its own
            sys.stdout.write("\n")
            sys.stdout.flush()
        raise
    sys.stdout.write("\n")
    sys.stdout.flush()
    if shape is not None and shape.schema is not None and reply.text:
        from desktop.tools.validation import reply_problem

        problem = reply_problem(shape.schema, reply.text)
        if problem is not None:
            _notice(problem)
    if stats and reply.stats is not None:
        s = reply.stats
        sys.stderr.write(
            f"[prompt {s.prompt_tokens} tokens ({s.cached_tokens} reused), "
            f"{s.prompt_tokens_per_s:.1f} tok/s | generated "
            f"{s.generated_tokens} tokens, {s.tokens_per_s:.1f} tok/s | first token "
            f"{s.ttft_ms:.0f} ms | stop: {s.stop_reason.value} | seed {s.seed}"
            + (  # speculative decoding: drafted tokens, and how many were kept
                f" | drafts {s.draft_tokens}, {s.accepted_tokens / s.draft_tokens:.0%} kept"
                if s.draft_tokens
                else ""
            )
            + "]\n"
        )
    return Message("assistant", reply.text, reasoning=reply.reasoning)


class _ThoughtOnStderr:
    """A reply's thought on stderr, apart from the answer on stdout (dim on a terminal)."""

    def __init__(self) -> None:
        self.open = False
        self.dim = sys.stderr.isatty()

    def write(self, text: str) -> None:
        if not self.open:
            sys.stderr.write("\x1b[2m" if self.dim else "")
            sys.stderr.write("Thinking: ")
            self.open = True
        sys.stderr.write(text)
        sys.stderr.flush()

    def end(self) -> None:
        if self.open:
            sys.stderr.write("\x1b[0m\n" if self.dim else "\n")
            sys.stderr.flush()
            self.open = False


def _interactive(
    session: EngineSession,
    history: list[Message],
    sampling: SamplingParams,
    stats: bool,
    shape: OutputFormat | None = None,
    thinking: Thinking | None = None,
    docs: ChatDocuments | None = None,
) -> int:
    sys.stderr.write("Type a message and press Enter; an empty line or Ctrl-D ends the chat.\n")
    if isinstance(sys.stdin, io.TextIOWrapper):
        # Bytes that are not UTF-8 reach _text as surrogates instead of ending the chat.
        sys.stdin.reconfigure(errors="surrogateescape")
    while True:
        sys.stderr.write("> ")
        sys.stderr.flush()
        try:
            line = input()
        except EOFError:
            sys.stderr.write("\n")
            return EXIT_OK
        if not line.strip():
            return EXIT_OK
        text = _text(line, "your message")
        history.append(docs.turn(text, history) if docs else Message("user", text))
        try:
            said = _reply(session, history, sampling, stats, shape, thinking)
        except HearthError as e:
            history.pop()
            sys.stderr.write(f"hearth: {e.user_message}\n")
            continue
        history.append(said)
        if docs is not None:
            docs.print_sources()


def _doctor(args: argparse.Namespace) -> int:
    from desktop.core import fit, hardware
    from desktop.core.engine_build import engine_build, gpu_advice

    machine = hardware.detect()
    report: dict[str, object] = {"hearth": __version__}
    with EngineClient() as client:
        ready = client.ready
        assert ready is not None
    report["machine"] = {
        "cpu": machine.cpu,
        "cores": machine.cores,
        "threads": machine.threads,
        "ram_total": machine.ram_total,
        "ram_available": machine.ram_available,
        "gpus": [dataclasses.asdict(g) for g in machine.gpus],
        "probes": [dataclasses.asdict(p) for p in machine.probes],
    }
    report["engine"] = {
        "llama_cpp_python": ready.llama_cpp_version,
        "gpu_offload": ready.gpu_offload,
        "backends": list(ready.backends),
        "devices": [dataclasses.asdict(d) for d in ready.devices],
        "system_info": ready.system_info,
    }
    build = engine_build(
        ready.llama_cpp_version,
        ready.gpu_offload,
        ready.backends,
        ready.devices,
        ready.system_info,
    )
    sentence, command = gpu_advice(machine, build)
    advice = f"{sentence}\n  {command}" if command else sentence
    report["advice"] = advice or None
    code = EXIT_OK
    if args.file:
        try:
            info = check_gguf(_model_path(args.file))
            gpus = [
                fit.Device(d.name, "igpu" if d.kind == "igpu" else "gpu", d.total, d.free)
                for d in ready.devices
                if d.kind in ("gpu", "igpu") and d.total > 0
            ]
            found = projector_for(Path(info.path))  # a vision model loads with it: counted
            projector = str(found) if found is not None else ""
            plan = fit.plan_for_file(
                info, args.ctx, machine.ram_available, gpus, projector=projector
            )
            report["file"] = {
                "path": info.path,
                "verdict": "ok",
                "architecture": info.architecture,
                "name": info.name,
                "parameters": info.parameter_count,
                "quantization": info.quantization,
                "context_length": info.context_length,
                "layers": info.layers,
                "vocab_size": info.vocab_size,
                "chat_template": info.has_chat_template,
                "size_bytes": info.file_size,
                "projector": projector or None,  # counted in the fit
                "fit": dataclasses.asdict(plan),
            }
        except ModelFileError as e:
            report["file"] = {
                "path": args.file,
                "verdict": "refused",
                "reason": e.reason,
                "message": e.user_message,
            }
            code = EXIT_REFUSED
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print_doctor(report, machine, ready, advice)
    return code


def _print_doctor(
    report: dict[str, object], machine: hardware.Machine, ready: Ready, advice: str
) -> None:
    print(f"Hearth {report['hearth']} (llama-cpp-python {ready.llama_cpp_version})")
    print()
    print(f"CPU: {machine.cpu} ({machine.cores} cores, {machine.threads} threads)")
    print(
        f"RAM: {format_bytes(machine.ram_total)} ({format_bytes(machine.ram_available)} available)"
    )
    if machine.gpus:
        for g in machine.gpus:
            memory = format_bytes(g.total) if g.total else "memory unknown"
            free = f", {format_bytes(g.free)} free" if g.free is not None else ""
            shared = ", shared with the CPU" if g.unified else ""
            print(f"GPU: {g.name} ({memory}{free}{shared}; from {g.source})")
    else:
        print("GPU: none found")
    for probe in machine.probes:
        if not probe.ok:
            print(f"  {probe.name}: {probe.detail}")
    print()
    offload = "yes" if ready.gpu_offload else "no (CPU only)"
    print(f"Engine: backends {', '.join(ready.backends) or 'unknown'}; GPU offload: {offload}")
    for d in ready.devices:
        size = f", {format_bytes(d.total)}" if d.total else ""
        print(f"  device {d.name}: {d.description} ({d.kind}{size})")
    print(f"llama.cpp: {ready.system_info}")
    if advice:
        print()
        print(advice)
    file = report.get("file")
    if isinstance(file, dict):
        print()
        if file["verdict"] == "ok":
            print(f"{file['path']}: accepted")
            for key in (
                "architecture",
                "name",
                "parameters",
                "quantization",
                "context_length",
                "layers",
                "vocab_size",
                "chat_template",
                "size_bytes",
            ):
                print(f"  {key.replace('_', ' ')}: {file[key]}")
            plan = file["fit"]
            print(f"  fit: {plan['note']}")
            print(
                f"  GPU layers: {plan['n_gpu_layers']} of {plan['n_layers']}; largest "
                f"context that fits: {plan['max_context']:,} tokens"
            )
            # What a quantized KV cache buys (--cache-type-k / --cache-type-v).
            by_type = ", ".join(f"{t} {n:,}" for t, n in plan["kv_contexts"])
            print(f"  largest context per KV cache type: {by_type} tokens")
        else:
            print(f"{file['path']}: refused ({file['reason']})")
            print(f"  {file['message']}")


def _models(args: argparse.Namespace) -> int:
    command = args.models_command
    if command in ("list", "verify", "rm", "import"):
        return _library_command(args)
    hub = _hub_client()
    if command == "search":
        for repo in hub.search(args.query, sort=args.sort, limit=args.limit):
            gated = "  (gated)" if repo.gated else ""
            print(f"{repo.repo_id}\t{repo.downloads:,} downloads\t{repo.likes:,} likes{gated}")
        return EXIT_OK
    if command == "download":
        return _download(hub, args)
    details = hub.repo_details(args.repo)
    print(f"{details.repo_id}  licence: {details.license}{'  gated' if details.gated else ''}")
    for choice in details.choices:
        parts = f"  ({len(choice.files)} parts)" if choice.is_split else ""
        print(f"{choice.quantization:<8}\t{format_bytes(choice.size)}\t{choice.name}{parts}")
    return EXIT_OK


def _hub_client() -> HubClient:
    from desktop.core.hub import HubClient
    from desktop.core.secrets import TokenStore
    from desktop.core.settings import load_settings

    # The endpoint comes from HF_ENDPOINT like every huggingface_hub tool; the token only
    # from Hearth's keychain entry (never the shell's HF_TOKEN).
    return HubClient(
        endpoint=os.environ.get("HF_ENDPOINT") or None,
        token=TokenStore().get(),
        offline=load_settings().offline,
    )


def _library() -> Library:
    from desktop.core.models.library import Library

    return Library(
        paths.library_file(),
        paths.hf_cache_dir(),
        paths.starter_model_path(),
        paths.starter_model_sha256(),
        paths.STARTER_LABEL,
    )


def _download(hub: HubClient, args: argparse.Namespace) -> int:
    from desktop.core.models.names import is_gguf, model_name, split_of
    from desktop.core.models.transfer import download_file

    names = [args.file]
    split = split_of(args.file)
    if not is_gguf(args.file) or (split is not None and split.part == 1):
        # A split model's name (or its first part): download every part.
        details = hub.repo_details(args.repo)
        wanted = (args.file, model_name(args.file))
        choice = next((c for c in details.choices if c.name in wanted), None)
        if choice is None:
            raise HearthError(
                f"{args.repo} has no model named {args.file}: "
                f"`hearth models files {args.repo}` lists them."
            )
        names = [f.path for f in choice.downloads]  # a vision model's projector too
    elif not is_projector(args.file):
        names.append("")  # the repo's projector, looked up once the model has arrived

    def projector() -> str | None:
        # A vision model's projector comes with it: the repo's file list says which.
        found = pick_projector(
            (c.projector for c in hub.repo_details(args.repo).choices if c.projector),
            lambda f: f.path,
        )
        return found.path if found is not None else None

    library = _library()
    for name in (n or projector() for n in names):
        if name is None:
            continue
        result = download_file(
            hub,
            args.repo,
            name,
            cache_dir=paths.hf_cache_dir(),
            state_dir=paths.downloads_state_dir(),
            revision=args.revision,
            on_progress=_ProgressLine(name),
        )
        sys.stderr.write("\n")
        library.record_verified(result.path, result.sha256)
        print(f"{result.path}\tsha256 {result.sha256}\tverified")
    return EXIT_OK


class _ProgressLine:
    """Download progress on stderr, one line rewritten in place."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, p: Progress) -> None:
        percent = 100 * p.done / p.total if p.total else 0.0
        speed = f"{format_bytes(int(p.speed))}/s" if p.speed else ""
        eta = f"{p.eta:.0f} s left" if p.eta is not None else ""
        state = p.phase if p.phase != "downloading" else ""
        fields = [
            f"{percent:5.1f}%",
            f"{format_bytes(p.done)} of {format_bytes(p.total)}",
            speed,
            eta,
            state,
        ]
        line = f"{self.name}: " + "  ".join(f for f in fields if f)
        if p.note:
            line += f"  {p.note}"
        sys.stderr.write("\r" + line[:200].ljust(100))
        sys.stderr.flush()


def _library_command(args: argparse.Namespace) -> int:
    library = _library()
    command = args.models_command
    if command == "import":
        model = library.import_file(Path(args.path).expanduser())
        print(f"{model.name}\t{model.path}\tadded in place")
        return EXIT_OK
    models = library.models()
    if command == "list":
        if args.json:
            rows = [
                {k: str(v) if isinstance(v, Path) else v for k, v in asdict(m).items()}
                for m in models
            ]
            print(json.dumps(rows, indent=1))
            return EXIT_OK
        for m in models:
            state = m.error or m.verification
            print(
                f"{m.name}\t{m.file_name}\t{format_bytes(m.size)}\t{m.quantization}\t{m.source}\t"
                f"{state}\t{m.path}"
            )
        return EXIT_OK
    if command == "rm":
        model = _find_model(models, args.model)
        if model.downloaded:  # only Hearth's own downloads are deleted from disk
            library.delete(model.path)
            print(f"deleted {model.path}")
        else:
            library.forget(model.path)
            print(f"forgot {model.path} (the file stays where it is)")
        return EXIT_OK
    chosen = [_find_model(models, name) for name in args.model] if args.model else models
    failed = 0
    for model in chosen:
        result = library.verify(model.path)
        failed += result != "verified"
        print(f"{model.file_name}\t{result}\t{model.path}")
    return EXIT_OK if failed == 0 else EXIT_REFUSED


def _model_path(name: str) -> Path:
    """'starter', a path, or the file name of an installed model (`hearth models list`)."""
    path = resolve_model(name)
    if name == STARTER_NAME or os.sep in name or "/" in name or _exists(path):
        return path  # the pre-check turns a bad path into its sentence
    found = [m for m in _library().models() if name in (m.file_name, m.name)]
    return found[0].path if len(found) == 1 else path


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:  # a name too long for the file system, say
        return True


def _find_model(models: list[LibraryModel], name: str) -> LibraryModel:
    for m in models:
        if name in (m.file_name, m.name, str(m.path)) or Path(name).expanduser() == m.path:
            return m
    raise HearthError(f"No installed model is called {name}: `hearth models list` shows them.")


def _serve(args: argparse.Namespace) -> int:
    from desktop.api.serve import serve  # FastAPI and uvicorn only for this command

    args.model = args.model or STARTER_NAME
    api_key = sys.stdin.readline().strip() if args.api_key_stdin else None
    if args.api_key_stdin and not api_key:
        raise ValueError("--api-key-stdin read an empty line: give the key on stdin")
    return serve(
        _load_params(args), args.host, args.port, api_key, args.max_waiting, args.cors_origin
    )


def _bench_report(args: argparse.Namespace, summary: str, results: object) -> int:
    """Print a bench mode's summary and write its figures to --json when asked."""
    print(summary)
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return EXIT_OK


def _bench(args: argparse.Namespace) -> int:
    if args.ui and args.api:
        raise ValueError("choose --ui or --api, not both")
    if args.window and not args.api:
        raise ValueError("--window goes with --api")
    if args.docs:
        from desktop.bench import docs  # apsw, sqlite-vec, pypdfium2 and fpdf2

        results = docs.run(_load_params(args) if args.model else None)
        return _bench_report(args, docs.format_summary(results), results)
    if args.speculative_bench:
        from desktop.bench import speculative

        cases = [speculative.model_case(_load_params(args))] if args.model else None
        results = speculative.run(cases, runs=args.runs, n_generate=args.tokens)
        return _bench_report(args, speculative.format_summary(results), results)
    if args.resume:
        from desktop.bench import resume

        load = _load_params(args) if args.model else None
        results = resume.run(load, tokens=args.resume, runs=args.runs)
        return _bench_report(args, resume.format_summary(results), results)
    if args.tools:
        from desktop.bench import tools  # the MCP SDK and the reference server

        results = tools.run(_load_params(args) if args.model else None, trips=args.runs * 5)
        return _bench_report(args, tools.format_summary(results), results)
    if args.api and args.window:
        from desktop.bench import api_window  # the real window and its server, offscreen

        results = api_window.run(window_tokens=args.tokens)
        return _bench_report(args, api_window.format_summary(results), results)
    if args.api:
        from desktop.bench import api  # FastAPI, uvicorn and httpx only for this mode

        args.model = args.model or STARTER_NAME
        results = api.run(_load_params(args), args.runs, args.tokens, args.clients)
        return _bench_report(args, api.format_summary(results), results)
    if args.ui:
        from desktop.bench import window

        results = window.run(runs=args.runs)
        return _bench_report(args, window.format_table(results), results)
    if not args.model:
        raise ValueError("--model is required (or --ui, or --api for the starter)")
    from desktop.bench import compare

    load = _load_params(args)
    results = compare.run(load, runs=args.runs, n_generate=args.tokens)
    return _bench_report(args, compare.format_table(results), results)

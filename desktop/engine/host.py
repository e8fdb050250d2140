"""Engine process main: owns one llama_cpp.Llama and serves the app's requests.

Generation runs its own loop on llama.cpp's C API (llama_decode, the native sampler chain,
llama_token_to_piece), not Llama.create_completion: that loop copies the logits into NumPy
on every token, which costs 6-12% of decode speed on a small model. Per token, Python here
does a handful of ctypes calls and one pipe write. Stop is a shared byte the app sets: read
between tokens, and through llama.cpp's abort callback during prompt processing only (a
Python callback on every graph node would slow generation).

The module is longer than most: loading, the context policy, prefill and the token loop all
work on one loaded model's native state (_Loaded), which splitting would spread over modules.
"""

from __future__ import annotations

import codecs
import ctypes
import hashlib
import logging
import os
import re
import secrets
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from multiprocessing.sharedctypes import Synchronized
from typing import Any

import llama_cpp
import llama_cpp.llama_chat_format as llama_chat_format

from desktop.core import fit, paths
from desktop.core.context import trim_to_context
from desktop.core.errors import ContextOverflow, ModelFileError, TemplateError
from desktop.core.fields import LOGICAL_CPUS
from desktop.core.gguf_check import check_gguf
from desktop.core.sentence import Sentence
from desktop.core.translatable import QT_TRANSLATE_NOOP
from desktop.core.types import (
    EngineDevice,
    GenerationStats,
    LoadParams,
    Message,
    ModelInfo,
    SamplingParams,
    StopReason,
)
from desktop.engine import memory, speculative
from desktop.engine import protocol as p
from desktop.engine.chat_plan import ChatPlan, plan_chat
from desktop.engine.child import Heartbeat, SharedConnection
from desktop.engine.conversation_cache import ConversationCache, shared_prefix
from desktop.engine.devices import engine_devices, load_dynamic_backends
from desktop.engine.draft_model import DraftModel, open_draft
from desktop.engine.embedder import TooLong, embed_texts, load_args
from desktop.engine.formats import ChatFormat, detect
from desktop.engine.formats.detection import TOOL_CALL_CLOSE, TOOL_CALL_OPEN
from desktop.engine.grammar import GrammarError, GrammarGuard, Grammars
from desktop.engine.images import VISION, ImageError, has_images, no_vision, with_markers
from desktop.engine.template import (
    TRANSCRIPT_FORMAT,
    TRANSCRIPT_STOPS,
    ChatTemplate,
    render_transcript,
)
from desktop.engine.vision import MediaPrompt, Projector, ProjectorError

_LOG_LINES = 5000
LOAD_FAILED = QT_TRANSLATE_NOOP(
    "core",
    "The model could not be loaded: {reason}. The file may be damaged, or made for a newer "
    "engine than this Hearth has.",
)
SEND_INTERVAL_S = 0.015
_NULL_ABORT = llama_cpp.ggml_abort_callback()


def physical_cores() -> int:
    """Threads for generation: one per physical core (hyperthreads slow llama.cpp down)."""
    import psutil

    return psutil.cpu_count(logical=False) or os.cpu_count() or 1


class _LlamaLog:
    """Keeps llama.cpp's recent log lines (for error sentences and load measurements)."""

    def __init__(self) -> None:
        self.lines: deque[str] = deque(maxlen=_LOG_LINES)
        self._partial = ""
        self._callback = llama_cpp.llama_log_callback(self._on_log)
        llama_cpp.llama_log_set(self._callback, ctypes.c_void_p(0))

    def _on_log(self, level: int, text: bytes, _data: ctypes.c_void_p) -> None:
        self._partial += text.decode("utf-8", errors="replace")
        while "\n" in self._partial:
            line, self._partial = self._partial.split("\n", 1)
            self.lines.append(line)

    def load_error(self) -> str | None:
        """The most specific reason llama.cpp logged for a failed load, tidied for people."""
        lines = [ln.strip() for ln in self.lines]
        for marker in ("error loading model:", "error:", "failed"):
            found = [ln for ln in lines if marker in ln.lower()]
            if found:
                reason = found[0].split(marker, 1)[-1] if marker != "failed" else found[0]
                return " ".join(reason.replace("check_tensor_dims:", "").split())
        return None


class _SkippedFormatter:
    """Stands in for llama-cpp-python's Jinja2ChatFormatter while Llama() is built."""

    def __init__(self, **_kwargs: Any) -> None:
        pass

    def to_chat_handler(self) -> None:
        return None


@contextmanager
def _library_templates_skipped() -> Iterator[None]:
    """Keep Llama() from compiling the GGUF's templates itself.

    Llama.__init__ compiles every chat template in the file with no limits (a template can
    make that take minutes or gigabytes: `{{ 99999 ** 3000000 }}`). Hearth never uses those
    handlers: template.py compiles and renders the template within limits.
    """
    original = llama_chat_format.Jinja2ChatFormatter
    llama_chat_format.Jinja2ChatFormatter = _SkippedFormatter  # type: ignore[misc,assignment]
    try:
        yield
    finally:
        llama_chat_format.Jinja2ChatFormatter = original  # type: ignore[misc]


def _amx_built_in() -> bool:
    """Whether this llama.cpp build carries ggml's AMX kernels (its system info says so)."""
    info = llama_cpp.llama_print_system_info().decode("utf-8", "replace")
    return "AMX_INT8 = 1" in info


@contextmanager
def amx_weights_off() -> Iterator[None]:
    """Keep the weights out of ggml's AMX buffer type (llama.cpp's "extra buffer types"),
    in builds that have one (the engine and the benchmark's own Llama() both use this).

    ggml's AMX matmul, as compiled by GCC 12 (Debian 12's compiler, which builds our engine
    and bundles), faults on its first batch: the compiler drops the stores that fill the
    tile configuration before `ldtilecfg` (ggml-cpu/amx/mmq.cpp, ggml_tile_config_init), so
    `ldtilecfg` reads garbage and the CPU raises #GP. Seen on a Xeon with AMX: every prompt
    of two tokens or more crashed the engine. Llama() exposes no switch for it, so its
    default model parameters are patched while it is built. Only builds with AMX are
    affected; the weights then use the ordinary AVX-512 paths.
    """
    if not _amx_built_in():
        yield
        return
    original = llama_cpp.llama_cpp.llama_model_default_params

    def without_extra_buffers() -> Any:
        params = original()
        params.use_extra_bufts = False
        return params

    llama_cpp.llama_cpp.llama_model_default_params = without_extra_buffers
    try:
        yield
    finally:
        llama_cpp.llama_cpp.llama_model_default_params = original


# LoadParams.type_k / type_v (fields.LOAD_CHOICES) as ggml's type ids.
_GGML_TYPES = {
    "f16": llama_cpp.GGML_TYPE_F16,
    "q8_0": llama_cpp.GGML_TYPE_Q8_0,
    "q4_0": llama_cpp.GGML_TYPE_Q4_0,
}


class _Loaded:
    """The model and what the generation loop needs from it, resolved once per load."""

    def __init__(self, params: LoadParams) -> None:
        started = time.perf_counter()
        self.n_threads = min(params.n_threads or physical_cores(), LOGICAL_CPUS)
        sizes = load_args(params.path, params.n_ctx, params.n_batch)  # an embedder's too
        self.can_embed = bool(sizes.get("embedding"))
        with _library_templates_skipped(), amx_weights_off():
            self.llm = llama_cpp.Llama(
                model_path=params.path,
                **sizes,
                n_threads=self.n_threads,
                n_threads_batch=self.n_threads,
                n_gpu_layers=params.n_gpu_layers or 0,  # resolved by the fit before here
                seed=params.seed if params.seed is not None else llama_cpp.LLAMA_DEFAULT_SEED,
                flash_attn=params.flash_attn,
                use_mmap=params.use_mmap,
                type_k=_GGML_TYPES.get(params.type_k, llama_cpp.GGML_TYPE_F16),
                type_v=_GGML_TYPES.get(params.type_v, llama_cpp.GGML_TYPE_F16),
                verbose=False,
            )
        self.projector: Projector | None = None
        if params.mmproj:  # freed with the model (Llama.close runs its stack, newest first)
            try:
                self.projector = Projector(
                    params.mmproj,
                    self.llm._model.model,
                    self.n_threads,
                    params.flash_attn,
                    bool(params.n_gpu_layers),
                )
            except ProjectorError:
                self.llm.close()
                raise
            self.llm._stack.callback(self.projector.close)
        self.params = params
        self.ctx = self.llm._ctx.ctx
        self.vocab = self.llm._model.vocab
        self.n_ctx = llama_cpp.llama_n_ctx(self.ctx)
        self.n_batch = llama_cpp.llama_n_batch(self.ctx)
        self.n_vocab = llama_cpp.llama_vocab_n_tokens(self.vocab)
        self.memory = llama_cpp.llama_get_memory(self.ctx)
        self.cached: list[int] = []  # the tokens whose keys and values the context holds
        self.eog_ids = [
            t for t in range(self.n_vocab) if llama_cpp.llama_vocab_is_eog(self.vocab, t)
        ]
        self.add_bos = bool(llama_cpp.llama_vocab_get_add_bos(self.vocab))
        self.bos_text = self._token_text(llama_cpp.llama_vocab_bos(self.vocab))
        eos_text = self._token_text(llama_cpp.llama_vocab_eos(self.vocab))
        source = self.llm.metadata.get("tokenizer.chat_template", "").strip()
        self.template: ChatTemplate | None = None
        self.template_sha256: str | None = None
        if source:
            self.template = ChatTemplate(source, self.bos_text, eos_text)
            self.template_sha256 = hashlib.sha256(source.encode("utf-8")).hexdigest()
        self.chat_format = "the model's own chat template" if self.template else TRANSCRIPT_FORMAT
        # The reply format's markers are rendered as text even when they are control tokens
        # (Llama <|python_tag|>, Mistral [TOOL_CALLS]), so the reply parser can split on them.
        self.reply_format: ChatFormat | None = None
        self.marker_ids: frozenset[int] = frozenset()
        if self.template is not None:
            self.reply_format = detect(source, self.template.generation_prompt())
            self.marker_ids = marker_token_ids(self.llm.tokenize, self.reply_format.markers)
        self._generation_prompts: dict[bool | None, str] = {}
        # A draft that cannot be used leaves a note in the info, never a failed load; with
        # speculative decoding off it would only take memory.
        self.draft_model: DraftModel | None = None
        self.draft_problem = ""
        if params.draft_model and params.speculative != "off":
            self.draft_model, self.draft_problem = open_draft(
                params.draft_model,
                self.vocab,
                params.path,
                n_ctx=self.n_ctx,
                n_batch=self.n_batch,
                n_threads=self.n_threads,
                # On the GPU only beside a main model that is all there (a partial offload
                # means the GPU is full already).
                n_gpu_layers=-1 if params.n_gpu_layers == -1 else 0,
                flash_attn=params.flash_attn,
                extra_buffers=not _amx_built_in(),
            )
            if self.draft_model is not None:
                self.llm._stack.callback(self.draft_model.close)
        self.load_s = time.perf_counter() - started  # everything a load costs, scans included

    def _token_text(self, token: int) -> str:
        if token < 0:
            return ""
        text = llama_cpp.llama_vocab_get_text(self.vocab, token)
        return text.decode("utf-8", errors="replace") if text else ""

    def info(self) -> ModelInfo:
        model = self.llm._model.model
        return ModelInfo(
            path=self.params.path,
            n_ctx=self.n_ctx,
            n_ctx_train=llama_cpp.llama_model_n_ctx_train(model),
            n_vocab=self.n_vocab,
            n_layers=llama_cpp.llama_model_n_layer(model),
            n_gpu_layers=self.params.n_gpu_layers or 0,
            n_threads=self.n_threads,
            chat_format=self.chat_format,
            chat_template_sha256=self.template_sha256,
            load_s=self.load_s,
            flash_attn=self.params.flash_attn,
            can_embed=self.can_embed,
            type_k=self.params.type_k,
            type_v=self.params.type_v,
            extra=self._format_extra() | self._draft_extra(),
        )

    def _draft_extra(self) -> dict[str, str]:
        if self.draft_model is not None:
            return {"draft_model": self.draft_model.name}
        return {"draft_model_problem": self.draft_problem} if self.draft_problem else {}

    def _format_extra(self) -> dict[str, str]:
        """What the app shows of the reply format: its name, and which switches it reads."""
        extra = {VISION: "1"} if self.projector is not None and self.projector.vision else {}
        if self.reply_format is None or self.template is None:
            return extra
        extra |= {"reply_format": self.reply_format.name, "tool_format": self.reply_format.tools}
        if self.template.reads_enable_thinking:
            extra["thinking_switch"] = "1"
        if self.reply_format.reasoning == "harmony":
            extra["reasoning_effort"] = "1"
        return extra

    def generation_prompt(self, enable_thinking: bool | None) -> str:
        """What the template adds for the reply (cached per thinking switch)."""
        if self.template is None:
            return ""
        if enable_thinking not in self._generation_prompts:
            self._generation_prompts[enable_thinking] = self.template.generation_prompt(
                enable_thinking
            )
        return self._generation_prompts[enable_thinking]

    def plan(self, request: p.Chat) -> ChatPlan:
        """How this request is rendered, constrained and parsed."""
        return plan_chat(
            request.messages,
            self.reply_format,
            request.tools,
            request.tool_choice,
            request.thinking,
            self.template is not None and self.template.reads_enable_thinking,
            self.generation_prompt,
        )

    def format_chat(
        self,
        messages: Sequence[Message],
        continue_reply: bool = False,
        plan: ChatPlan | None = None,
    ) -> tuple[str, tuple[str, ...]]:
        """The prompt text and the format's own stop strings. continue_reply: the last
        message is a reply cut short: the prompt is the turns before it up to the generation
        prompt, then its text with no end of turn, so the model writes on in the same reply.
        plan: the request's tools and thinking variables for the template."""
        if continue_reply and messages and messages[-1].role == "assistant":
            prompt, stops = self.format_chat(messages[:-1], plan=plan)
            partial = messages[-1].content
            # The transcript writes "Assistant: text": its prompt ends at the colon.
            gap = " " if self.template is None and partial else ""
            return prompt + gap + partial, stops
        if self.template is None:
            return render_transcript(messages), TRANSCRIPT_STOPS
        variables: dict[str, Any] = dict(plan.render) if plan is not None else {}
        if plan is not None and plan.tools:
            variables["tools"] = list(plan.tools)
        try:
            return self.template.render(messages, **variables), ()
        except TemplateError:
            # Some templates reject a system role (Gemma 2, Mistral): fold it into the first
            # user turn, as their model cards advise, and try once more.
            if not messages or messages[0].role != "system":
                raise
            system, rest = messages[0].content, list(messages[1:])
            for i, m in enumerate(rest):
                if m.role == "user":
                    rest[i] = Message("user", f"{system}\n\n{m.content}")
                    break
            return self.template.render(rest, **variables), ()

    def tokenize(self, text: str, first: bool = True) -> list[int]:
        """first False: a piece of text after the prompt's start (no BOS)."""
        add_bos = first and self.add_bos_to(text)
        return self.llm.tokenize(utf8(text), add_bos=add_bos, special=True)

    def add_bos_to(self, prompt: str) -> bool:
        return self.add_bos and not (self.bos_text and prompt.startswith(self.bos_text))


def marker_token_ids(tokenize: Callable[..., list[int]], markers: Sequence[str]) -> frozenset[int]:
    """The ids of the markers that are one token each when special tokens are parsed; a marker
    the vocabulary spells in several ordinary tokens already renders as text."""
    ids: set[int] = set()
    for marker in markers:
        tokens = tokenize(utf8(marker), add_bos=False, special=True)
        if len(tokens) == 1:
            ids.add(tokens[0])
    return frozenset(ids)


_SURROGATE = re.compile("[\ud800-\udfff]")


def utf8(text: str) -> bytes:
    """text as UTF-8, a lone surrogate (undecodable bytes from argv or a pipe, escaped by
    Python) as U+FFFD: UTF-8 has no encoding for one, and the request must not fail on it."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


class _Sampler:
    """llama.cpp's native sampler chain, built per request."""

    def __init__(
        self,
        m: _Loaded,
        s: SamplingParams,
        seed: int,
        history: Sequence[int],
        grammar: bytes | None = None,
    ) -> None:
        self.vocab, self.n_vocab = m.vocab, m.n_vocab
        params = llama_cpp.llama_sampler_chain_default_params()
        params.no_perf = True
        self.chain = llama_cpp.llama_sampler_chain_init(params)
        add = llama_cpp.llama_sampler_chain_add
        # Clamped to what this model and context can use: a window past the context would
        # only cost memory (llama.cpp allocates it), a top-k past the vocabulary nothing.
        window = m.n_ctx if s.repeat_last_n == -1 else min(s.repeat_last_n, m.n_ctx)
        top_k = min(s.top_k, m.n_vocab)
        # OpenAI's presence and frequency penalties are llama.cpp's, over the same window.
        penalize = window > 0 and (
            s.repeat_penalty != 1.0 or s.presence_penalty != 0.0 or s.frequency_penalty != 0.0
        )
        self.penalties: Any = None

        def add_penalties() -> None:
            if penalize:
                self.penalties = llama_cpp.llama_sampler_init_penalties(
                    m.n_vocab, window, s.repeat_penalty, s.frequency_penalty, s.presence_penalty
                )
                add(self.chain, self.penalties)

        # Not a stage of the chain: engine.grammar checks each sampled token (why there).
        self.guard = GrammarGuard(m.vocab, grammar, m.n_vocab) if grammar is not None else None
        if s.temperature <= 0.0:
            add_penalties()
            add(self.chain, llama_cpp.llama_sampler_init_greedy())
        else:
            # Top-k before the penalties, as llama.h advises: otherwise the penalty stage
            # walks the whole vocabulary on every token.
            if top_k > 0:
                add(self.chain, llama_cpp.llama_sampler_init_top_k(top_k))
            add_penalties()
            if s.top_p is not None and s.top_p < 1.0:
                add(self.chain, llama_cpp.llama_sampler_init_top_p(s.top_p, 1))
            if s.min_p > 0.0:
                add(self.chain, llama_cpp.llama_sampler_init_min_p(s.min_p, 1))
            add(self.chain, llama_cpp.llama_sampler_init_temp(s.temperature))
            add(self.chain, llama_cpp.llama_sampler_init_dist(seed))
        # The repeat penalty looks back over the prompt too, as llama.cpp's own CLI does, but
        # not at the template's control tokens: penalising the <|im_end|> that closes every
        # prompt turn makes replies run on past their natural end. Only the penalty stage
        # sees the prompt (the others keep no history; a grammar would refuse it).
        if self.penalties is not None:
            for token in history[-window:]:
                if not llama_cpp.llama_vocab_is_control(m.vocab, token):
                    llama_cpp.llama_sampler_accept(self.penalties, token)

    def start_grammar(self, grammar: bytes) -> GrammarGuard:
        """Constrain the rest of the reply to grammar (a lazy grammar's trigger was seen)."""
        self.guard = GrammarGuard(self.vocab, grammar, self.n_vocab)
        return self.guard

    def free(self) -> None:
        llama_cpp.llama_sampler_free(self.chain)
        if self.guard is not None:
            self.guard.free()


class _StopStrings:
    """Holds back text that might be the start of a stop string."""

    def __init__(self, stops: Sequence[str]) -> None:
        self.stops = [s for s in stops if s]
        self.pending = ""

    def feed(self, text: str) -> tuple[str, bool]:
        """Return the text safe to show and whether a stop string was reached."""
        if not self.stops:
            return text, False
        self.pending += text
        hits = [i for i in (self.pending.find(s) for s in self.stops) if i >= 0]
        if hits:
            out = self.pending[: min(hits)]
            self.pending = ""
            return out, True
        keep = 0
        for s in self.stops:
            for n in range(min(len(s) - 1, len(self.pending)), 0, -1):
                if self.pending.endswith(s[:n]):
                    keep = max(keep, n)
                    break
        out, self.pending = (
            self.pending[: len(self.pending) - keep],
            self.pending[len(self.pending) - keep :],
        )
        return out, False

    def flush(self) -> str:
        out, self.pending = self.pending, ""
        return out


class EngineHost:
    """Serves requests from one connection until Shutdown or the app goes away."""

    def __init__(
        self, conn: SharedConnection, stop_flag: Synchronized[int], heartbeat: Heartbeat
    ) -> None:
        self.conn = conn
        self.stop_flag = stop_flag
        self.heartbeat = heartbeat
        self.log = _LlamaLog()
        self.model: _Loaded | None = None
        self.devices: tuple[EngineDevice, ...] = ()
        self.backends: tuple[str, ...] = ()
        self.shape: fit.Shape | None = None
        self.free = (0, 0)  # RAM and GPU memory free when the last load was planned
        self._abort_cb = llama_cpp.ggml_abort_callback(self._should_abort)
        self._piece = ctypes.create_string_buffer(256)
        self._one = (llama_cpp.llama_token * 1)()
        self.grammars = Grammars()  # output formats compiled once, across loads
        self.kv = ConversationCache(paths.kv_cache_dir())  # saved conversation states

    def _should_abort(self, _data: ctypes.c_void_p) -> bool:
        return bool(self.stop_flag.value)

    def serve(self) -> None:
        # A portable (GGML_BACKEND_DL) build has no backend until its plug-ins are loaded.
        load_dynamic_backends()
        llama_cpp.llama_backend_init()
        self.devices, self.backends = engine_devices()
        self.conn.send(
            p.Ready(
                pid=os.getpid(),
                system_info=llama_cpp.llama_print_system_info().decode("utf-8", "replace").strip(),
                gpu_offload=bool(llama_cpp.llama_supports_gpu_offload()),
                llama_cpp_version=llama_cpp.__version__,
                devices=self.devices,
                backends=self.backends,
            )
        )
        while True:
            self.heartbeat.busy = False  # idle: the app is not waiting, the pipe must not fill
            try:
                request = self.conn.recv()
            except (EOFError, OSError):
                return  # the app is gone
            if isinstance(request, p.Shutdown):
                return
            self.heartbeat.busy = True
            try:
                self._handle(request)
            except (BrokenPipeError, EOFError):
                return
            except Exception as e:
                rid = getattr(request, "request_id", None)
                self.conn.send(
                    p.Failed(rid, "engine", f"The engine failed: {e}", traceback.format_exc())
                )

    def _handle(self, request: p.Request) -> None:
        if isinstance(request, p.Load):
            self._load(request.params)
        elif isinstance(request, p.Unload):
            self._unload()
            self.conn.send(p.Unloaded())
        elif isinstance(request, p.KvBudget):
            self.kv.set_budget(request.budget_bytes)
        elif isinstance(request, p.Embed):
            self._embed(request)
        elif isinstance(request, p.Chat | p.Complete | p.CountTokens):
            if self.model is None:
                self.conn.send(p.Failed(request.request_id, "engine", "No model is loaded."))
                return
            if self.model.can_embed and not isinstance(request, p.CountTokens):
                # An embedding context has no causal attention and no sampling to run.
                name = os.path.basename(self.model.params.path)
                sentence = f"{name} is an embedding model: it cannot chat."
                self.conn.send(p.Failed(request.request_id, "cannot_chat", sentence))
                return
            self._run(self.model, request)

    def _embed(self, request: p.Embed) -> None:
        m, rid = self.model, request.request_id
        if m is None or not m.can_embed:
            what = "No model is loaded" if m is None else "The loaded model is not an embedder"
            self.conn.send(p.Failed(rid, "engine", f"{what}: it cannot embed texts."))
            return
        try:
            vectors, n_tokens = embed_texts(m.llm, request.texts, m.n_ctx)
        except TooLong as e:
            self.conn.send(p.Failed(rid, "context_overflow", str(e), "", e.n_tokens, e.n_ctx))
            return
        self.conn.send(p.Embedded(rid, tuple(map(tuple, vectors)), n_tokens))

    def _unload(self) -> None:
        self.kv.detach()
        if self.model is not None:
            self.model.llm.close()
            self.model = None

    def _load(self, params: LoadParams) -> None:
        self._unload()
        self.log.lines.clear()
        params = params.clamped()  # the app checked; the engine does not rely on it
        if params.type_v != "f16" and not params.flash_attn:
            # llama.cpp refuses a quantized V cache without flash attention ("quantized V
            # cache requires flash_attn to be enabled"): asking for one asks for both.
            params = replace(params, flash_attn=True)
        plan: fit.Plan | None = None
        try:
            params, plan = self._plan(params)
            if plan is not None and self.shape is not None:  # the header was read: fresh
                unfit = fit.kv_type_problem(self.shape, params.type_k, params.type_v)
                if unfit is not None:  # llama.cpp's own refusal names no reason
                    self.conn.send(p.Failed(None, "load", unfit))
                    return
            _test_faults(params)
            self.model = _Loaded(params)
            if self.model.draft_model is not None:  # its first decode of a long history
                self.model.draft_model.should_stop = lambda: bool(self.stop_flag.value)
        except ProjectorError as e:
            self.conn.send(p.Failed(None, "load", str(e), "\n".join(self.log.lines)))
            return
        except TemplateError as e:
            self.conn.send(p.Failed(None, "template", e.user_message, e.details))
            return
        except (ValueError, RuntimeError, OSError, MemoryError) as e:
            reason = self.log.load_error() or str(e) or type(e).__name__
            if memory.ran_out(self.log.lines, plan, e):
                sentence = memory.out_of_memory_sentence(params.n_ctx, plan, *self.free, reason)
            else:
                sentence = Sentence(LOAD_FAILED, reason=reason)
            self.conn.send(p.Failed(None, "load", sentence, "\n".join(self.log.lines)))
            return
        self.kv.attach(self.model)
        self.conn.send(p.Loaded(self._measured(self.model, plan)))

    def _plan(self, params: LoadParams) -> tuple[LoadParams, fit.Plan | None]:
        """Resolve "auto" GPU layers with the fit (free device memory right now) and keep
        the plan, so the load can be compared with its estimate."""
        try:
            info = check_gguf(params.path)
        except ModelFileError:
            return replace(params, n_gpu_layers=params.n_gpu_layers or 0), None
        gpus = [
            fit.Device(d.name, "igpu" if d.kind == "igpu" else "gpu", d.total, d.free)
            for d in self.devices
            if d.kind in ("gpu", "igpu") and d.total > 0
        ]
        self.free = (memory.available_ram(), sum(g.free for g in gpus))
        factor = fit.Calibration(paths.fit_calibration_file()).factor(info.architecture)
        plan = fit.plan_for_file(
            info,
            params.n_ctx,
            self.free[0],
            gpus,
            params.n_gpu_layers,
            params.flash_attn,
            factor,
            projector=params.mmproj,  # beside the model in the same memory
            type_k=params.type_k,
            type_v=params.type_v,
        )
        layers = plan.n_gpu_layers if params.n_gpu_layers is None else params.n_gpu_layers
        self.shape = fit.shape_of(info)
        return replace(params, n_gpu_layers=layers), plan

    def _measured(self, m: _Loaded, plan: fit.Plan | None) -> ModelInfo:
        """The loaded model's info, with what llama.cpp allocated and what was estimated."""
        info = m.info()
        if plan is None:
            return info
        allocation = fit.parse_allocation(self.log.lines)
        allocated = allocation.total
        kv_bytes = sum(size for _, kind, size in allocation.buffers if kind == "KV")
        assert self.shape is not None
        layers = m.params.n_gpu_layers or 0
        layers = layers if layers >= 0 else self.shape.n_layers + 1
        if not any(d.kind in ("gpu", "igpu") for d in self.devices):
            layers = 0  # a CPU-only build runs every layer on the CPU, whatever was asked
        kv = (m.params.type_k, m.params.type_v)
        raw = fit.estimate(self.shape, m.n_ctx, layers, m.params.flash_attn, 1.0, *kv)
        return replace(
            info,
            allocated_bytes=allocated,
            estimated_bytes=raw.buffers,
            fit_note=plan.note,
            kv_note=plan.kv_note,
            extra={
                **info.extra,
                "architecture": self.shape.architecture,
                "kv_bytes": str(kv_bytes),  # the KV cache llama.cpp allocated (its log)
            },
        )

    def _run(self, m: _Loaded, request: p.Chat | p.Complete | p.CountTokens) -> None:
        rid = request.request_id
        received = time.perf_counter()
        format_stops: tuple[str, ...]
        plan: ChatPlan | None = None
        images: list[str] = []  # in prompt order; their markers are in the messages' text
        if not isinstance(request, p.Complete) and has_images(request.messages):
            if m.projector is not None and m.projector.vision:
                marked, images = with_markers(request.messages, m.projector.marker)
                request = replace(request, messages=tuple(marked))
            elif isinstance(request, p.Chat):  # a count just leaves the images out
                name = os.path.basename(m.params.path)
                self.conn.send(p.Failed(rid, "no_vision", no_vision(name)))
                return
        try:
            # The plan compiles a tool grammar from the tools' schemas: it may be refused.
            plan = m.plan(request) if isinstance(request, p.Chat) else None
            if isinstance(request, p.Complete):
                prompt, format_stops, chat_format = request.prompt, (), "raw completion"
                tokens = m.tokenize(prompt)
            elif isinstance(request, p.Chat) and request.reply_room > 0:
                assert plan is not None
                tokens, format_stops, prompt = self._trimmed_prompt(m, request, plan, images)
                chat_format = m.chat_format
            else:
                resume = isinstance(request, p.Chat) and request.continue_reply
                messages = plan.messages if plan is not None else request.messages
                prompt, format_stops = m.format_chat(messages, resume, plan)
                chat_format = m.chat_format
                tokens = m.tokenize(prompt)
        except TemplateError as e:
            self.conn.send(p.Failed(rid, "template", e.user_message, e.details))
            return
        except GrammarError as e:
            self.conn.send(p.Failed(rid, "output_format", str(e), e.details))
            return
        except ImageError as e:  # measured for the context policy
            self.conn.send(p.Failed(rid, "image", e.user_message))
            return
        except ContextOverflow as e:
            self.conn.send(
                p.Failed(
                    rid,
                    "context_overflow",
                    e.user_message,
                    prompt_tokens=e.prompt_tokens,
                    n_ctx=e.n_ctx,
                )
            )
            return
        if isinstance(request, p.CountTokens):
            n_tokens = len(tokens)
            if images and m.projector is not None:
                count = m.projector.counter(images, lambda t, first: len(m.tokenize(t, first)))
                try:
                    n_tokens = count(prompt)
                except ImageError as e:
                    self.conn.send(p.Failed(rid, "image", e.user_message))
                    return
            self.conn.send(p.TokenCount(rid, n_tokens))
            return
        media: MediaPrompt | None = None
        if images:
            assert m.projector is not None
            try:
                media = m.projector.prompt(prompt, images, m.add_bos_to(prompt))
            except ImageError as e:
                self.conn.send(p.Failed(rid, "image", e.user_message))
                return
        try:
            self._run_tokens(m, request, tokens, media, plan, format_stops, chat_format, received)
        finally:
            if media is not None:
                media.free()

    def _run_tokens(
        self,
        m: _Loaded,
        request: p.Chat | p.Complete,
        tokens: list[int],
        media: MediaPrompt | None,
        plan: ChatPlan | None,
        format_stops: tuple[str, ...],
        chat_format: str,
        received: float,
    ) -> None:
        """Check the prompt's length, build its grammar, generate (media: a prompt with
        images, its length mtmd's count)."""
        rid = request.request_id
        n_prompt = len(tokens) if media is None else media.n_tokens
        if n_prompt >= m.n_ctx:
            self.conn.send(
                p.Failed(
                    rid,
                    "context_overflow",
                    f"This conversation is {n_prompt:,} tokens long, more than the "
                    f"model's context window of {m.n_ctx:,} tokens. Shorten it, start a new "
                    "chat, or load the model with a larger context.",
                    prompt_tokens=n_prompt,
                    n_ctx=m.n_ctx,
                )
            )
            return
        grammar: bytes | None = None
        lazy: bytes | None = None
        try:
            if isinstance(request, p.Chat) and request.output_format is not None:
                grammar = self.grammars.gbnf(m.vocab, request.output_format)
            elif plan is not None and plan.grammar is not None:
                grammar = self.grammars.source(m.vocab, plan.grammar)
            elif plan is not None and plan.lazy_grammar is not None:
                lazy = self.grammars.source(m.vocab, plan.lazy_grammar)
        except GrammarError as e:
            self.conn.send(p.Failed(rid, "output_format", str(e), e.details))
            return
        reply_format = plan.reply_format if plan is not None else None
        # A tool grammar allows one call and then only the end: the reply ends with the call,
        # without a decode and a grammar walk spent on sampling that end.
        shaped = isinstance(request, p.Chat) and request.output_format is not None
        ends_at_call = lazy is not None or (
            plan is not None and plan.grammar is not None and not shaped
        )
        self.conn.send(p.PromptStarted(rid, n_prompt, reply_format))
        sampling = request.sampling.clamped()  # the app checked; the engine does not rely on it
        # Writing on from a reply's text: its next piece may start with a space, and it may
        # end at once (the reply was all but done).
        resumed = (
            isinstance(request, p.Chat)
            and request.continue_reply
            and bool(request.messages)
            and request.messages[-1].role == "assistant"
            and bool(request.messages[-1].content.strip())
        )
        conversation = request.conversation if isinstance(request, p.Chat) else ""
        restored = self.kv.before_prefill(m, tokens, conversation) if media is None else 0
        stats = self._generate(
            m,
            rid,
            tokens,
            sampling,
            format_stops,
            chat_format,
            received,
            resumed,
            grammar,
            lazy,
            ends_at_call,
            media,
        )
        if isinstance(stats, GenerationStats) and restored:
            stats = replace(stats, restored_tokens=min(restored, stats.cached_tokens))
        self.conn.send(p.Done(rid, stats) if isinstance(stats, GenerationStats) else stats)
        if media is None:  # after the reply is sent: saving never delays it
            self.kv.after_reply(m, conversation, len(tokens))

    def _trimmed_prompt(
        self, m: _Loaded, request: p.Chat, plan: ChatPlan, images: Sequence[str] = ()
    ) -> tuple[list[int], tuple[str, ...], str]:
        """The prompt's tokens after the context policy, the format's stop strings and the
        prompt's text.
        Each probe of the policy is one render and one tokenization, here in the engine (no
        round trip to the app); sends Trimmed when messages were left out."""
        rendered: dict[int, tuple[list[int], tuple[str, ...], str]] = {}
        messages = plan.messages
        # A reply being continued is part of the last turn: the policy keeps it with the
        # message before it (it trims the turns before the reply, the reply always added).
        resume = request.continue_reply and bool(messages) and messages[-1].role == "assistant"
        tail = list(messages[-1:]) if resume else []
        # Images cost their embeddings, not their markers' text: counted as mtmd will.
        with_images: Callable[[str], int] | None = None
        if images and m.projector is not None:
            with_images = m.projector.counter(
                images, lambda text, first: len(m.tokenize(text, first))
            )

        def count(kept: Sequence[Message]) -> int:
            prompt, stops = m.format_chat([*kept, *tail], resume, plan)
            rendered[len(kept)] = (m.tokenize(prompt), stops, prompt)
            return with_images(prompt) if with_images else len(rendered[len(kept)][0])

        room = min(request.reply_room, m.n_ctx - 1)  # a prompt of one token must still fit
        body = messages[:-1] if resume else messages
        kept, dropped, n_tokens = trim_to_context(body, count, m.n_ctx, room)
        if dropped:
            self.conn.send(p.Trimmed(request.request_id, dropped, n_tokens, m.n_ctx))
        return rendered[len(kept)]

    def _prefill(self, m: _Loaded, tokens: list[int]) -> tuple[int, int]:
        """Decode the prompt in batches; return llama_decode's status (2 when stopped) and
        how many prompt tokens were already in the context.

        The context keeps what the last request left in it: only the part of the prompt
        after the shared prefix is decoded, so a chat's next turn costs its new tokens only.
        """
        keep = shared_prefix(m.cached, tokens, len(tokens) - 1)
        keep = self.kv.usable(m, keep)  # a restored sliding window cannot go back far
        if keep == 0 or not llama_cpp.llama_memory_seq_rm(m.memory, 0, keep, -1):
            llama_cpp.llama_memory_clear(m.memory, True)
            keep = 0
        m.cached = tokens[:keep]
        array = (llama_cpp.llama_token * len(tokens))(*tokens)
        base = ctypes.addressof(array)
        size = ctypes.sizeof(llama_cpp.llama_token)
        llama_cpp.llama_set_abort_callback(m.ctx, self._abort_cb, None)
        try:
            for start in range(keep, len(tokens), m.n_batch):
                if self.stop_flag.value:
                    return 2, keep
                n = min(m.n_batch, len(tokens) - start)
                ptr = ctypes.cast(base + start * size, llama_cpp.llama_token_p)
                status = int(llama_cpp.llama_decode(m.ctx, llama_cpp.llama_batch_get_one(ptr, n)))
                if status != 0:
                    m.cached = []  # a failed or aborted batch leaves the cache unknown
                    return status, keep
                m.cached.extend(tokens[start : start + n])
        finally:
            llama_cpp.llama_set_abort_callback(m.ctx, _NULL_ABORT, None)
        return 0, keep

    def _generate(
        self,
        m: _Loaded,
        rid: int,
        tokens: list[int],
        s: SamplingParams,
        format_stops: tuple[str, ...],
        chat_format: str,
        received: float,
        resumed: bool = False,
        grammar: bytes | None = None,
        lazy_grammar: bytes | None = None,
        ends_at_call: bool = False,
        media: MediaPrompt | None = None,
    ) -> GenerationStats | p.Failed:
        seed = s.seed if s.seed is not None else secrets.randbits(32)
        n_prompt = len(tokens) if media is None else media.n_tokens
        # Before the prompt: "auto" may time a few batches after the context's tokens.
        pace = speculative.pace(m, media is None and grammar is None and lazy_grammar is None)
        if media is None:
            status, reused = self._prefill(m, tokens)
        else:
            status, reused = self._prefill_media(m, media), 0
        prefill_done = time.perf_counter()

        def stats(
            reason: StopReason, n_gen: int, first: float | None, last: float
        ) -> GenerationStats:
            decode_s = last - first if first is not None and n_gen > 1 else 0.0
            prefill_s = (first if first is not None else prefill_done) - received
            return GenerationStats(
                prompt_tokens=n_prompt,
                cached_tokens=reused,
                generated_tokens=n_gen,
                ttft_ms=(first - received) * 1000 if first is not None else 0.0,
                tokens_per_s=(n_gen - 1) / decode_s if decode_s > 0 else 0.0,
                prompt_tokens_per_s=(n_prompt - reused) / prefill_s if prefill_s > 0 else 0.0,
                total_ms=(last - received) * 1000,
                stop_reason=reason,
                seed=seed,
                chat_format=chat_format,
            )

        if status == 2:
            return stats(StopReason.USER, 0, None, time.perf_counter())
        if status != 0:
            return p.Failed(
                rid,
                "engine",
                f"The engine could not process the prompt (llama_decode {status}).",
                "\n".join(self.log.lines),
            )
        history = tokens if media is None else media.text_tokens
        sampler = _Sampler(m, s, seed, history, grammar)
        spec = speculative.Speculation(m, pace) if pace is not None else None
        try:
            return self._loop(
                m,
                rid,
                sampler,
                n_prompt,
                s,
                format_stops,
                stats,
                resumed,
                lazy_grammar,
                ends_at_call,
                spec,
            )
        finally:
            sampler.free()
            if spec is not None:
                spec.finish(m)
            if media is not None:  # the positions after the first image hold no token ids
                m.cached = list(media.prefix)

    def _prefill_media(self, m: _Loaded, media: MediaPrompt) -> int:
        """Evaluate a prompt with images into an emptied context (no prefix reuse);
        llama_decode's status, 2 when stopped."""
        assert m.projector is not None
        llama_cpp.llama_memory_clear(m.memory, True)
        m.cached = []
        if self.stop_flag.value:
            return 2
        llama_cpp.llama_set_abort_callback(m.ctx, self._abort_cb, None)
        try:
            status = media.evaluate(m.projector, m.ctx, m.n_batch)
        finally:
            llama_cpp.llama_set_abort_callback(m.ctx, _NULL_ABORT, None)
        return 2 if status != 0 and self.stop_flag.value else status

    def _loop(
        self,
        m: _Loaded,
        rid: int,
        sampler: _Sampler,
        n_prompt: int,
        s: SamplingParams,
        format_stops: tuple[str, ...],
        stats: Callable[[StopReason, int, float | None, float], GenerationStats],
        resumed: bool = False,
        lazy_grammar: bytes | None = None,
        ends_at_call: bool = False,
        spec: speculative.Speculation | None = None,
    ) -> GenerationStats | p.Failed:
        # Locals for the per-token path: attribute lookups cost more than the work here.
        ctx, vocab, chain, guard = m.ctx, m.vocab, sampler.chain, sampler.guard
        marker_ids = m.marker_ids  # rendered with special=True; other control tokens stay hidden
        sample, is_eog, decode = (
            llama_cpp.llama_sampler_sample,
            llama_cpp.llama_vocab_is_eog,
            llama_cpp.llama_decode,
        )
        to_piece, batch_one = llama_cpp.llama_token_to_piece, llama_cpp.llama_batch_get_one
        piece, one, flag, send = self._piece, self._one, self.stop_flag, self.conn.send
        cached = m.cached
        utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        stops = _StopStrings((*s.stop, *format_stops))
        max_tokens = min(s.max_tokens, m.n_ctx - n_prompt)
        n_gen, first, started_text = 0, None, resumed
        tail = ""  # the last characters written, while a tool grammar waits for its markers
        call_done = False
        # Text is sent at most every SEND_INTERVAL_S (the first piece at once): a message per
        # token wakes the app process on every token, which takes a core from llama.cpp.
        outbox, sent_at = "", 0.0
        reason = StopReason.MAX_TOKENS
        at = -1  # the batch index of the next token's logits (a draft's, with spec)
        while n_gen < max_tokens:
            if flag.value:
                reason = StopReason.USER
                break
            token = sample(chain, ctx, at)
            if n_gen == 0 and not resumed and is_eog(vocab, token) and m.eog_ids:
                token = self._resample_without_eog(m, chain)
            if guard is not None:
                if not guard.allows(token):
                    # The penalty stage has seen the refused token too: a rare, small skew.
                    guard.mask(llama_cpp.llama_get_logits_ith(ctx, -1))
                    token = sample(chain, ctx, -1)
                if not is_eog(vocab, token):  # the grammar ends where it allowed the end
                    guard.accept(token)
            now = time.perf_counter()
            if first is None:
                first = now
            n_gen += 1
            if is_eog(vocab, token):
                reason = StopReason.END_OF_TURN
                break
            special = token in marker_ids
            n = to_piece(vocab, token, piece, 256, 0, special)
            if n < 0:
                buf = ctypes.create_string_buffer(-n)
                n = to_piece(vocab, token, buf, -n, 0, special)
                raw = buf.raw[:n]
            else:
                raw = piece.raw[:n]
            text = utf8.decode(raw)
            if not started_text:
                # A reply starts at its first visible character (SentencePiece leads with a space).
                text = text.lstrip()
                started_text = bool(text)
            if ends_at_call:
                tail = (tail + text)[-len(TOOL_CALL_CLOSE) - 8 :]
                if lazy_grammar is not None and TOOL_CALL_OPEN in tail:
                    # The call's grammar starts once the model has written the open tag.
                    guard = sampler.start_grammar(lazy_grammar)
                    lazy_grammar, tail = None, ""
                elif guard is not None and TOOL_CALL_CLOSE in tail:
                    call_done = True
            shown, hit = stops.feed(text)
            if shown:
                outbox += shown
                if now - sent_at >= SEND_INTERVAL_S:
                    send(p.Token(rid, outbox))
                    outbox, sent_at = "", now
            if hit:
                reason = StopReason.STOP_STRING
                break
            if call_done:
                reason = StopReason.END_OF_TURN
                break
            if n_gen >= max_tokens:
                break
            if spec is None:
                one[0] = token
                status = decode(ctx, batch_one(one, 1))
                if status == 0:
                    cached.append(token)
            else:  # with its draft, or already in the context as the last one's
                status, at = spec.feed(token, max_tokens - n_gen)
            if status != 0:
                m.cached = []
                if status == 1:
                    reason = StopReason.CONTEXT_FULL
                    break
                return p.Failed(
                    rid,
                    "engine",
                    f"The engine failed while generating (llama_decode {status}).",
                    "\n".join(self.log.lines),
                )
        if reason is not StopReason.STOP_STRING:
            outbox += stops.flush() + utf8.decode(b"", final=True)
        if outbox:
            send(p.Token(rid, outbox))
        last = time.perf_counter()
        if reason is StopReason.MAX_TOKENS and max_tokens < s.max_tokens:
            reason = StopReason.CONTEXT_FULL
        done = stats(reason, n_gen, first, last)
        return done if spec is None else spec.stats(done)

    def _resample_without_eog(self, m: _Loaded, chain: Any) -> int:
        """A reply never starts with end-of-turn: ban it for the first token and sample again."""
        logits = llama_cpp.llama_get_logits_ith(m.ctx, -1)
        for t in m.eog_ids:
            logits[t] = float("-inf")
        return int(llama_cpp.llama_sampler_sample(chain, m.ctx, -1))


def _test_faults(params: LoadParams) -> None:
    """Test-only hooks that stand in for native failures no test machine can cause for real."""
    if os.environ.get("HEARTH_FAULT_GPU_LOAD") and params.n_gpu_layers:
        # A GPU driver that kills the process mid-load (there is no GPU here to fail).
        os.abort()
    if os.environ.get("HEARTH_FAULT_GGML_ABORT"):
        # A failed GGML_ASSERT: ggml's own abort prints its message and a backtrace on stderr.
        from llama_cpp import _ggml

        _ggml.libggml.ggml_abort(b"hearth-test-fault", 1, b"GGML_ASSERT(test fault) failed")


def serve(conn: SharedConnection, stop_flag: Synchronized[int], heartbeat: Heartbeat) -> None:
    """Serve the app until it goes away (called by engine.child in the engine process)."""
    logging.basicConfig(level=logging.WARNING)
    host = EngineHost(conn, stop_flag, heartbeat)
    try:
        host.serve()
    finally:
        host.kv.close()  # the last states reach the disk (a few seconds at most)

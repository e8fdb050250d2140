"""Benchmark of the transcript under a full-speed stream: main-thread lateness per update."""

from __future__ import annotations

import random
import re
import time
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.models.chat_model import ChatModel, ChatRow
from desktop.ui.chat_view import ChatView

_VOCABULARY = """
the model reads your prompt and writes a reply one token at a time while the app keeps
every frame smooth because only the last block of the message is rendered again cache
layout width height paragraph list item code fence python function value return result
memory thread signal queue window scroll bottom follow user
"""
_WORDS = _VOCABULARY.split()

_CODE = {
    "python": [
        "def {name}(items: list[int]) -> int:",
        '    """Sum the even items."""',
        "    total = 0",
        "    for item in items:",
        "        if item % 2 == 0:",
        "            total += item  # keep evens",
        "    return total",
    ],
    "javascript": [
        "function {name}(items) {{",
        "  // keep the even ones",
        "  return items.filter((x) => x % 2 === 0).reduce((a, b) => a + b, 0);",
        "}}",
    ],
    "bash": [
        "for f in *.gguf; do",
        '  echo "checking $f"',
        '  sha256sum "$f" >> sums.txt',
        "done",
    ],
}

_TOKEN = re.compile(r"\s*\S{1,5}|\s+")


def realistic_markdown(rng: random.Random, min_chars: int) -> str:
    """Replies as models write them: paragraphs, lists, headings and code blocks."""
    parts: list[str] = []
    size = 0
    while size < min_chars:
        kind = rng.random()
        if kind < 0.45:
            sentences = [
                " ".join(rng.choice(_WORDS) for _ in range(rng.randint(6, 18))).capitalize() + "."
                for _ in range(rng.randint(2, 5))
            ]
            text = " ".join(sentences).replace(" app ", " **app** ").replace(" cache ", " `cache` ")
        elif kind < 0.7:
            ordered = rng.random() < 0.5
            items = [
                " ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 12)))
                for _ in range(rng.randint(2, 7))
            ]
            text = "\n".join(
                f"{n}. {item}" if ordered else f"- {item}" for n, item in enumerate(items, 1)
            )
        elif kind < 0.8:
            text = "## " + " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 5))).title()
        else:
            language = rng.choice(list(_CODE))
            lines = [
                line.format(name=f"f{rng.randint(0, 999)}")
                for _ in range(rng.randint(1, 3))
                for line in _CODE[language]
            ]
            text = f"```{language}\n" + "\n".join(lines) + "\n```"
        parts.append(text)
        size += len(text) + 2
    return "\n\n".join(parts)


def tokenize(text: str) -> list[str]:
    """Token-sized pieces (about four characters, like a BPE vocabulary)."""
    return _TOKEN.findall(text)


def conversation(messages: int, rng: random.Random) -> list[ChatRow]:
    rows = []
    for number in range(messages):
        if number % 2 == 0:
            text = realistic_markdown(rng, rng.randint(40, 300))
            rows.append(ChatRow(number + 1, "user", text))
        else:
            text = realistic_markdown(rng, rng.randint(400, 2500))
            stats = f"{len(tokenize(text))} tokens · 35.2 tok/s · first token 180 ms"
            rows.append(ChatRow(number + 1, "assistant", text, stats=stats))
    return rows


def _percentile(values: list[float], fraction: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


@dataclass
class _Run:
    """What one streaming phase measured (milliseconds)."""

    lateness: list[float] = field(default_factory=list)
    updates: list[float] = field(default_factory=list)
    seconds: float = 0.0


def _stream(
    model: ChatModel,
    view: ChatView,
    pieces: list[str],
    *,
    coalesce_ms: int,
    rate_tps: float | None,
    probe_ms: int,
    thought: bool = False,
) -> _Run:
    """Stream pieces into the last row (its thought, collapsed, when thought is set);
    return the probe's lateness and the update times."""
    run = _Run()
    row_id = model.chat_row(model.rowCount() - 1).message_id
    loop = QEventLoop()
    buffer: list[str] = []
    sent = 0
    started = time.perf_counter()
    probe_due = started + probe_ms / 1000

    def apply(piece: str) -> None:
        begun = time.perf_counter()
        if thought:
            model.append_reasoning(row_id, piece, int((begun - started) * 1000))
        else:
            model.append_streaming_text(piece)
        run.updates.append((time.perf_counter() - begun) * 1000)

    def produce() -> None:
        nonlocal sent
        # Unlimited: one token per event-loop turn. Else: every token due by now.
        due = sent + 1 if rate_tps is None else int((time.perf_counter() - started) * rate_tps) + 1
        batch = pieces[sent:due]
        sent += len(batch)
        if coalesce_ms:
            buffer.extend(batch)
        else:
            for piece in batch:
                apply(piece)
        if sent >= len(pieces):
            producer.stop()

    def flush() -> None:
        if buffer:
            text = "".join(buffer)
            buffer.clear()
            apply(text)

    def check_done() -> None:
        if sent >= len(pieces) and not buffer and not view.stream_work_pending():
            loop.quit()

    def probe() -> None:
        nonlocal probe_due
        now = time.perf_counter()
        run.lateness.append(max(0.0, (now - probe_due) * 1000))
        probe_due = now + probe_ms / 1000
        probe_timer.start(probe_ms)
        check_done()

    producer = QTimer()
    producer.setTimerType(Qt.TimerType.PreciseTimer)
    producer.setInterval(0 if rate_tps is None else 1)
    producer.timeout.connect(produce)
    coalescer = QTimer()
    coalescer.setTimerType(Qt.TimerType.PreciseTimer)
    coalescer.setInterval(max(1, coalesce_ms))
    coalescer.timeout.connect(flush)
    probe_timer = QTimer()
    probe_timer.setSingleShot(True)
    probe_timer.setTimerType(Qt.TimerType.PreciseTimer)
    probe_timer.timeout.connect(probe)
    probe_timer.start(probe_ms)
    producer.start()
    if coalesce_ms:
        coalescer.start()
    QTimer.singleShot(300_000, loop.quit)  # a safety net, never reached in practice
    loop.exec()
    run.seconds = time.perf_counter() - started
    for timer in (producer, coalescer, probe_timer):
        timer.stop()
    return run


def _summary(prefix: str, run: _Run, tokens: int) -> dict[str, Any]:
    tenth = max(1, len(run.updates) // 10)
    return {
        f"{prefix}tokens_per_s": round(tokens / run.seconds, 1) if run.seconds else 0.0,
        f"{prefix}updates": len(run.updates),
        f"{prefix}lateness_samples": len(run.lateness),
        f"{prefix}lateness_p50_ms": round(_percentile(run.lateness, 0.50), 2),
        f"{prefix}lateness_p95_ms": round(_percentile(run.lateness, 0.95), 2),
        f"{prefix}lateness_p99_ms": round(_percentile(run.lateness, 0.99), 2),
        f"{prefix}lateness_max_ms": round(max(run.lateness, default=0.0), 2),
        f"{prefix}update_p50_ms": round(_percentile(run.updates, 0.50), 3),
        f"{prefix}update_p99_ms": round(_percentile(run.updates, 0.99), 3),
        f"{prefix}update_max_ms": round(max(run.updates, default=0.0), 3),
        f"{prefix}update_first_tenth_p50_ms": round(_percentile(run.updates[:tenth], 0.5), 3),
        f"{prefix}update_last_tenth_p50_ms": round(_percentile(run.updates[-tenth:], 0.5), 3),
    }


def run_stream_bench(
    tokens: int = 2000,
    messages_above: int = 500,
    *,
    coalesce_ms: int = 33,
    rate_tps: float | None = 1000.0,
    window_tokens: int = 2000,
    probe_ms: int = 5,
    width: int = 1000,
    height: int = 800,
    offscreen: bool = True,
    seed: int = 7,
    thought: bool = False,
) -> dict[str, Any]:
    """Stream into a new reply under messages_above messages; measure main-thread lateness.

    Two phases, both through ChatModel.append_streaming_text with a coalescing timer of
    coalesce_ms (0: one call per token), while a probe timer every probe_ms records how
    late it fires:
    - burst: `tokens` tokens as fast as the main thread takes them (one per event-loop
      turn, like a worker's queued signals with no limit); the reply reaches `tokens`.
    - steady (the headline figures): window_tokens more at rate_tps (None: as fast as
      possible), with the reply already `tokens` long.
    thought: the tokens are the reply's thought, streaming into its collapsed block (issue
    14: UI p99 <= 16 ms while a 20k-token thought streams collapsed).
    Times are in milliseconds.
    """
    app = QApplication.instance()
    if app is None:
        argv = ["hearth-bench", "-platform", "offscreen"] if offscreen else ["hearth-bench"]
        app = QApplication(argv)
    rng = random.Random(seed)
    model = ChatModel()
    view = ChatView(model)
    view.resize(width, height)
    view.show()
    rows = conversation(messages_above, rng)
    started = time.perf_counter()
    model.set_rows(rows)
    QCoreApplication.processEvents()
    fill_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    deadline = started + 120
    while view.idle_work_pending() and time.perf_counter() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    settle_ms = (time.perf_counter() - started) * 1000

    pieces: list[str] = []
    while len(pieces) < tokens + window_tokens:
        pieces.extend(tokenize(realistic_markdown(rng, 4 * (tokens + window_tokens))))
    model.append_row(ChatRow(10**9, "assistant", "", "streaming"))
    options = {"coalesce_ms": coalesce_ms, "probe_ms": probe_ms}
    burst = _stream(model, view, pieces[:tokens], rate_tps=None, thought=thought, **options)
    renders_before = view.renderer.render_count
    steady = _stream(
        model,
        view,
        pieces[tokens : tokens + window_tokens],
        rate_tps=rate_tps,
        thought=thought,
        **options,
    )
    renders = view.renderer.render_count - renders_before

    last = model.rowCount() - 1
    render = view.message_render(last)
    QCoreApplication.processEvents()
    # The cost of painting one frame of the final state (the probe includes paints too).
    paint_ms: list[float] = []
    for _ in range(20):
        begun = time.perf_counter()
        view.viewport().repaint()
        paint_ms.append((time.perf_counter() - begun) * 1000)
    model.finish_streaming("complete", "")
    result: dict[str, Any] = {
        "tokens": tokens,
        "messages_above": messages_above,
        "coalesce_ms": coalesce_ms,
        "rate_tps": rate_tps,
        "window_tokens": window_tokens,
        "thought": thought,
        "chars": len(model.chat_row(last).reasoning if thought else model.chat_row(last).text),
        "blocks": len(render.blocks),
        "steady_renders": renders,
        "fill_ms": round(fill_ms, 1),
        "settle_ms": round(settle_ms, 1),
        "paint_frame_ms": round(_percentile(paint_ms, 0.5), 2),
        **_summary("", steady, window_tokens),
        **_summary("burst_", burst, tokens),
    }
    view.close()
    view.deleteLater()
    model.deleteLater()
    QCoreApplication.processEvents()
    return result


def format_results(results: list[dict[str, Any]]) -> str:
    """A table of bench results: the steady phase, then the burst phase."""
    lines = [
        "reply   above  coalesce  phase   tok/s    late p50 / p95 / p99 / max ms"
        "       update p50 / p99 ms"
    ]
    for r in results:
        for phase, prefix in (("steady", ""), ("burst", "burst_")):
            phase = f"{phase[0]}:thought" if r.get("thought") else phase
            lines.append(
                f"{r['tokens']:>6}  {r['messages_above']:>5}  {r['coalesce_ms']:>6}ms"
                f"  {phase:<6}  {r[prefix + 'tokens_per_s']:>6.0f}"
                f"  {r[prefix + 'lateness_p50_ms']:>6.2f} / {r[prefix + 'lateness_p95_ms']:>5.2f}"
                f" / {r[prefix + 'lateness_p99_ms']:>5.2f} / {r[prefix + 'lateness_max_ms']:>6.2f}"
                f"   {r[prefix + 'update_p50_ms']:>6.2f} / {r[prefix + 'update_p99_ms']:>6.2f}"
            )
    return "\n".join(lines)

"""A conversation's active path as Markdown: thoughts, tool calls, attachments and sources
included."""

from __future__ import annotations

import json
from collections.abc import Sequence

from desktop.core.history.records import Attachment, StoredConversation, StoredMessage
from desktop.core.types import ToolCall


def markdown(conversation: StoredConversation, path: Sequence[StoredMessage]) -> str:
    """A conversation's active path as Markdown: title, system prompt, one heading per
    message. A reply's thought comes first, collapsed ("Thought for N s"), then its answer
    and the tools it called (name, arguments as JSON); a tool's result is fenced, with the
    tool's name and how long it ran."""
    lines = [f"# {conversation.title or 'Untitled conversation'}", ""]
    if conversation.system_prompt:
        lines += ["## System prompt", "", conversation.system_prompt, ""]
    for message in path:
        notes: list[str] = [] if message.status == "complete" else [message.status]
        if message.role == "tool":
            if message.is_error:
                notes.insert(0, "failed")
            if message.elapsed_ms is not None:
                notes.append(_seconds(message.elapsed_ms))
            heading = f"Tool result: `{message.name or 'tool'}`"
        else:
            heading = message.role.capitalize()
        if notes:
            heading += f" ({', '.join(notes)})"
        lines += [f"## {heading}", ""]
        if message.reasoning:
            lines += _thought(message.reasoning, message.reasoning_ms)
        if message.role == "tool":
            lines += [_fenced(message.content), ""]
        elif message.content or not (message.reasoning or message.tool_calls):
            lines += [message.content, ""]
        for call in message.tool_calls:
            lines += _tool_call(call)
        if message.attachments:
            lines += ["**Attached:**", "", *map(_attachment, message.attachments), ""]
        if message.sources:
            lines += ["**Sources:**", ""]
            lines += [
                f"- {s.name}" + (f" — {s.locator}" if s.locator else "") for s in message.sources
            ]
            lines.append("")
    return "\n".join(lines)


def _attachment(attachment: Attachment) -> str:
    size = attachment.size
    shown = f"{size} B" if size < 1024 else f"{size / 1024:.1f} KB"
    if size >= 1024 * 1024:
        shown = f"{size / (1024 * 1024):.1f} MB"
    kind = "image" if attachment.kind == "image" else "document"
    return f"- {attachment.name} ({kind}, {shown}, sha256 `{attachment.sha256[:12]}`)"


def _seconds(ms: int) -> str:
    if ms < 1000:
        return f"{ms} ms"
    return f"{ms / 1000:.1f} s" if ms < 10_000 else f"{round(ms / 1000)} s"


def _thought(reasoning: str, reasoning_ms: int | None) -> list[str]:
    """The reasoning quoted inside a <details> block: collapsed where Markdown allows HTML,
    still set apart from the answer where it does not."""
    summary = "Thought" if reasoning_ms is None else f"Thought for {_seconds(reasoning_ms)}"
    quoted = [f"> {line}" if line else ">" for line in reasoning.split("\n")]
    return ["<details>", f"<summary>{summary}</summary>", "", *quoted, "", "</details>", ""]


def _fenced(text: str, language: str = "") -> str:
    """text in a code fence longer than any run of backticks inside it."""
    longest, run = 0, 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{language}\n{text}\n{fence}"


def _tool_call(call: ToolCall) -> list[str]:
    title = f"**Tool call:** `{call.name}`" + (f" (id `{call.id}`)" if call.id else "")
    if call.arguments is None:  # the model's text was not a JSON object: shown as it was
        problem = f" (not valid: {call.error})" if call.error else " (not valid)"
        return [title + problem, "", _fenced(call.raw), ""]
    arguments = json.dumps(call.arguments, ensure_ascii=False, indent=2)
    return [title, "", _fenced(arguments, "json"), ""]

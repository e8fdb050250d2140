"""Tools, tool calls and reasoning through the API, with the official openai SDK: a real
ApiServer on the starter (its template has no tool format: a grammar makes the call valid by
construction), and Hearth's API in front of a RemoteBackend whose server thinks aloud and
calls tools in OpenAI's stream shape (reasoning_content passes through)."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import openai
import pytest
from openai.lib.streaming.chat import ChatCompletionStreamState

from desktop.api.serve import ApiServer, model_id_for
from desktop.core.connections import Connection
from desktop.core.types import LoadParams
from desktop.engine.remote import RemoteBackend
from desktop.engine.session import EngineSession

pytestmark = pytest.mark.integration

WAIT_S = 60.0  # every network call has this limit
WEATHER: dict[str, Any] = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
    "required": ["city", "days"],
    "additionalProperties": False,
}
TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "The weather in a city for the next days.",
            "parameters": WEATHER,
        },
    }
]
ASK = [{"role": "user", "content": "What is the weather in Paris for the next 3 days?"}]


def client_for(server: ApiServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.url, api_key="unused", timeout=WAIT_S, max_retries=0)


@pytest.fixture(scope="module")
def local(starter: Path) -> Iterator[tuple[openai.OpenAI, str]]:
    session = EngineSession()
    server: ApiServer | None = None
    try:
        session.load(LoadParams(str(starter), n_ctx=2048))
        server = ApiServer(session, model_id_for(str(starter)), port=0)
        server.start()
        client = client_for(server)
        yield client, model_id_for(str(starter))
        client.close()
    finally:
        if server is not None:
            server.stop()
        session.close()


def check_weather(arguments: str) -> dict[str, Any]:
    """arguments is JSON valid against WEATHER (checked by hand: no jsonschema here)."""
    data = json.loads(arguments)
    assert isinstance(data, dict) and set(data) == {"city", "days"}, arguments
    assert isinstance(data["city"], str) and isinstance(data["days"], int), arguments
    assert not isinstance(data["days"], bool)
    return data


def accumulated(chunks: list[Any]) -> Any:
    """The streamed chunks put together by the SDK's own accumulator."""
    state = ChatCompletionStreamState()
    for chunk in chunks:
        state.handle_chunk(chunk)
    return state.current_completion_snapshot.choices[0]


def test_a_required_tool_call_streamed_and_not(local):
    client, model = local
    asked: dict[str, Any] = dict(
        model=model, messages=ASK, tools=TOOLS, tool_choice="required", temperature=0,
        seed=2, max_tokens=60,
    )  # fmt: skip
    reply = client.chat.completions.create(**asked)
    choice = reply.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content is None
    calls = choice.message.tool_calls or []
    assert [c.function.name for c in calls] == ["get_weather"]
    assert calls[0].type == "function" and calls[0].id
    arguments = check_weather(calls[0].function.arguments)

    chunks = list(client.chat.completions.create(**asked, stream=True))
    streamed = accumulated(chunks)
    assert streamed.finish_reason == "tool_calls"
    assert [c.function.name for c in streamed.message.tool_calls or []] == ["get_weather"]
    # The argument pieces join into the same JSON (greedy: the same call).
    assert check_weather(streamed.message.tool_calls[0].function.arguments) == arguments
    heads = [c.choices[0].delta.tool_calls[0] for c in chunks if c.choices[0].delta.tool_calls]
    assert heads[0].id and heads[0].function.name == "get_weather"
    assert heads[0].function.arguments == ""  # llama-server's first call chunk


def test_a_tool_result_gets_a_text_answer(local):
    client, model = local
    call = {
        "id": "call_1",
        "type": "function",
        "function": {"name": "get_weather", "arguments": '{"city": "Paris", "days": 3}'},
    }
    follow_up = [
        *ASK,
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "call_1", "content": "Sunny, 25 C, for three days."},
    ]
    # The model may call again (tool_choice auto): this seed answers in text.
    reply = client.chat.completions.create(
        model=model, messages=follow_up, tools=TOOLS, temperature=0.7, seed=1, max_tokens=16,
        extra_body={"chat_template_kwargs": {"enable_thinking": False}},
    )  # fmt: skip
    choice = reply.choices[0]
    assert choice.message.tool_calls is None and choice.message.content
    assert choice.finish_reason in ("stop", "length")
    # The call and its result are in the prompt, not only the question.
    alone = client.chat.completions.create(model=model, messages=ASK, max_tokens=1)
    assert reply.usage is not None and alone.usage is not None
    assert reply.usage.prompt_tokens > alone.usage.prompt_tokens + 10


@pytest.mark.parametrize("stream", [False, True])
def test_a_tool_schema_the_engine_cannot_compile_is_400_with_a_sentence(local, stream):
    client, model = local
    broken = {"type": "object", "properties": {"a": {"$ref": "#/$defs/missing"}}}
    tools = [{"type": "function", "function": {"name": "f", "parameters": broken}}]
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(
            model=model, messages=ASK, tools=tools, tool_choice="required", max_tokens=8,
            stream=stream,
        )  # fmt: skip
    error = caught.value.body
    assert isinstance(error, dict) and error["param"] == "tools"
    assert "cannot be turned into a grammar" in error["message"]
    assert error["message"].endswith(".")


# --- a remote server that thinks and calls tools ------------------------------------------

THOUGHT = ["The user wants ", "the weather; ", "I should call the tool."]
ARGUMENT_PIECES = ['{"city": "Par', 'is", "days": ', "3}"]


def _deltas(body: dict[str, Any]) -> list[dict[str, Any]]:
    """What the server streams: a thought, then a tool call (or, once a tool answered, a
    text answer), in OpenAI's delta shapes as llama-server and vLLM send them."""
    deltas: list[dict[str, Any]] = [{"role": "assistant", "content": None}]
    deltas += [{"reasoning_content": piece} for piece in THOUGHT]
    if body["messages"][-1]["role"] == "tool":
        return [*deltas, {"content": "Sunny "}, {"content": "in Paris."}]
    head = {"index": 0, "id": "call_9", "type": "function"}
    deltas.append({"tool_calls": [{**head, "function": {"name": "get_weather", "arguments": ""}}]})
    for piece in ARGUMENT_PIECES:
        deltas.append({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]})
    return deltas


class _Thinker(http.server.BaseHTTPRequestHandler):
    bodies: ClassVar[list[dict[str, Any]]] = []  # each chat request's body, as the server got it

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        status, body = (200, b'{"object": "list", "data": [{"id": "thinker"}]}')
        if not self.path.startswith("/v1/models"):
            status, body = 404, b"Not Found"
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        request = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
        self.bodies.append(request)
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        deltas = _deltas(request)
        finish = "tool_calls" if "tool_calls" in deltas[-1] else "stop"
        frames = [{"delta": d, "finish_reason": None} for d in deltas]
        frames.append({"delta": {}, "finish_reason": finish})
        for frame in frames:
            chunk = {
                "id": "x",
                "object": "chat.completion.chunk",
                "choices": [{"index": 0, **frame}],
            }
            self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
        usage = {"prompt_tokens": 20, "completion_tokens": 15, "total_tokens": 35}
        self.wfile.write(f"data: {json.dumps({'choices': [], 'usage': usage})}\n\n".encode())
        self.wfile.write(b"data: [DONE]\n\n")


@pytest.fixture(scope="module")
def remote() -> Iterator[tuple[openai.OpenAI, list[dict[str, Any]]]]:
    """Hearth's API over a RemoteBackend on the thinking server; the bodies it was sent."""
    thinker = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Thinker)
    thread = threading.Thread(target=thinker.serve_forever, name="thinking-server")
    thread.start()
    base = f"http://127.0.0.1:{thinker.server_address[1]}/v1"
    backend = RemoteBackend(Connection("thinker", base), read_timeout_s=WAIT_S)
    session = EngineSession(backend_factory=lambda: backend)
    server: ApiServer | None = None
    try:
        session.load(LoadParams("thinker", n_ctx=4096))
        server = ApiServer(session, "thinker", port=0)
        server.start()
        client = client_for(server)
        yield client, _Thinker.bodies
        client.close()
    finally:
        if server is not None:
            server.stop()
        session.close()
        thinker.shutdown()
        thinker.server_close()
        thread.join(5)


def test_a_remote_thought_and_call_pass_through_not_streamed(remote):
    client, bodies = remote
    reply = client.chat.completions.create(
        model="thinker", messages=ASK, tools=TOOLS, reasoning_effort="high", max_tokens=50,
        extra_body={"chat_template_kwargs": {"enable_thinking": True}},
    )  # fmt: skip
    choice = reply.choices[0]
    assert (choice.message.model_extra or {})["reasoning_content"] == "".join(THOUGHT)
    assert choice.finish_reason == "tool_calls" and choice.message.content is None
    calls = choice.message.tool_calls or []
    assert [(c.id, c.function.name) for c in calls] == [("call_9", "get_weather")]
    assert json.loads(calls[0].function.arguments) == {"city": "Paris", "days": 3}
    sent = bodies[-1]  # what Hearth asked the remote server for
    assert sent["tools"] == TOOLS and sent["tool_choice"] == "auto"
    assert sent["chat_template_kwargs"] == {"enable_thinking": True}
    assert sent["reasoning_effort"] == "high"


def test_a_remote_thought_streams_as_reasoning_content(remote):
    client, bodies = remote
    call = {
        "id": "call_9",
        "type": "function",
        "function": {"name": "get_weather", "arguments": "{}"},
    }
    follow_up = [
        *ASK,
        {"role": "assistant", "content": None, "tool_calls": [call], "reasoning_content": "hm"},
        {"role": "tool", "tool_call_id": "call_9", "content": "Sunny."},
    ]
    chunks = list(
        client.chat.completions.create(
            model="thinker", messages=follow_up, tools=TOOLS, max_tokens=50, stream=True
        )
    )
    thought = [(c.choices[0].delta.model_extra or {}).get("reasoning_content") for c in chunks]
    assert [t for t in thought if t] == THOUGHT  # piece by piece, as the server sent them
    choice = accumulated(chunks)
    assert choice.message.content == "Sunny in Paris." and choice.finish_reason == "stop"
    assert not choice.message.tool_calls
    # The turn's call, its thought and the result reached the remote server as sent.
    assert bodies[-1]["messages"][1:] == [
        {"role": "assistant", "content": None, "tool_calls": [call], "reasoning_content": "hm"},
        {"role": "tool", "content": "Sunny.", "tool_call_id": "call_9", "name": "get_weather"},
    ]

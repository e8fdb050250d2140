"""A chat's JSON schema, end to end on the real engine and the starter model: the reply follows
it (llama.cpp's grammar), a reply cut short gets a notice, a schema the engine cannot compile
gets a sentence and loses nothing, and text in the window's field that is not JSON sends none."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from saved import on_disk

from desktop.core.history import ConversationStore
from desktop.core.types import LoadParams, ModelInfo, OutputFormat, SamplingParams, StopReason
from desktop.engine.client import EngineClient
from desktop.services.chat_session import ChatSession, ChatState
from desktop.services.history import History
from desktop.tools.validation import reply_problem
from desktop.ui.params_panel import ParamsPanel

pytestmark = pytest.mark.integration

GREEDY = SamplingParams(temperature=0.0, max_tokens=96, repeat_penalty=1.0, seed=7)
PERSON = {
    "type": "object",
    "properties": {"name": {"type": "string", "maxLength": 20}, "age": {"type": "integer"}},
    "required": ["name", "age"],
    "additionalProperties": False,
}
MISSING_REF = {"type": "object", "properties": {"a": {"$ref": "#/$defs/missing"}}}
QUESTION = "Describe a person as JSON with a name and an age."


class Shared:
    """The module's one engine: a session's load of its model takes it as loaded, and a
    session's close leaves it running (the module fixture shuts it down)."""

    def __init__(self, client: EngineClient, params: LoadParams, info: ModelInfo) -> None:
        self._client, self._params, self._info = client, params, info

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def load(self, params: LoadParams) -> ModelInfo:
        assert params == self._params, "this module's engine holds one model"
        return self._info

    def unload(self) -> None:
        pass

    def close(self) -> None:
        pass


@pytest.fixture(scope="module")
def engine(starter: Path) -> Iterator[tuple[Shared, LoadParams]]:
    client = EngineClient()
    client.start()
    params = LoadParams(str(starter), n_ctx=2048)
    info = client.load(params)
    yield Shared(client, params, info), params
    client.shutdown()


@pytest.fixture
def chat(qtbot, tmp_path, engine) -> Iterator[ChatSession]:
    shared, params = engine
    store = ConversationStore(tmp_path / "hearth.sqlite3")
    history = History(store)
    c = ChatSession(history, backend_factory=lambda: shared)
    c.set_sampling(GREEDY)
    with qtbot.waitSignal(c.modelLoaded, timeout=60000):
        c.load_model(params)
    yield c
    assert c.shutdown()
    assert history.close(5)
    store.close()


def reply(qtbot, c: ChatSession, text: str) -> tuple[int, str, Any, list[str]]:
    """Send text; the reply's id, status, stats and the notices said while it was written."""
    notices: list[str] = []
    c.notice.connect(notices.append)
    with qtbot.waitSignal(c.messageFinished, timeout=60000) as finished:
        assert c.submit(text)
    c.notice.disconnect(notices.append)
    reply_id, status, stats = finished.args
    return reply_id, status, stats, notices


def test_a_schema_makes_the_reply_json_valid_for_it(qtbot, chat):
    chat.set_output_format(OutputFormat("json_schema", PERSON))
    reply_id, status, _stats, notices = reply(qtbot, chat, QUESTION)
    assert status == "complete" and notices == []
    stored = on_disk(chat).get_message(reply_id).content
    value = json.loads(stored)
    assert set(value) == {"name", "age"} and isinstance(value["age"], int)
    assert reply_problem(PERSON, stored) is None


def test_a_reply_cut_short_by_its_token_limit_gets_a_sentence(qtbot, chat):
    chat.set_sampling(replace(GREEDY, max_tokens=4))
    chat.set_output_format(OutputFormat("json_schema", PERSON))
    reply_id, _status, stats, notices = reply(qtbot, chat, QUESTION)
    assert stats.stop_reason is StopReason.MAX_TOKENS
    assert on_disk(chat).get_message(reply_id).content.startswith("{")
    assert len(notices) == 1 and notices[0].startswith("The reply is not complete JSON")


def test_a_schema_the_engine_cannot_compile_gets_a_sentence_and_loses_nothing(qtbot, chat):
    chat.set_output_format(OutputFormat("json_schema", MISSING_REF))
    errors: list[str] = []
    chat.error.connect(errors.append)
    reply_id, status, stats, _notices = reply(qtbot, chat, QUESTION)
    assert status == "error" and stats is None
    assert len(errors) == 1 and errors[0].startswith("The JSON schema cannot be")
    assert chat.state is ChatState.IDLE
    path = on_disk(chat).active_path(chat.conversation_id)
    assert [(m.role, m.content) for m in path[:1]] == [("user", QUESTION)]
    assert path[-1].id == reply_id and path[-1].status == "error"

    # The question is kept; with the schema fixed, the same chat answers it.
    chat.set_output_format(OutputFormat("json_schema", PERSON))
    with qtbot.waitSignal(chat.messageFinished, timeout=60000) as again:
        chat.regenerate(reply_id)
    assert again.args[1] == "complete"
    assert reply_problem(PERSON, on_disk(chat).get_message(again.args[0]).content) is None


def test_text_in_the_field_that_is_not_json_sends_no_schema(qtbot, chat):
    panel = ParamsPanel()
    qtbot.addWidget(panel)
    panel.outputFormatChanged.connect(chat.set_output_format)  # as the window wires it
    with qtbot.waitSignal(panel.outputFormatChanged, timeout=5000):
        panel.schema.text.setPlainText(json.dumps(PERSON))
    assert chat.output_format == OutputFormat("json_schema", PERSON)
    with qtbot.waitSignal(panel.outputFormatChanged, timeout=5000) as changed:
        panel.schema.text.setPlainText('{"type": "object",')  # typing on: not JSON yet
    assert changed.args == [None] and chat.output_format is None
    assert panel.schema.problem.text().startswith("This is not JSON")

    chat.set_sampling(replace(GREEDY, max_tokens=8))
    reply_id, status, _stats, notices = reply(qtbot, chat, "Say hello.")
    assert status == "complete" and notices == []
    assert not on_disk(chat).get_message(reply_id).content.lstrip().startswith("{")

"""Read Hearth's window through AT-SPI alone: a message and its reply, then every page, each
walked for interactive controls with no name.

Runs under Debian's /usr/bin/python3 (pyatspi is not in the venv), on the accessibility bus
of the session bus in DBUS_SESSION_BUS_ADDRESS. Prints one JSON object:
{"unnamed": [...], "reply": "...", "author": "...", "announcements": [...], "pages": [...],
"transcript": [[author, text], ...], "seconds": {...}, "error": "..."}.
Usage: atspi_walker.py [--app NAME] [--names-only] [--dump] [--events] [--timeout S] [--pid PID]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

# Roles a person operates; a screen reader must be able to say what each one is.
INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_MENU_ITEM,
}
EDITABLE_ROLES = {pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY}
TRANSCRIPT_ROLES = {pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_SCROLL_PANE}
TRANSCRIPT_ROLES |= {pyatspi.ROLE_PANEL, pyatspi.ROLE_FILLER, pyatspi.ROLE_UNKNOWN}
PANEL_ROLES = {pyatspi.ROLE_PANEL, pyatspi.ROLE_FILLER, pyatspi.ROLE_TOOL_BAR, pyatspi.ROLE_LIST}
RAIL_ROLES = {pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PUSH_BUTTON}
RAIL_ROLES |= {pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_RADIO_BUTTON}
MESSAGE = "Say hello in one short sentence."
ANNOUNCE_GRACE_MS = 10000  # ends at the announcement; a loaded CI machine is slow


def showing(node: Any) -> bool:
    states = node.getState()
    return bool(states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE))


def walk(node: Any, path: tuple[str, ...] = ()) -> Any:
    """Every showing node under node (node included), with its path of role:name."""
    try:
        if not showing(node):
            return  # nothing under a hidden node is on screen
        label = f"{node.getRoleName()}:{node.name or ''}"
        here = (*path, label)
        yield node, here
        for index in range(node.childCount):
            child = node.getChildAtIndex(index)
            if child is not None:
                yield from walk(child, here)
    except Exception:  # a node that went away mid-walk (a row recycled)
        return


def alive(pid: int) -> bool:
    """Whether pid runs (an exited child not yet reaped by its parent counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


def find_app(name: str) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and (app.name or "").lower() == name.lower():
            return app
    return None


def unnamed(app: Any) -> list[str]:
    found = []
    for node, path in walk(app):
        if node.getRole() in INTERACTIVE and not (node.name or "").strip():
            found.append(" > ".join(path[1:]))
    return found


def press(node: Any) -> None:
    """Do the node's Press action, as a screen reader's activate does (a checkable button
    also offers Toggle, which only checks it)."""
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    action.doAction(names.index("Press") if "Press" in names else 0)


def find(app: Any, roles: set[int], name: str) -> Any:
    for node, _path in walk(app):
        if node.getRole() in roles and (node.name or "") == name:
            return node
    return None


def dump(app: Any) -> None:
    """The showing tree, one role:name per line, on stderr."""
    for _node, path in walk(app):
        sys.stderr.write("  " * (len(path) - 1) + path[-1] + "\n")
    sys.stderr.write("\n")


def messages(transcript: Any) -> list[tuple[str, str]]:
    """(author, text) of each message the transcript shows: its items are named
    "Author: text" and hold a label with the author."""
    found = []
    for index in range(transcript.childCount):
        item = transcript.getChildAtIndex(index)
        if item is None or item.getRole() != pyatspi.ROLE_LIST_ITEM or not showing(item):
            continue
        name = item.name or ""
        author = ""
        for child in range(item.childCount):
            node = item.getChildAtIndex(child)
            if node is not None and node.getRole() == pyatspi.ROLE_LABEL:
                author = node.name or ""
                break
        prefix = f"{author}: "
        found.append((author, name[len(prefix) :] if name.startswith(prefix) else name))
    return found


def run(args: argparse.Namespace) -> dict[str, Any]:
    result: dict[str, Any] = {"unnamed": [], "reply": "", "announcements": [], "error": ""}
    result["transcript"] = []
    result["seconds"] = {}
    started = time.monotonic()
    loop = GLib.MainLoop()
    deadline = time.monotonic() + args.timeout
    state: dict[str, Any] = {"app": None, "sent": False, "busy_seen": False}
    state.update(pages=None, opening=None)
    result["pages"] = []

    def finish(error: str = "") -> bool:
        result["error"] = result["error"] or error
        result["seconds"].setdefault("end", round(time.monotonic() - started, 2))
        loop.quit()
        return False

    def on_event(event: Any) -> None:
        if args.events:
            sys.stderr.write(f"event {event.type} {str(event.any_data)[:60]!r}\n")
        if event.type.startswith("object:announcement"):
            result["announcements"].append(str(event.any_data))
            result["seconds"].setdefault("announced", round(time.monotonic() - started, 2))
        if state["sent"]:
            GLib.idle_add(check_reply)

    def check_reply() -> bool:
        # The reply has ended once the Send button, which reads Stop while a reply is
        # written, reads Send again (or the window announced the finished reply).
        app = state["app"]
        if result["reply"]:
            return False
        if find(app, {pyatspi.ROLE_PUSH_BUTTON}, "Stop") is not None:
            state["busy_seen"] = True
            return False
        ended = state["busy_seen"] and find(app, {pyatspi.ROLE_PUSH_BUTTON}, "Send") is not None
        if not (ended or result["announcements"]):
            return False
        transcript = find(app, TRANSCRIPT_ROLES, "Conversation")
        if transcript is None:
            return finish("no transcript named Conversation on the accessibility bus")
        result["transcript"] = messages(transcript)
        if len(result["transcript"]) < 2:
            return False
        result["author"], result["reply"] = result["transcript"][-1]
        result["seconds"]["reply"] = round(time.monotonic() - started, 2)
        result["unnamed"] = sorted({*result["unnamed"], *unnamed(app)})
        if args.dump:
            dump(app)
        return False

    def visit_pages() -> bool:
        """Open each page of the rail in turn (through its Action) and walk it once shown;
        True when every page was walked."""
        app = state["app"]
        rail = find(app, PANEL_ROLES, "Pages")
        if rail is None:
            finish("no page rail named Pages on the accessibility bus")
            return False
        if state["pages"] is None:
            state["pages"] = [
                node.name
                for node, _path in walk(rail)
                if node.getRole() in RAIL_ROLES
                and node.name
                and not node.getState().contains(pyatspi.STATE_CHECKED)
            ]
        if state["opening"]:
            node = find(rail, RAIL_ROLES, state["opening"])
            if node is None or not node.getState().contains(pyatspi.STATE_CHECKED):
                return False  # not shown yet
            result["unnamed"] = sorted({*result["unnamed"], *unnamed(app)})
            result["pages"].append(state["opening"])
            if args.dump:
                dump(app)
            state["opening"] = None
        if state["pages"]:
            state["opening"] = state["pages"].pop(0)
            node = find(rail, RAIL_ROLES, state["opening"])
            if node is None:
                finish(f"the rail's {state['opening']!r} went away")
                return False
            press(node)
            return False
        return True

    def tick() -> bool:
        # The main loop's clock: the app appearing on the bus (no event says so), the
        # reply's end when no event came, and the overall timeout.
        if time.monotonic() > deadline:
            return finish(f"timed out after {args.timeout:.0f} s at step {step()}")
        if args.pid and not alive(args.pid):
            return finish(f"the app exited at step {step()}")
        if state["app"] is None:
            app = find_app(args.app)
            if app is None or not any(True for _ in walk(app)):
                return True
            state["app"] = app
            if args.dump:
                dump(app)
            result["unnamed"] = unnamed(app)
            if args.names_only:
                return finish()
        if not state["sent"]:
            return send_message()
        if not result["reply"]:
            check_reply()
            return True
        if not visit_pages():
            return True
        # The announcement of the finished reply comes just after the button changed.
        waited = time.monotonic() - started - result["seconds"]["reply"]
        if result["announcements"] or waited * 1000 > ANNOUNCE_GRACE_MS:
            return finish()
        return True

    def step() -> str:
        if state["app"] is None:
            return f"finding the application {args.app!r} on the accessibility bus"
        if result["reply"]:
            return f"opening the page {state['opening']!r}"
        return "waiting for the reply" if state["sent"] else "sending the message"

    def send_message() -> bool:
        app = state["app"]
        box = find(app, EDITABLE_ROLES, "Message")
        send = find(app, {pyatspi.ROLE_PUSH_BUTTON}, "Send")
        if box is None or send is None or not send.getState().contains(pyatspi.STATE_ENABLED):
            return True  # the model is still loading: Send is disabled until it can send
        box.queryEditableText().setTextContents(MESSAGE)
        state["sent"] = True
        result["seconds"]["sent"] = round(time.monotonic() - started, 2)
        press(send)
        return True

    pyatspi.Registry.registerEventListener(
        on_event,
        "object:announcement",
        "object:property-change:accessible-name",
        "object:state-changed:enabled",
        "object:children-changed",
        "object:text-changed",
    )
    GLib.timeout_add(200, tick)
    loop.run()
    pyatspi.Registry.deregisterEventListener(
        on_event,
        "object:announcement",
        "object:property-change:accessible-name",
        "object:state-changed:enabled",
        "object:children-changed",
        "object:text-changed",
    )
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dump", action="store_true", help="print the tree on stderr")
    parser.add_argument("--timeout", type=float, default=50)
    parser.add_argument("--app", default="Hearth", help="the application's name on the bus")
    parser.add_argument("--names-only", action="store_true", help="only the first walk")
    parser.add_argument("--events", action="store_true", help="print the events on stderr")
    parser.add_argument("--pid", type=int, default=0, help="stop when this process ends")
    args = parser.parse_args()
    result = run(args)
    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

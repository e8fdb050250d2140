"""A raw JSON-RPC stdio MCP server (no SDK, starts in milliseconds) that misbehaves on demand.

python server.py MODE, MODE one of:
  ok          serves the tools below
  exit        writes a reason on stderr and exits at once with code 3
  hang        initializes, lists tools, and never answers tools/call (keeps reading stdin)
  mute        never answers anything, not even initialize (keeps reading stdin)
  flood       answers tools/call with one 50 MB line on stdout
  garbage     answers tools/call with a JSON line that is not valid JSON-RPC
  stderrflood writes 50 MB on stderr, then serves like ok
Tools in every serving mode: echo {text}, crash (exits mid-call with code 9).
"""

import json
import sys

mode = sys.argv[1] if len(sys.argv) > 1 else "ok"
if mode == "exit":
    sys.stderr.write("hostile: missing API_KEY, giving up\n")
    sys.exit(3)
if mode == "stderrflood":
    chunk = "x" * 1023 + "\n"
    for _ in range(50 * 1024):
        sys.stderr.write(chunk)
    sys.stderr.write("hostile: flooded stderr\n")
    sys.stderr.flush()

TOOLS = [
    {
        "name": "echo",
        "description": "Say the text back.",
        "inputSchema": {"type": "object", "properties": {"text": {"type": "string"}}},
    },
    {"name": "crash", "description": "Exit mid-call.", "inputSchema": {"type": "object"}},
]


def send(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


for line in sys.stdin:
    msg = json.loads(line)
    mid, method = msg.get("id"), msg.get("method")
    if mid is None or mode == "mute":
        continue  # a notification, or a server that never answers
    if method == "initialize":
        version = msg["params"]["protocolVersion"]
        info = {"name": "hostile-" + mode, "version": "0"}
        send(
            {
                "jsonrpc": "2.0",
                "id": mid,
                "result": {
                    "protocolVersion": version,
                    "capabilities": {"tools": {}},
                    "serverInfo": info,
                },
            }
        )
    elif method == "tools/list":
        send({"jsonrpc": "2.0", "id": mid, "result": {"tools": TOOLS}})
    elif method == "tools/call":
        name, args = msg["params"]["name"], msg["params"].get("arguments") or {}
        if mode == "hang":
            continue
        if mode == "garbage":
            send({"jsonrpc": "2.0", "id": mid, "result": 42})
            continue
        if mode == "flood":
            # One JSON-RPC line of 50 MB, written in 1 MB pieces.
            head = json.dumps(
                {"jsonrpc": "2.0", "id": mid, "result": {"content": [{"type": "text", "text": ""}]}}
            )
            head = head[: head.rindex('""') + 1]
            sys.stdout.write(head)
            for _ in range(50):
                sys.stdout.write("y" * (1 << 20))
            sys.stdout.write('"}]}}\n')
            sys.stdout.flush()
            continue
        if name == "crash":
            sys.stderr.write("hostile: crashing on purpose\n")
            sys.stderr.flush()
            sys.exit(9)
        text = args.get("text", "")
        send({"jsonrpc": "2.0", "id": mid, "result": {"content": [{"type": "text", "text": text}]}})
    else:
        send(
            {
                "jsonrpc": "2.0",
                "id": mid,
                "error": {"code": -32601, "message": f"Method not found: {method}"},
            }
        )

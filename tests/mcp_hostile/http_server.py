"""A streamable HTTP MCP server on 127.0.0.1 that wants `Authorization: Bearer TOKEN`.

python http_server.py TOKEN: binds a free port, prints it on stdout, serves until killed.
A request without the header gets HTTP 401 before it reaches the MCP app.
"""

import socket
import sys

import uvicorn
from mcp.server import MCPServer

token = sys.argv[1]
server = MCPServer("hearth-http-test")


@server.tool()
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


mcp_app = server.streamable_http_app(host="127.0.0.1")


async def app(scope, receive, send):
    if scope["type"] == "http":
        headers = dict(scope["headers"])
        if headers.get(b"authorization") != f"Bearer {token}".encode():
            await send(
                {
                    "type": "http.response.start",
                    "status": 401,
                    "headers": [(b"content-length", b"0")],
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return
    await mcp_app(scope, receive, send)


sock = socket.socket()
sock.bind(("127.0.0.1", 0))
sock.listen(16)
sys.stdout.write(f"{sock.getsockname()[1]}\n")
sys.stdout.flush()
config = uvicorn.Config(app, log_level="warning", lifespan="on")
uvicorn.Server(config).run(sockets=[sock])

"""Tools a model may call: MCP servers, validation and the tool loop."""

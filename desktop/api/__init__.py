"""The local OpenAI-compatible API server (FastAPI over one EngineSession; no Qt)."""

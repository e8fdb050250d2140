"""Benchmarks: the engine against llama_cpp (`hearth bench`) and the window (`--ui`)."""

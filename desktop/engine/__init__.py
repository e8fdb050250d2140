"""The inference engine: the only package that imports llama_cpp, run in a child process."""

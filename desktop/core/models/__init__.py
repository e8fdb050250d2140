"""Model files: their names, the Hugging Face cache layout, hashing, downloads, the library,
other apps' models and the recommended catalogue."""

"""A vision projector (mmproj GGUF) on llama.cpp's mtmd, in the engine process.

Loaded beside the text model when LoadParams.mmproj names one. A chat whose turns carry
images is rendered by Hearth's own template with mtmd's media marker where each image goes
(engine.images.with_markers); mtmd then splits the prompt into text and image chunks, the
projector encodes the images, and mtmd_helper_eval_chunks writes it all into the context.
Hearth's own sampling loop takes it from there. The context's token cache (prefix reuse)
does not cover such a prompt: it is evaluated whole, and only the text before its first
image is kept as reusable for the next request.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable, Sequence
from typing import Any

import llama_cpp
import llama_cpp.mtmd_cpp as mtmd

from desktop.engine.images import ImageError, not_an_image, read_image

# Where mtmd's loader looks for ffprobe when bytes are no image or audio: a folder with no
# ffprobe in it, so a file that merely starts like an image never launches a program.
_NO_FFMPEG = os.fsencode(os.path.dirname(os.path.abspath(__file__)))


class ProjectorError(ValueError):
    """The projector file could not be loaded with this model (the message says why)."""


class MediaPrompt:
    """A prompt split into text and image chunks, ready to evaluate (free() when done)."""

    def __init__(self, chunks: Any) -> None:
        self._chunks = chunks
        self.n_tokens = int(mtmd.mtmd_helper_get_n_tokens(chunks))
        self.text_tokens: list[int] = []  # every text token, for the repeat penalty's window
        self.prefix: list[int] = []  # the text before the first image: reusable context
        seen_media = False
        for i in range(mtmd.mtmd_input_chunks_size(chunks)):
            chunk = mtmd.mtmd_input_chunks_get(chunks, i)
            if mtmd.mtmd_input_chunk_get_type(chunk) != mtmd.MTMD_INPUT_CHUNK_TYPE_TEXT:
                seen_media = True
                continue
            n = ctypes.c_size_t()
            ptr = mtmd.mtmd_input_chunk_get_tokens_text(chunk, ctypes.byref(n))
            tokens = [int(ptr[j]) for j in range(n.value)]
            self.text_tokens.extend(tokens)
            if not seen_media:
                self.prefix.extend(tokens)

    def evaluate(self, projector: Projector, lctx: Any, n_batch: int) -> int:
        """Encode the images and decode everything into an emptied context from position 0;
        llama_decode's status (non-zero: failed or aborted)."""
        n_past = llama_cpp.llama_pos(0)
        return int(
            mtmd.mtmd_helper_eval_chunks(
                projector.ctx, lctx, self._chunks, 0, 0, n_batch, True, ctypes.byref(n_past)
            )
        )

    def free(self) -> None:
        if self._chunks is not None:
            mtmd.mtmd_input_chunks_free(self._chunks)
            self._chunks = None


class Projector:
    """An mtmd context for one loaded text model (close() before the model is freed)."""

    def __init__(
        self, path: str, model: Any, n_threads: int, flash_attn: bool, use_gpu: bool
    ) -> None:
        params = mtmd.mtmd_context_params_default()
        params.use_gpu = use_gpu
        params.print_timings = False
        params.n_threads = n_threads
        params.flash_attn_type = (
            llama_cpp.LLAMA_FLASH_ATTN_TYPE_ENABLED
            if flash_attn
            else llama_cpp.LLAMA_FLASH_ATTN_TYPE_DISABLED
        )
        name = os.path.basename(path)
        if not os.path.isfile(path):
            raise ProjectorError(f"The vision projector {name} is missing.")
        self.ctx = mtmd.mtmd_init_from_file(os.fsencode(path), model, params)
        if not self.ctx:
            raise ProjectorError(
                f"The vision projector {name} could not be loaded with this model: it may be "
                "damaged, made for another model, or newer than this Hearth's engine."
            )
        self.vision = bool(mtmd.mtmd_support_vision(self.ctx))
        self.marker = (mtmd.mtmd_default_marker() or b"<__media__>").decode("utf-8")
        self._opt = mtmd.mtmd_helper_init_opt_default()
        self._opt.video_params.ffmpeg_bin_dir = _NO_FFMPEG

    def prompt(self, text: str, images: Sequence[str], add_special: bool) -> MediaPrompt:
        """Tokenize text (one marker per image, in order) with the images; ImageError with a
        sentence for a file that is not an image, or a prompt mtmd refuses."""
        # The context policy drops the oldest turns first: the markers the prompt kept are
        # those of the last images.
        kept = len(images) - text.count(self.marker)
        bitmaps: list[Any] = []
        try:
            for path in images[max(kept, 0) :]:
                bitmaps.append(self._bitmap(path))
            data = text.encode("utf-8", errors="replace")
            inp = mtmd.mtmd_input_text()
            inp.text, inp.text_len = data, len(data)
            inp.add_special, inp.parse_special = add_special, True
            chunks = mtmd.mtmd_input_chunks_init()
            array = (mtmd.mtmd_bitmap_p_ctypes * max(len(bitmaps), 1))(*bitmaps)
            status = mtmd.mtmd_tokenize(self.ctx, chunks, ctypes.byref(inp), array, len(bitmaps))
            if status != 0:
                mtmd.mtmd_input_chunks_free(chunks)
                raise ImageError(
                    f"The images could not be prepared for the model (mtmd_tokenize {status})."
                )
            return MediaPrompt(chunks)
        finally:
            for bitmap in bitmaps:
                mtmd.mtmd_bitmap_free(bitmap)

    def counter(
        self, images: Sequence[str], count_text: Callable[[str, bool], int]
    ) -> Callable[[str], int]:
        """For the context policy: a rendered prompt's length as mtmd will make it. mtmd
        tokenizes the text between markers piece by piece (count_text(piece, first)) and
        each image kept costs its embeddings; each image is measured once (decoded and
        sized, not encoded)."""
        costs: dict[str, int] = {}

        def cost(path: str) -> int:
            if path not in costs:
                alone = self.prompt(self.marker, [path], add_special=False)
                costs[path] = alone.n_tokens
                alone.free()
            return costs[path]

        def count(prompt: str) -> int:
            pieces = prompt.split(self.marker)
            kept = images[max(len(images) - (len(pieces) - 1), 0) :]
            text = sum(count_text(piece, i == 0) for i, piece in enumerate(pieces) if piece)
            return text + sum(cost(path) for path in kept)

        return count

    def _bitmap(self, path: str) -> Any:
        data, _mime = read_image(path)  # the header is checked before llama.cpp sees it
        buffer = (ctypes.c_uint8 * len(data)).from_buffer(bytearray(data))
        wrapper = mtmd.mtmd_helper_bitmap_init_from_buf_wrapper(
            self.ctx, buffer, len(data), False, self._opt
        )
        if wrapper.video_ctx:
            mtmd.mtmd_helper_video_free(wrapper.video_ctx)
        if not wrapper.bitmap:
            raise ImageError(not_an_image(os.path.basename(path)))
        if mtmd.mtmd_bitmap_is_audio(wrapper.bitmap):
            mtmd.mtmd_bitmap_free(wrapper.bitmap)
            raise ImageError(not_an_image(os.path.basename(path)))
        return wrapper.bitmap

    def close(self) -> None:
        if self.ctx:
            mtmd.mtmd_free(self.ctx)
            self.ctx = None

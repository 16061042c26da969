"""A Piper (VITS) model run in two parts, the later stages of its decoder over short windows.

One Piper call turns a sentence's phoneme ids into its audio, and its working memory grows with
the length of that audio: the decoder (HiFi-GAN) upsamples the latent frames (one per 256 audio
samples) in stages, and the stages after the first hold tensors of 4,000 to 8,000 values per
frame (measured on the joe voice: about +190 MB for a 150-character sentence, and two calls run
at once). The graph is cut before the decoder's second upsampling: the first part (text encoder,
flow and the decoder's first stage, 1,000 values per frame for joe) runs over the whole
sentence; the rest runs in windows of at most WINDOW_SAMPLES of audio, each with `overlap`
inputs of context on either side, more than those stages can see. Every output sample therefore
depends on exactly the inputs it depended on before, and the windows give the whole part's
audio (tests/test_vits.py) while a call's memory no longer grows with the sentence. The
windowed part's convolutions are also made 2-D (`as_2d`, for onnxruntime's faster kernels), so
a clip is Piper's own output to within one 16-bit step.

Cutting there rather than where the decoder starts keeps the repeated context small: the later
stages need 10 of their inputs either side (1.25 latent frames), the whole decoder 12 frames, so
on the reference article the windows redo about 1% of the work of the stages they run instead of
9% of the whole decoder's.

Models whose graph does not name its decoder the way Piper's exporter does (torch module paths
`dec.ups.1`, else `dec.conv_pre`), or whose decoder needs more than the one tensor (a speaker
embedding), are run whole.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import tempfile
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

ENTRIES = ("/dec/ups.1/ConvTranspose", "/dec/conv_pre/Conv")
"""Where the windowed part may start, best first, as graphs exported by Piper's training code
name the nodes: the decoder's second upsampling, else the decoder's first convolution."""

WINDOW_SAMPLES = 200 * 256
"""Audio samples per decoder call (2.3 s at 22,050 Hz). Measured on the reference article with
two synthesis threads, cut where the decoder starts (raw synthesis, onnxruntime memory patterns
off): whole sentences 464-506 MB peak, windows of 600 frames 403-411 MB, 450 frames 357-370 MB,
300 frames 326-333 MB, 200 frames 280-352 MB; cut at the second upsampling, 200 frames 367 MB
(docs/performance.md)."""


@dataclass(frozen=True)
class Split:
    """Where the two parts of a model meet."""

    latent: str
    """Name of the tensor between the parts (the decoder's input)."""
    overlap: int
    """Inputs of context each window needs on either side."""
    hop: int
    """Audio samples per input of the windowed part (its upsampling)."""


@dataclass(frozen=True)
class Cut:
    """A model cut in two: the parts serialized for onnxruntime, and where they meet."""

    split: Split
    encoder: bytes
    decoder: bytes


def split(model) -> Cut | None:
    """`model` (an onnx ModelProto of a Piper voice) cut before the first of ENTRIES it has, or
    None when it cannot be."""
    from onnx.utils import Extractor

    graph = model.graph
    nodes = {n.name: n for n in graph.node}
    entry = next((nodes[name] for name in ENTRIES if name in nodes), None)
    if entry is None:
        return None
    latent, output = entry.input[0], graph.output[0].name
    extractor = Extractor(model)
    try:
        decoder = extractor.extract_model([latent], [output])
        encoder = extractor.extract_model([i.name for i in graph.input], [latent])
    except Exception:  # onnx raises several types for a graph it cannot cut there
        return None
    if [i.name for i in decoder.graph.input] != [latent] or not decoder.graph.node:
        return None
    reach, hop = receptive_reach(decoder.graph)
    as_2d(decoder.graph)  # else left 1-D: slower, the same audio
    return Cut(Split(latent, overlap=math.ceil(reach) + 1, hop=hop),
               encoder.SerializeToString(), decoder.SerializeToString())


ELEMENTWISE = frozenset({"Add", "Sub", "Mul", "Div", "LeakyRelu", "Relu", "Tanh", "Sigmoid"})
"""Ops that work on a (1, C, 1, L) tensor as they did on (1, C, L) (with scalar constants)."""


def as_2d(graph) -> bool:
    """Rewrite the windowed part (in place) so its 1-D convolutions run as 2-D ones of height 1.

    The same weights and arithmetic, but onnxruntime has a blocked-layout kernel (NCHWc) for
    2-D convolutions only: measured on joe's windowed part, 118 ms instead of 151 ms per
    window of 200 frames, the output within 2e-8 of the 1-D graph's. The graph's input gains a
    height of 1 as it enters; a tensor leaves through a Squeeze where an op that is not a
    convolution or element-wise (the final Unsqueeze) or the graph's output takes it. False,
    with the graph untouched, when a convolution is not 1-D or an element-wise op meets
    another tensor."""
    from onnx import helper, numpy_helper

    weights = {t.name: t for t in graph.initializer}
    # Constants an element-wise op may meet, by their number of dimensions (Constant nodes
    # without a tensor value count as many).
    ranks = {name: len(t.dims) for name, t in weights.items()}
    for n in graph.node:
        if n.op_type == "Constant":
            value = next((a.t for a in n.attribute if a.name == "value"), None)
            ranks[n.output[0]] = len(value.dims) if value is not None else 99
    start = graph.input[0].name
    flat, convs = {start}, []
    for node in graph.node:  # topological order
        if not any(i in flat for i in node.input):
            continue
        if node.op_type in ("Conv", "ConvTranspose"):
            w = weights.get(node.input[1])
            if node.input[0] not in flat or w is None or len(w.dims) != 3:
                return False
            convs.append(node)
        elif node.op_type in ELEMENTWISE:
            # Another tensor, or a constant that is more than a scalar or a list, would
            # broadcast differently against a 4-D tensor.
            others = [i for i in node.input if i and i not in flat]
            if any(ranks.get(i, 99) > 1 for i in others):
                return False
        else:
            continue  # an exit: squeezed below
        flat.update(node.output)

    axes = numpy_helper.from_array(np.array([2], dtype=np.int64), "audioed/height_axis")
    graph.initializer.append(axes)
    for node in convs:
        w = weights[node.input[1]]
        w.CopyFrom(numpy_helper.from_array(numpy_helper.to_array(w)[:, :, None, :], w.name))
        attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
        del node.attribute[:]
        for name, value in attrs.items():
            if name == "pads":
                value = [0, value[0], 0, value[1]]
            elif name in ("kernel_shape", "dilations", "strides", "output_padding"):
                value = [1, *value]
            node.attribute.append(helper.make_attribute(name, value))

    nodes, squeezed = [], {}

    def squeeze(name: str) -> str:
        if name not in squeezed:
            squeezed[name] = f"{name}/1d"
            nodes.append(helper.make_node("Squeeze", [name, axes.name], [squeezed[name]]))
        return squeezed[name]

    entry = f"{start}/2d"
    nodes.append(helper.make_node("Unsqueeze", [start, axes.name], [entry]))
    rename = {start: entry}
    for o in graph.output:
        if o.name in flat and o.name != start:
            rename[o.name] = f"{o.name}/2d"
    inside = {rename.get(t, t) for t in flat}
    for node in graph.node:
        node.input[:] = [rename.get(i, i) for i in node.input]
        node.output[:] = [rename.get(o, o) for o in node.output]
        if node.op_type not in ELEMENTWISE | {"Conv", "ConvTranspose"}:
            node.input[:] = [squeeze(i) if i in inside else i for i in node.input]
        nodes.append(node)
    for o in graph.output:
        if o.name in rename:
            nodes.append(helper.make_node("Squeeze", [rename[o.name], axes.name], [o.name]))
    del graph.node[:]
    graph.node.extend(nodes)
    del graph.value_info[:]  # shapes recorded for the 1-D graph
    return True


CUT_FORMAT = 3
"""Bumped when the cut or the files that keep it change."""


def stored(where: Path) -> Split | bool | None:
    """The Split of the cut `store` kept in `where` (the parts are the files where/encoder.onnx
    and where/decoder.onnx), False when the model was found not to cut, None when nothing
    usable is there (missing, another format, or a part that fails its checksum)."""
    try:
        meta = json.loads((where / "cut.json").read_text(encoding="utf-8"))
        if meta.get("format") != CUT_FORMAT:
            return None
        if meta.get("whole"):
            return False
        for part in ("encoder", "decoder"):
            if zlib.crc32((where / f"{part}.onnx").read_bytes()) != meta["crc32"][part]:
                return None
        return Split(meta["latent"], overlap=int(meta["overlap"]), hop=int(meta["hop"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(where: Path, cut: Cut | None) -> bool:
    """Keep `cut` (None: the model does not cut) in `where`, whole or not at all: written
    beside it and renamed into place. False when it cannot be written."""
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=where.parent, prefix=f".{where.name}.", suffix=".partial"))
    except OSError:
        return False
    try:
        meta = {"format": CUT_FORMAT}
        if cut is None:
            meta["whole"] = True
        else:
            meta.update(asdict(cut.split), crc32={})
            for part in ("encoder", "decoder"):
                data = getattr(cut, part)
                (tmp / f"{part}.onnx").write_bytes(data)
                meta["crc32"][part] = zlib.crc32(data)
        (tmp / "cut.json").write_text(json.dumps(meta), encoding="utf-8")
        shutil.rmtree(where, ignore_errors=True)  # a damaged earlier cut
        try:
            os.rename(tmp, where)
        except OSError:  # another render stored it first
            shutil.rmtree(tmp, ignore_errors=True)
        return True
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        return False


def receptive_reach(graph) -> tuple[float, int]:
    """How many input frames either side of a frame the graph's output can depend on, and how
    many output samples it makes per input frame.

    The longest path through the graph, adding each convolution's half span in input frames
    (a transposed convolution by `stride` sees (kernel - 1) / stride of its inputs); branches
    that meet (residual sums) take the longer one.
    """
    from onnx import helper

    weights = {t.name: t for t in graph.initializer}
    source = graph.input[0].name
    reach, scale = {source: 0.0}, {source: 1}
    for node in graph.node:  # ONNX graphs are stored in topological order
        ins = [i for i in node.input if i in reach]
        if not ins:
            continue
        r, s = max(reach[i] for i in ins), scale[ins[0]]
        if node.op_type in ("Conv", "ConvTranspose"):
            attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
            kernel = (attrs.get("kernel_shape") or list(weights[node.input[1]].dims[2:]))[0]
            dilation = (attrs.get("dilations") or [1])[0]
            stride = (attrs.get("strides") or [1])[0]
            if node.op_type == "Conv":
                r += (kernel - 1) * dilation / 2 / s
            else:
                r += (kernel - 1) / stride / 2 / s
                s *= stride
        for o in node.output:
            reach[o], scale[o] = r, s
    out = graph.output[0].name
    return reach[out], scale[out]


class SplitSession:
    """Stands in for the whole model's onnxruntime session: `run` takes the model's inputs and
    gives its output (1 x 1 x samples), made by the two parts."""

    def __init__(self, encoder, decoder, split: Split):
        self.encoder, self.decoder, self.split = encoder, decoder, split

    def run(self, output_names, inputs: dict, *args, **kwargs) -> list[np.ndarray]:
        p = self.split
        z = self.encoder.run([p.latent], inputs)[0]
        audio = decode(self.decoder, p.latent, z, hop=p.hop, overlap=p.overlap)
        return [audio.reshape(1, 1, -1)]


def decode(session, latent: str, z: np.ndarray, *, hop: int, overlap: int, window: int | None = None) -> np.ndarray:
    """The windowed part's audio for its input `z` (1 x channels x length), at most `window`
    inputs (default: WINDOW_SAMPLES of audio) plus their context per call."""
    window = window or max(1, WINDOW_SAMPLES // hop)
    frames = z.shape[2]
    if frames <= window:
        return session.run(None, {latent: z})[0].reshape(-1)
    n = -(-frames // window)
    size = -(-frames // n)  # equal windows: no short last one paying full context
    out = []
    for start in range(0, frames, size):
        end = min(frames, start + size)
        a, b = max(0, start - overlap), min(frames, end + overlap)
        audio = session.run(None, {latent: np.ascontiguousarray(z[:, :, a:b])})[0].reshape(-1)
        out.append(audio[(start - a) * hop:(end - a) * hop])
    return np.concatenate(out)

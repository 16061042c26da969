"""A Piper (VITS) model run in two parts, the later stages of its decoder over short windows.

A Piper call's working memory grows with the length of the sentence's audio, almost all of it in
the decoder's later upsampling stages. The graph is cut before the decoder's second transposed
convolution: the first part runs over the whole sentence, the rest in windows of at most
WINDOW_SAMPLES of audio, each with `overlap` inputs of context either side, worked out from the
convolutions. Every output sample then depends on the inputs it depended on before, so the audio
is the whole model's to within one 16-bit step (the windowed part's convolutions are made 2-D,
whose kernels add in another order). Nothing here trusts that: audioed.engines.piper.sessions
checks every cut against the whole model and runs the model whole when they differ.
Figures and history: docs/performance.md ("Memory").
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

WINDOW_SAMPLES = 200 * 256
"""Audio samples per decoder call (2.3 s at 22,050 Hz): memory levels off there while the
repeated context stays near 1% of the work (measured, docs/performance.md)."""

CUT_FORMAT = 4
"""Bumped when the cut or the files that keep it change: older cuts and markers are made again."""


@dataclass(frozen=True)
class Split:
    """Where the two parts of a model meet."""

    latent: str
    """Name of the tensor between the parts (the windowed part's only input)."""
    overlap: int
    """Inputs of context each window needs on either side."""
    hop: int
    """Audio samples per input of the windowed part (its upsampling)."""
    audio: str = "output"
    """Name of the model's audio output (made by the windowed part)."""


@dataclass(frozen=True)
class Cut:
    """A model cut in two: the parts serialized for onnxruntime, and where they meet."""

    split: Split
    encoder: bytes
    decoder: bytes


class CannotCut(Exception):
    """The model has transposed convolutions (a VITS decoder) but no cut that windows can run."""


def split(model) -> Cut | None:
    """`model` (an onnx ModelProto of a Piper voice) cut before its decoder's second transposed
    convolution (else its first); None when it has none (nothing to window). Raises CannotCut
    when no cut gives a windowed part that depends on one tensor only and keeps time aligned."""
    from onnx import TensorProto, helper
    from onnx.utils import Extractor

    graph = model.graph
    ups = [n.input[0] for n in graph.node if n.op_type == "ConvTranspose"]
    if not ups:
        return None
    # Found by structure, not by name: the second upsampling keeps the repeated context small
    # (about one latent frame) while the first part's tensors stay small (docs/performance.md).
    candidates = [ups[1], ups[0]] if len(ups) > 1 else ups
    outputs = [o.name for o in graph.output]
    known = {v.name for v in graph.value_info}
    # The extractor wants a declared type for the tensor it cuts at; exporters need not record one.
    graph.value_info.extend(helper.make_tensor_value_info(name, TensorProto.FLOAT, None)
                            for name in dict.fromkeys(candidates) if name not in known)
    extractor = Extractor(model)
    why = "no transposed convolution starts a part that depends on it alone"
    for latent in candidates:
        try:
            decoder = extractor.extract_model([latent], outputs[:1])
            # Other outputs (phoneme durations, in voices patched for alignments) come from the first part.
            encoder = extractor.extract_model([i.name for i in graph.input], [latent, *outputs[1:]])
        except Exception as e:  # onnx raises several types for a graph it cannot cut there
            why = f"onnx cannot cut the graph there ({type(e).__name__})"
            continue
        if [i.name for i in decoder.graph.input] != [latent] or not decoder.graph.node:
            why = "the decoder needs more than one tensor (a speaker embedding?)"
            continue
        reach = receptive_reach(decoder.graph)
        if reach is None:
            why = "a convolution in the decoder changes the length or alignment of its input"
            continue
        left, right, hop = reach
        as_2d(decoder.graph)  # else left 1-D: slower, the same audio
        # One input more than the reach: an output sample lies anywhere within its input's frame.
        return Cut(Split(latent, overlap=math.ceil(max(left, right)) + 1, hop=hop, audio=outputs[0]),
                   encoder.SerializeToString(), decoder.SerializeToString())
    raise CannotCut(why)


ELEMENTWISE = frozenset({"Add", "Sub", "Mul", "Div", "LeakyRelu", "Relu", "Tanh", "Sigmoid"})
"""Ops that work on a (1, C, 1, L) tensor as they did on (1, C, L) (with scalar constants)."""


def _attrs(node) -> dict:
    from onnx import helper

    return {a.name: helper.get_attribute_value(a) for a in node.attribute}


def as_2d(graph) -> bool:
    """Rewrite the windowed part (in place) so its 1-D convolutions run as 2-D ones of height 1.

    The same weights and arithmetic, but onnxruntime's blocked-layout kernels (NCHWc) are 2-D
    only, about 20% faster here (docs/performance.md). The input gains a height of 1 as it
    enters; a tensor leaves through a Squeeze where an op that is not a convolution or
    element-wise, or the graph's output, takes it. False, with the graph untouched, when a
    convolution is not 1-D or an element-wise op meets another tensor."""
    from onnx import helper, numpy_helper

    weights = {t.name: t for t in graph.initializer}
    # Constants an element-wise op may meet, by rank (a Constant without a tensor: unknown).
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
        attrs = _attrs(node)
        del node.attribute[:]
        for name, value in attrs.items():
            if name == "pads":  # [begin, end] -> [height begin, begin, height end, end]
                value = [0, value[0], 0, value[1]]
            elif name == "output_padding":  # the height axis gets none: it stays 1
                value = [0, *value]
            elif name in ("kernel_shape", "dilations", "strides"):
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


def receptive_reach(graph) -> tuple[float, float, int] | None:
    """How far, in input frames before and after its own position, an output sample of the
    windowed part can depend on, and how many output samples it makes per input frame.

    The longest path through the graph, per side: a convolution's taps reach `pads[0]` samples
    back and the rest of its span forward, a transposed convolution by `stride` the other way
    round; branches that meet (residual sums) take the longer one. None when a convolution would
    change the length or alignment of its input (strided, unpadded, `auto_pad`): windows could
    not be put back together sample for sample.
    """
    weights = {t.name: t for t in graph.initializer}
    source = graph.input[0].name
    reach, scale = {source: (0.0, 0.0)}, {source: 1}
    for node in graph.node:  # ONNX graphs are stored in topological order
        ins = [i for i in node.input if i in reach]
        if not ins:
            continue
        left, right = max(reach[i][0] for i in ins), max(reach[i][1] for i in ins)
        s = scale[ins[0]]
        if node.op_type in ("Conv", "ConvTranspose"):
            attrs = _attrs(node)
            if attrs.get("auto_pad", b"NOTSET") not in (b"NOTSET", "NOTSET") or node.input[1] not in weights:
                return None
            kernel = (attrs.get("kernel_shape") or list(weights[node.input[1]].dims[2:]))[0]
            span = (kernel - 1) * (attrs.get("dilations") or [1])[0]
            stride = (attrs.get("strides") or [1])[0]
            begin, end = (attrs.get("pads") or [0, 0])[:2]
            if node.op_type == "Conv":
                if stride != 1 or begin + end != span:
                    return None
                left, right = left + begin / s, right + (span - begin) / s
            else:
                if span + 1 - begin - end + (attrs.get("output_padding") or [0])[0] != stride:
                    return None
                s *= stride
                left, right = left + (span - begin) / s, right + begin / s
        for o in node.output:
            reach[o], scale[o] = (left, right), s
    out = graph.output[0].name
    return (*reach[out], scale[out]) if out in reach else None


class SplitSession:
    """Stands in for the whole model's onnxruntime session: `run` takes the model's inputs and
    gives the outputs asked for, the audio made by the windowed part, the rest by the first."""

    def __init__(self, encoder, decoder, split: Split, window: int | None = None, run_options=None):
        self.encoder, self.decoder, self.split, self.window = encoder, decoder, split, window
        self.run_options = run_options
        """Used when `run` is given none (piper gives none)."""
        self._inputs = {i.name for i in encoder.get_inputs()}
        self._outputs = [split.audio, *(o.name for o in encoder.get_outputs()[1:])]
        self._rank = len(decoder.get_outputs()[0].shape or [1, 1, 1])

    def run(self, output_names, input_feed: dict, run_options=None) -> list[np.ndarray]:
        p, run_options = self.split, run_options or self.run_options
        names = list(output_names or self._outputs)
        extra = [n for n in names if n != p.audio]
        feed = {k: v for k, v in input_feed.items() if k in self._inputs}  # an unused input is dropped by the cut
        got = dict(zip([p.latent, *extra], self.encoder.run([p.latent, *extra], feed, run_options)))
        audio = decode(self.decoder, p.latent, got.pop(p.latent), hop=p.hop, overlap=p.overlap,
                       window=self.window, run_options=run_options)
        got[p.audio] = audio.reshape((1,) * (self._rank - 1) + (-1,))
        return [got[n] for n in names]


def decode(session, latent: str, z: np.ndarray, *, hop: int, overlap: int, window: int | None = None,
           run_options=None) -> np.ndarray:
    """The windowed part's audio for its input `z` (1 x channels x length), at most `window`
    inputs (default: WINDOW_SAMPLES of audio) plus their context per call."""
    window = window or max(1, WINDOW_SAMPLES // hop)
    frames = z.shape[2]
    if frames <= window:
        return session.run(None, {latent: z}, run_options)[0].reshape(-1)
    n = -(-frames // window)
    size = -(-frames // n)  # equal windows: no short last one paying full context
    out = []
    for start in range(0, frames, size):
        end = min(frames, start + size)
        a, b = max(0, start - overlap), min(frames, end + overlap)
        audio = session.run(None, {latent: np.ascontiguousarray(z[:, :, a:b])}, run_options)[0].reshape(-1)
        out.append(audio[(start - a) * hop:(end - a) * hop])
    return np.concatenate(out)


# Kept on disk: cut.json names the parts and their checksums, or says the model runs whole.
PARTS = ("encoder.onnx", "decoder.onnx", "probe.pcm")


def stored(where: Path) -> dict | None:
    """What `store` kept in `where`: {"split": Split, "probe": ids, "reference": int16 samples}
    for a cut, {"whole": reason} for a model found not to cut; None when nothing usable is
    there (missing, a part that fails its checksum, or made by another CUT_FORMAT or `maker`:
    the whole model's probe audio and what cuts may change with them)."""
    try:
        meta = json.loads((where / "cut.json").read_text(encoding="utf-8"))
        if meta.get("format") != CUT_FORMAT or meta.get("maker") != maker():
            return None
        if "whole" in meta:
            return {"whole": str(meta["whole"])}
        data = {}
        for part in PARTS:
            data[part] = (where / part).read_bytes()
            if zlib.crc32(data[part]) != meta["crc32"][part]:
                return None
        return {"split": Split(**meta["split"]), "probe": [int(i) for i in meta["probe"]],
                "reference": np.frombuffer(data["probe.pcm"], dtype=np.int16)}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(where: Path, cut: Cut | None = None, *, probe: list[int] = (), reference: np.ndarray | None = None,
          whole: str | None = None, over: bool = False) -> bool:
    """Keep `cut` with its probe (phoneme ids) and the whole model's audio for it, or, with
    `whole`, the reason the model runs whole, in `where`: written beside it and renamed into
    place. A usable entry already there stays (another render stored it first and may be
    loading it) unless `over`. False when it cannot be written."""
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=where.parent, prefix=f".{where.name}.", suffix=".partial"))
    except OSError:
        return False
    try:
        meta = {"format": CUT_FORMAT, "maker": maker()}
        if whole is not None:
            meta["whole"] = whole
        else:
            data = {"encoder.onnx": cut.encoder, "decoder.onnx": cut.decoder,
                    "probe.pcm": np.asarray(reference, dtype=np.int16).tobytes()}
            meta.update(split=asdict(cut.split), probe=list(probe), crc32={})
            for part, blob in data.items():
                (tmp / part).write_bytes(blob)
                meta["crc32"][part] = zlib.crc32(blob)
        (tmp / "cut.json").write_text(json.dumps(meta), encoding="utf-8")
        if over or stored(where) is None:
            shutil.rmtree(where, ignore_errors=True)  # a damaged or outdated earlier one
        try:
            os.rename(tmp, where)
        except OSError:  # a usable one is there, or another render stored it first
            shutil.rmtree(tmp, ignore_errors=True)
        return True
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        return False


def maker() -> str:
    """The versions a kept cut or note was made with: another audioed, onnxruntime or piper-tts
    makes it again."""
    from importlib.metadata import version

    import audioed

    return f"audioed {audioed.__version__}; onnxruntime {version('onnxruntime')}; piper-tts {version('piper-tts')}"

"""How a Piper model is loaded: as its two parts (audioed.engines.piper.cut) when the cut is
checked and gives the whole model's audio, else as the whole model, with one warning.

The check decodes a probe (fixed phoneme ids, noise off) in several windows and compares it with
the whole model's audio for the same ids, kept beside the cut when it is made; it runs whenever
a process loads a cut, so a cut that goes wrong later (a changed onnxruntime, a damaged file
that kept its checksum) is caught too. A model found not to cut is remembered in the cache
(a `cut.json` marker) until audioed, onnxruntime or piper-tts change.
"""

from __future__ import annotations

import shutil
import tempfile
import warnings
from pathlib import Path

import numpy as np

from audioed.engines.piper import cut as vits
from audioed.errors import AudioedWarning

PROBE_PHONEMES = "ðə bɔːɹdɚ pætɹoʊl tɹeɪnd wɪð mɛksɪkən pəliːs."
"""What the check decodes, as espeak writes it for Piper: about 2.5 s of speech, a real
sentence so the decoder sees speech-like input. Phonemes a voice lacks are left out."""

PROBE_WINDOWS = 4
"""Windows the probe is decoded in: a cut goes wrong at the joins, so there must be several."""

TOLERANCE = 1
"""Largest difference allowed, in 16-bit steps: the 2-D convolutions add in another order."""

FULL_SCALE = 32767
"""Piper's 16-bit scale for its float audio (piper.voice.AudioChunk)."""

REASON_CHARS = 160
"""An onnx or onnxruntime message is cut there: the warning stays one readable line."""


class CutWarning(AudioedWarning):
    """A Piper voice runs as its whole model because its cut failed (more memory per call)."""


_warned: set[str] = set()


def load(model: str, config, where: Path, session):
    """The session piper runs for `model` (with PiperConfig `config`): the checked cut kept in
    `where` (made there first if need be), else the whole model. `session(path)` opens one
    onnxruntime session; only a whole model that does not open raises."""
    kept = vits.stored(where)
    if kept is not None and "whole" in kept:
        return session(model)
    if kept is None:
        # The whole model's probe audio first (a model that does not run is the voice's error,
        # not the cut's), and gone before the graph is copied for the cut: a lower peak.
        ids = probe_ids(config)
        whole = session(model)
        reference = probe(whole, config, ids)
        del whole
    try:
        if kept is None:
            kept, files = _make(model, ids, reference, where)
            if kept is None:  # not a VITS decoder: nothing to run in windows
                return session(model)
        else:
            files = where
        return _checked(kept, files, config, session)
    except Exception as e:  # any failure of the cut only costs memory: never the voice
        reason = _reason(e)
    vits.store(where, whole=reason, over=True)  # remembered; when it cannot be, found again next time
    if str(where) not in _warned:
        _warned.add(str(where))
        warnings.warn(f"Piper voice {Path(model).name} runs as one whole model (more memory for long "
                      f"sentences): {reason}; `audioed cache --clear` makes it try again",
                      CutWarning, stacklevel=2)
    trim()
    return session(model)


class CutFailed(Exception):
    """Why a cut cannot be used, said in the warning."""


def _make(model: str, ids: list[int], reference: np.ndarray, where: Path):
    """Cut `model` and keep it in `where` with the probe `ids` and the whole model's audio for
    them: (what vits.stored gives, the directory the parts are in), or (None, None) when the
    model does not cut."""
    import onnx

    try:
        made = vits.split(onnx.load(model))
    except vits.CannotCut as e:
        raise CutFailed(f"its model cannot be cut ({e})") from None
    except Exception as e:
        raise CutFailed(f"its model cannot be cut ({_first_line(e)})") from None
    finally:
        trim()  # the graph's copies made while cutting it go back to the system
    if made is None:
        vits.store(where, whole="no transposed convolution")
        return None, None
    kept = {"split": made.split, "probe": ids, "reference": reference}
    if vits.store(where, made, probe=ids, reference=reference):
        return kept, where
    # The cache cannot be written: sessions are made from files (from bytes onnxruntime would
    # keep a second copy of the weights), so the parts go to a temporary directory for the load.
    try:
        tmp = Path(tempfile.mkdtemp(prefix="audioed-voice-"))
    except OSError as e:
        raise CutFailed(f"its cut cannot be kept ({e.strerror or e})") from None
    try:
        (tmp / "encoder.onnx").write_bytes(made.encoder)
        (tmp / "decoder.onnx").write_bytes(made.decoder)
    except OSError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise CutFailed(f"its cut cannot be kept ({e.strerror or e})") from None
    kept["temporary"] = tmp
    return kept, tmp


def _checked(kept: dict, files: Path, config, session):
    split, reference = kept["split"], kept["reference"]
    try:
        try:
            parts = [session(str(files / "encoder.onnx")), session(str(files / "decoder.onnx"))]
        except Exception as e:
            raise CutFailed(f"its cut cannot be loaded ({_first_line(e)})") from None
    finally:
        if "temporary" in kept:
            shutil.rmtree(kept["temporary"], ignore_errors=True)
    inputs = max(1, len(reference) // split.hop)
    cut = vits.SplitSession(*parts, split, window=max(1, -(-inputs // PROBE_WINDOWS)), run_options=_quiet())
    try:
        got = probe(cut, config, kept["probe"])
    except Exception as e:
        raise CutFailed(f"its cut fails to run ({_first_line(e)})") from None
    cut.window = cut.run_options = None
    if len(got) != len(reference):
        raise CutFailed(f"its cut gives {len(got)} samples where the whole model gives {len(reference)}")
    off = int(np.abs(got.astype(np.int32) - reference).max(initial=0))
    if off > TOLERANCE:
        raise CutFailed(f"its cut gives other audio than the whole model (off by up to {off} steps)")
    return cut


def _quiet():
    """Run options under which onnxruntime keeps a failing probe's errors to the exception (not
    also on stderr: the user gets one warning line)."""
    import onnxruntime

    options = onnxruntime.RunOptions()
    options.log_severity_level = 4  # fatal only
    return options


def probe_ids(config) -> list[int]:
    from piper.phoneme_ids import phonemes_to_ids

    known = config.phoneme_id_map
    phonemes = [p for p in PROBE_PHONEMES if p in known] or sorted(known)
    return phonemes_to_ids(phonemes, known)


def probe(session, config, ids: list[int]) -> np.ndarray:
    """Piper's 16-bit audio for `ids` through `session`, noise off (the same every time)."""
    from piper import PiperVoice, SynthesisConfig

    audio = PiperVoice(config=config, session=session).phoneme_ids_to_audio(
        ids, SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0))
    return np.clip(np.asarray(audio).reshape(-1) * FULL_SCALE, -FULL_SCALE, FULL_SCALE).astype(np.int16)


def _first_line(e: Exception) -> str:
    text = str(e).strip().splitlines()
    return text[0][:REASON_CHARS] if text else type(e).__name__


def _reason(e: Exception) -> str:
    return str(e) if isinstance(e, CutFailed) else f"its cut failed ({_first_line(e)})"


def trim() -> None:
    try:  # glibc keeps freed heap pages unless asked to give them back
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass

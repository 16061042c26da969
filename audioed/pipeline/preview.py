"""`audioed voices --preview NAME`: a short sample of a cast, an engine or a voice, as an MP3."""

from __future__ import annotations

from pathlib import Path

from audioed.voice.cache import ClipCache
from audioed.voice.cast import Cast, find_cast, load_cast, parse_cast
from audioed.engines import available, voice_settings
from audioed.errors import CastError
from audioed.model import Line, Script, Section

SAMPLES = {
    "intro": "Audio edition preview.",
    "narrator": "This is the narrator. It reads the story, sentence by sentence, at an even pace.",
    "quote": "And this is how a quotation sounds, in the voice the cast gives to quotes.",
    "outro": "This audio was produced with a synthetic voice.",
}


PREVIEW_SPEAKERS = 6
"""Speakers of a cast's pool heard in its preview (the studio pool has 23)."""


def cast_for(name: str) -> Cast:
    """A cast file or cast name; else an engine name (its defaults); else a voice of an engine."""
    p = find_cast(name)
    if p.is_file():
        return load_cast(p)
    if name in available():
        return parse_cast({"roles": {"narrator": {"engine": name}}}, name=name)
    found = voice_settings(name)
    if found is None:
        raise CastError(f"{name!r} is neither a cast, an engine nor a voice (see `audioed voices`)")
    engine, settings = found
    return parse_cast({"roles": {"narrator": {"engine": engine, **settings}}}, name=name)


def preview_script(cast: Cast) -> Script:
    lines = [Line(role=role, text=SAMPLES[role], spoken=SAMPLES[role], paragraph=i)
             for i, role in enumerate(("intro", "narrator", "quote", "outro")) if role in cast.roles]
    for i, _ in enumerate(cast.speakers[:PREVIEW_SPEAKERS]):
        text = f"I am speaker {i + 1} of this cast, a voice for quoted people."
        lines.append(Line(role="quote", text=text, spoken=text, paragraph=10 + i, speaker=f"speaker {i + 1}"))
    return Script(title=f"Preview of {cast.name}", sections=[Section(title=cast.name, lines=lines)])


def preview(name: str, out_dir: Path, *, cache: ClipCache | None = None) -> Path:
    """Render a sample of `name` to OUT_DIR/preview-<name>.mp3; its path."""
    from audioed.audio.assemble import assemble
    from audioed.audio.encode import Mp3Encoder
    from audioed.audio.level import Leveler
    from audioed.publish.staging import Staging, prepare_dir, slugify
    from audioed.pipeline.render import levelled
    from audioed.voice.synthesize import synthesize

    cast = cast_for(name)
    script = preview_script(cast)
    synthesis = synthesize(script, cast, cache=cache, jobs=1)
    out = prepare_dir(out_dir)
    with Staging(out) as staging:
        mp3 = staging.path(f"preview-{slugify(Path(name).stem)}.mp3")
        encoder = Mp3Encoder(mp3, frame_rate=synthesis.frame_rate)
        try:
            clips = levelled(synthesis, Leveler(synthesis.frame_rate))  # as loud as a render
            assemble(clips, encoder, frame_rate=synthesis.frame_rate, section_titles=[cast.name])
            encoder.close()
        except BaseException:
            encoder.abort()
            raise
        (final,) = staging.commit()
    return final


def voices_report() -> str:
    """`audioed voices`: every installed engine with its options and voices, then the casts."""
    from audioed.engines import engine_class
    from audioed.errors import AudioedError
    from audioed.voice.cast import list_casts

    out = ["Engines:"]
    for name in sorted(available()):
        try:
            cls = engine_class(name)
        except AudioedError as e:
            out.append(f"  {name}: unavailable ({e})")
            continue
        out.append(f"  {name} ({'online' if cls.needs_network else 'offline'})")
        out += [f"      {key} = {opt.default!r}: {opt.help}" for key, opt in cls.options.items()]
        notes = cls.voice_notes()
        if notes:
            out.append(f"    voices ({len(notes)}):")
            out += [f"      {voice:12} {note}" for voice, note in notes.items()]
        elif cls.voices():
            out.append(f"    voices: {', '.join(cls.voices())}")
        out += [f"    not set up: {problem}" for problem in cls.setup_problems()]
    out.append("Casts:")
    out += [f"  {f.stem}  ({f})" for f in list_casts()]
    return "\n".join(out)

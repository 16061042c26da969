"""Cast files: roles to engines and voices, the speakers pool, names, and the shipped casts."""

from pathlib import Path

import pytest

from audioed.voice.cast import list_casts, load_cast, parse_cast
from audioed.errors import CastError
from audioed.model import Line
from audioed.voice.voices import Voices

ROOT = Path(__file__).resolve().parents[2]


def test_roles_and_fallbacks():
    cast = parse_cast({"roles": {"narrator": {"engine": "piper"},
                                 "quote": {"engine": "piper", "pitch": -2, "length_scale": 1.1}}})
    assert cast.voice_for("quote").settings == (("length_scale", 1.1),) and cast.voice_for("quote").pitch == -2
    assert cast.voice_for("intro") == cast.voice_for("outro") == cast.voice_for("narrator")


@pytest.mark.parametrize("data, message", [
    ({"roles": {"quote": {"engine": "piper"}}}, "needs a \\[roles.narrator\\]"),
    ({"roles": {"narrator": {"engine": "piper"}, "villain": {"engine": "piper"}}}, "unknown role 'villain'"),
    ({"roles": {"narrator": {"voice": "joe"}}}, "names no engine"),
    ({"roles": {"narrator": "piper"}}, "must be a table"),
])
def test_invalid_casts(data, message):
    with pytest.raises(CastError, match=message):
        parse_cast(data)


def test_engine_override_keeps_roles_and_drops_engine_settings():
    cast = parse_cast({"roles": {"narrator": {"engine": "piper", "length_scale": 1.2},
                                 "quote": {"engine": "piper", "pitch": 2.0}},
                       "speakers": [{"engine": "piper", "pitch": 2.0}]}, engine="gtts")
    assert {r: v.engine for r, v in cast.roles.items()} == {"narrator": "gtts", "quote": "gtts"}
    assert cast.voice_for("narrator").settings == () and cast.speakers == []
    assert cast.voice_for("quote").pitch == 2.0  # pitch is applied after any engine


@pytest.mark.parametrize("path", sorted(p for p in (ROOT / "voices").glob("*.toml") if p.name != "lexicon.toml"),
                         ids=lambda p: p.name)
def test_shipped_casts_load_and_build_their_engines(path):
    cast = load_cast(path)
    voices = Voices(cast)
    for spec in [*cast.roles.values(), *cast.speakers]:
        voices.engine(spec)  # options validated by the engine itself


def test_cast_by_name_and_listing():
    assert load_cast("ensemble").name == "ensemble"
    assert {p.stem for p in list_casts()} >= {"default", "ensemble", "fast", "google", "mixed", "speakers"}
    with pytest.raises(CastError, match="cast file nope not found"):
        load_cast("nope")


def test_bad_toml_is_one_line(tmp_path):
    p = tmp_path / "bad.toml"
    p.write_text("[roles.narrator\nengine = 1")
    with pytest.raises(CastError, match="not valid TOML"):
        load_cast(p)


def test_speakers_pool_gives_each_quoted_person_a_stable_voice():
    cast = load_cast("ensemble")
    voices = Voices(cast)
    people = ["Armando Treviño", "Jane Doe", "Armando Treviño", "Ana Ruiz", "Luis Paz", None]
    specs = [voices.spec_for(Line(role="quote", text="", spoken="", speaker=p)) for p in people]
    assert specs[0] == specs[2] == cast.speakers[0]
    assert specs[1] == cast.speakers[1] and specs[3] == cast.speakers[2]
    assert specs[4] == cast.speakers[0]  # the pool wraps around
    assert specs[5] == cast.voice_for("quote")  # unattributed quotes: the quote role
    assert voices.spec_for(Line(role="narrator", text="", spoken="", speaker="X")) == cast.voice_for("narrator")

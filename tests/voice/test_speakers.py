"""Quoted speakers' own voices: gender from the text, no sharing while the pool has room, the
same voice across episodes of one output directory (plain data; no audio)."""

import json

import pytest

from audioed.errors import OutputError
from audioed.model import Line, Script, Section
from audioed.voice.cast import VoiceSpec, parse_cast
from audioed.voice.speakers import (
    SpeakerCasting,
    SpeakerMemory,
    first_name_gender,
    honorific_gender,
    speaker_genders,
)
from audioed.voice.voices import Voices

F1, F2 = VoiceSpec("kokoro", (("voice", "af_nicole"),), gender="f"), VoiceSpec("kokoro", (("voice", "bf_emma"),), gender="f")
M1, M2 = VoiceSpec("kokoro", (("voice", "am_fenrir"),), gender="m"), VoiceSpec("kokoro", (("voice", "bm_fable"),), gender="m")
POOL = [M1, F1, M2, F2]


def casting(genders=None, remembered=None, pool=POOL):
    return SpeakerCasting(list(pool), lambda s: s.gender, genders or {}, remembered or {})


def test_speakers_get_voices_of_their_gender():
    c = casting({"Ann Lee": "f", "Bob Ray": "m", "Cy Ng": "f", "Dan Oz": "m"})
    assert [c.spec_for(s) for s in ("Ann Lee", "Bob Ray", "Cy Ng", "Dan Oz")] == [F1, M1, F2, M2]
    assert c.spec_for("Ann Lee") is F1  # the same voice all episode


def test_no_two_speakers_share_while_a_voice_is_free():
    # Three women, two female voices: the third takes a free voice before any is shared.
    c = casting({"A": "f", "B": "f", "C": "f"}, pool=[F1, F2, M1])
    got = [c.spec_for(s) for s in "ABC"]
    assert len(set(got)) == 3 and got[:2] == [F1, F2]
    # Pool used up: a fourth woman shares the least used female voice.
    assert c.spec_for("D") in (F1, F2)


def test_unknown_gender_takes_the_next_free_voice():
    c = casting()
    assert [c.spec_for(s) for s in "WXYZ"] == POOL


def test_remembered_voice_is_kept_and_others_avoid_it():
    c = casting({"New Person": "m"}, {"Old Friend": M1.label()})
    assert c.spec_for("New Person") == M2  # M1 belongs to someone remembered
    assert c.spec_for("Old Friend") == M1


def test_remembered_voice_taken_in_this_episode_falls_back():
    c = casting({"A": "m", "B": "m"}, {"B": M1.label()})
    c.spec_for("B")
    assert c.spec_for("A") == M2


def test_a_voice_missing_from_the_pool_is_not_kept():
    c = casting({"A": "f"}, {"A": "kokoro af_gone"})
    assert c.spec_for("A") == F1


def test_pool_never_holds_the_narrator_or_quote_voice():
    cast = parse_cast({"speaker_voices": True,
                       "roles": {"narrator": {"engine": "piper", "voice": "joe"},
                                 "quote": {"engine": "piper", "voice": "joe", "pitch": 2.0}},
                       "speakers": [{"engine": "piper", "voice": "joe"},
                                    {"engine": "piper", "voice": "joe", "pitch": 2.0},
                                    {"engine": "piper", "voice": "joe", "pitch": -3.0}]})
    voices = Voices(cast)
    specs = {voices.spec_for(Line("quote", "x", "x", speaker=s)).pitch for s in ("A", "B")}
    assert specs == {-3.0}  # the only voice that is neither the narrator's nor the quotes'


def test_genders_from_pronouns_honorifics_and_first_names():
    lines = [Line("narrator", "Ruth Banks, the mayor, spoke first. She was brief.", "", paragraph=1),
             Line("quote", "We will build it", "", paragraph=2, speaker="Ruth Banks"),
             Line("narrator", "Mr. Pacheco disagreed.", "", paragraph=3),
             Line("quote", "It costs too much", "", paragraph=3, speaker="Juventino Pacheco"),
             Line("quote", "Fine by me", "", paragraph=4, speaker="Maria Ortiz"),
             ]
    script = Script(title="t", sections=[Section(title="s", lines=lines)])
    genders = speaker_genders(script)
    assert genders["Ruth Banks"] == "f"          # pronoun after the mention
    assert genders["Juventino Pacheco"] == "m"   # Mr. + surname
    assert genders["Maria Ortiz"] == "f"         # first name, the last hint


def test_honorific_and_first_name_helpers():
    assert honorific_gender("Ann Okafor", "Ms. Okafor said no.") == "f"
    assert honorific_gender("Ann Okafor", "Mr. Okafor and Ms. Okafor") is None  # two people
    assert first_name_gender("Robert Hale") == "m"
    assert first_name_gender("Hale") is None


def test_memory_round_trip_per_cast(tmp_path):
    SpeakerMemory(tmp_path, "default").save({"Ann Lee": "kokoro af_nicole"})
    SpeakerMemory(tmp_path, "fast").save({"Ann Lee": "piper joe +3st"})
    SpeakerMemory(tmp_path, "default").save({"Bob Ray": "kokoro am_fenrir"})
    assert SpeakerMemory(tmp_path, "default").load() == {"Ann Lee": "kokoro af_nicole", "Bob Ray": "kokoro am_fenrir"}
    data = json.loads((tmp_path / "speaker-voices.json").read_text())
    assert data["casts"]["fast"] == {"Ann Lee": "piper joe +3st"}


def test_damaged_memory_is_one_clear_error(tmp_path):
    (tmp_path / "speaker-voices.json").write_text("{not json")
    with pytest.raises(OutputError, match="speaker-voices.json cannot be read.*delete it"):
        SpeakerMemory(tmp_path, "default").load()

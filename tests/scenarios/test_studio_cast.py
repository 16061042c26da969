"""The default studio cast end to end on two short articles (real Kokoro voices): every quoted
person in a real voice of their own and of their gender, none in the narrator's, levels
matched, and the same people keeping their voices in a second episode of the directory."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from audioed.check.levels import voice_levels
from audioed.engines.kokoro import model as kmodel

FIRST = """\
Council Reopens the Old Mill

By Dana Ortiz

The council voted on Tuesday to reopen the old mill.

“We waited ten years,” said Maria Lopez. She smiled.

“The street is too busy,” said Robert Hale. He owns the bakery.

“Children need books,” said Mr. Okafor.

“It is a good day,” a resident said.
"""

SECOND = """\
Mill Opens Its Doors

By Dana Ortiz

The old mill opened as a library on Saturday.

“I came at dawn,” said Ana Ruiz. She was first in line.

“Traffic is worse already,” said Robert Hale. He counted the cars.

“It was worth the wait,” said Maria Lopez.
"""


@pytest.fixture(scope="module")
def joined_model(tmp_path_factory) -> Path:
    return kmodel.assemble(tmp_path_factory.mktemp("kokoro-model"))


def render(article: Path, out: Path, env: dict) -> dict:
    r = subprocess.run([sys.executable, "-m", "audioed", "render", str(article), "--cast", "default",
                        "--no-outro", "-o", str(out)], capture_output=True, text=True, env=env, timeout=900)
    assert r.returncode == 0, r.stderr
    (episode,) = out.glob(f"{article.stem}*.episode.json") or out.glob("*.episode.json")
    return json.loads(episode.read_text())


def test_studio_cast_gives_each_speaker_a_real_voice_kept_across_episodes(tmp_path, joined_model, monkeypatch):
    import os

    env = {**os.environ, "AUDIOED_KOKORO_MODEL": str(joined_model)}
    env.pop("AUDIOED_CAST", None)  # the default cast, as a user gets it
    out = tmp_path / "out"
    first = tmp_path / "council-reopens-the-old-mill.txt"
    first.write_text(FIRST, encoding="utf-8")
    voices = render(first, out, env)["voices"]

    assert voices["narrator"] == "kokoro af_heart"
    speakers = voices["speakers"]
    assert set(speakers) == {"Maria Lopez", "Robert Hale", "Okafor"}
    heard = set(speakers.values()) | {voices["quote"]}
    assert len(heard) == 4 and voices["narrator"] not in heard  # narrator + 4 other real voices
    assert speakers["Maria Lopez"].split()[1][1] == "f"  # af_* / bf_*: a woman's voice
    assert speakers["Robert Hale"].split()[1][1] == "m"
    assert speakers["Okafor"].split()[1][1] == "m"  # from "Mr. Okafor"

    mp3 = next(out.glob("*.mp3"))
    vtt = mp3.with_suffix(".vtt").read_text()
    assert "<v Maria Lopez>" in vtt and f"Maria Lopez: {speakers['Maria Lopez']}" in vtt
    chapters = json.loads(Path(f"{mp3.with_suffix('')}.chapters.json").read_text())
    named = {s["name"]: s["voice"] for c in chapters["chapters"] for s in c.get("speakers", [])}
    assert named["Robert Hale"] == speakers["Robert Hale"]

    levels = voice_levels(mp3)
    narrator = levels.pop(voices["narrator"])
    assert set(speakers.values()) <= set(levels)
    for voice, lufs in levels.items():
        assert abs(lufs - narrator) <= 1.0, (voice, lufs, narrator)

    # A second episode in the same directory: Ana Ruiz is heard first, yet Maria Lopez and
    # Robert Hale keep their voices and Ana gets another.
    second = tmp_path / "mill-opens-its-doors.txt"
    second.write_text(SECOND, encoding="utf-8")
    again = render(second, out, env)["voices"]["speakers"]
    assert again["Maria Lopez"] == speakers["Maria Lopez"]
    assert again["Robert Hale"] == speakers["Robert Hale"]
    assert again["Ana Ruiz"] not in (speakers["Maria Lopez"], speakers["Robert Hale"])
    assert again["Ana Ruiz"].split()[1][1] == "f"
    remembered = json.loads((out / "speaker-voices.json").read_text())["casts"]["default"]
    assert remembered == {**speakers, "Ana Ruiz": again["Ana Ruiz"]}

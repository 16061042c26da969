"""Timeline arithmetic on plain data (no audio engine, no ffmpeg)."""

from audioed.audio.assemble import Pauses, assemble, chapters_from_starts
from audioed.audio.pcm import AudioSegment
from audioed.model import Chapter, Line
from audioed.model import Clip, Utterance


def test_chapters_are_contiguous_and_cover_the_whole_duration():
    chapters = chapters_from_starts(["Intro", "One", "Two"], [120, 5000, 9000], 12000)
    assert chapters == [Chapter("Intro", 0, 5000), Chapter("One", 5000, 9000), Chapter("Two", 9000, 12000)]


def test_no_chapters_for_no_titles():
    assert chapters_from_starts([], [], 1000) == []


class Collect:
    def __init__(self):
        self.data = bytearray()

    def write(self, pcm):
        self.data += pcm


def _clip(section, line_no, ms, role="narrator", paragraph=0, rate=1000):
    line = Line(role=role, text="x", spoken="x", paragraph=paragraph)
    audio = AudioSegment(data=b"\x01\x00" * (ms * rate // 1000), sample_width=2, frame_rate=rate, channels=1)
    return Clip(Utterance(section, line_no, line, "x", "x"), audio)


def test_assemble_places_clips_and_pauses():
    p = Pauses(sentence=100, line=200, paragraph=300, section=1000, after_title=500, tail=50)
    clips = [
        _clip(0, 0, 400, role="intro", paragraph=None),   # title
        _clip(0, 1, 300, role="intro", paragraph=None),   # after_title pause
        _clip(1, 2, 1000, paragraph=5),                   # section pause
        _clip(1, 2, 1000, paragraph=5),                   # sentence pause
        _clip(1, 3, 500, role="quote", paragraph=5),      # line pause, same paragraph
        _clip(1, 4, 500, paragraph=6),                    # paragraph pause
    ]
    sink = Collect()
    t = assemble(clips, sink, frame_rate=1000, section_titles=["Intro", "Body"], pauses=p)
    starts = [c.start_ms for c in t.cues]
    assert starts == [0, 900, 2200, 3300, 4500, 5300]
    assert t.duration_ms == 5800 + 50
    assert len(sink.data) == 2 * t.duration_ms  # every ms written once, 16-bit samples
    assert t.chapters == [Chapter("Intro", 0, 2200), Chapter("Body", 2200, 5850)]

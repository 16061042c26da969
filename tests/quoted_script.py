"""A small script with quotations, built by hand (independent of the quotation finder)."""

from audioed.model import Line, Script, Section


def quoted_script() -> Script:
    def line(role, text, paragraph=None, speaker=None):
        return Line(role=role, text=text, spoken=text, paragraph=paragraph, speaker=speaker)

    return Script(title="Town Opens New Library", authors=["Jane Doe"], sections=[
        Section("Introduction", [line("intro", "Town Opens New Library."), line("intro", "By Jane Doe.")]),
        Section("The library", [
            line("narrator", "The town opened its new public library on Saturday.", 3),
            line("quote", "We waited a long time for this.", 4, "Maria Lopez"),
            line("narrator", "said Maria Lopez, who led the campaign.", 4),
            line("quote", "It was worth it. Every single day of it.", 4, "Maria Lopez"),
            line("narrator", "The building has room for forty thousand books and a reading garden.", 5),
        ]),
        Section("Credits", [line("outro", "This audio edition was produced with a synthetic voice.")]),
    ])

"""The U.S. government's site banner is never narrated nor the episode's title (session 38: read/cleanup.py
`gov_banner`, a line rule in `RULES`). The U.S. Web Design System sets the same banner over every page of the .gov
sites that use it; flattened, "Secure .gov websites use HTTPS" was a small-business guide's title and "A lock ( ) or
https:// means you've safely connected ..." its dek. Row 94 (fgov38); docs/reading.md "A platform's masthead and banner,
session 38". The page here is made up in the banner's shape."""

import pytest

from audioed.read import parse
from audioed.read.cleanup import classify
from audioed.read.prose import Context
from audioed.script import build_script

BANNER = ["An official website of the United States government", "Here's how you know",
          "Official websites use .gov",
          "A .gov website belongs to an official government organization in the United States.",
          "Secure .gov websites use HTTPS",
          "A lock ( ) or https:// means you’ve safely connected to the .gov website. Share sensitive information only "
          "on official, secure websites."]


@pytest.mark.parametrize("text", [t for t in BANNER if t != "Here's how you know"]
                         + ["An official website of the United States government Here’s how you know",
                            "An official website of the United States government.",
                            # the lock icon's own words flattened into the brackets, and the banner of .mil sites
                            "A lock (  Lock Locked padlock icon  ) or https:// means you've safely connected to the .gov "
                            "website. Share sensitive information only on official, secure websites.",
                            "Official websites use .mil", "Secure .mil websites use HTTPS"])
def test_the_banner_is_furniture(text):
    assert classify(text, Context()) == "chrome"


@pytest.mark.parametrize("text", [
    "The agency said official websites use .gov addresses, and the fake one did not.",
    "An official website of the United States government was defaced on Monday, officials said.",
    "Secure .gov websites use HTTPS, but many state sites still do not.",
    # story text glued after the lock line is no banner's
    "A lock ( ) or https:// means you've safely connected to the .gov website. Share sensitive information only on "
    "official, secure websites. The bureau said on Tuesday that 40 agencies had moved their sites.",
])
def test_a_story_about_government_websites_stays(text):
    assert classify(text, Context()) is None


PAGE = "\n\n".join([
    *BANNER, "Menu", "Business Guide", "Funding Programs", "Federal Contracting",
    "Protect your business",
    "Cyberattacks are a concern for small businesses. Learn about the threats and how to protect yourself.",
    "Small businesses are attractive targets because they hold information that criminals want, and they often "
    "lack the security infrastructure of larger businesses.",
    "Most attacks start with a single e-mail: a link that asks an employee to sign in, or an attachment that "
    "installs software no one meant to install.",
    "Training staff to spot those messages, keeping software up to date and backing up data are the three steps "
    "that stop most of them before they do harm.",
    "The guide below walks through each step and the free help the agency offers for each one.",
]) + "\n"


def test_the_banner_is_no_title_and_never_heard():
    article = parse(PAGE, fmt="text", source="page")
    assert article.title == "Protect your business"
    heard = " ".join(line.text for section in build_script(article).sections for line in section.lines)
    assert ".gov" not in heard and "United States government" not in heard

"""Clean-up rules for news pages: is this block page furniture rather than story, and which kind?

Each rule is a small named predicate `rule(text, ctx) -> bool` over one line of a block, paired
with the block kind it assigns (chrome, caption, embed, promo, bio, credit, byline). `classify`
runs them in order; a block is furniture only when every one of its lines is, so a rule never
eats the story text that shares a block with a stray label. Rules guard on length and sentence
shape so that a body sentence which merely mentions "donate" or "video" is kept.
"""

from __future__ import annotations

import re
from typing import Callable

# The rules' vocabulary; also imported from here by the reader's other modules.
from audioed.read.dates import MONTH
from audioed.read.headers import IN_TEXT_POINTER, POINTER_LABEL, POINTER_WORD, SKIP_LINK, more_stories
from audioed.read.prose import NAME, SENTENCE_BREAK, Context, is_sentence, sentence_breaks, split_sentences, words  # noqa: F401


# --- site chrome -------------------------------------------------------------------------


def _quotes_nobody(text: str, most: int) -> bool:
    """A line of `most` words or fewer that quotes and credits nobody: a notice's shape, where a story sentence on
    the same words would quote or attribute ("... the judge said")."""
    return len(words(text)) <= most and not re.search(r"[\"“”]|\b(?:said|says|told)\b", text)


UI_LABELS = set("""
close comment comments creative commons donate email add facebook instagram mastodon messenger
mobile nav navigation menu podcast podcasts print rss search secure twitter whatsapp youtube share
tweet linkedin reddit pinterest tiktok telegram threads bluesky x copy link save bookmark subscribe
login logout log sign signin account home skip content main toggle open expand collapse more back
top next previous prev gift listen play pause audio video photos sections topics follow icon logo
flipboard feed apple google spotify contact about advertise privacy policy terms cookies settings
give support newsletter newsletters on in to us the of and a sms text message reprint reprints
republish republishing story article print mail chat dark mode light edition subscriber donation
world u.s. us politics business sports opinion arts culture science health tech technology local
national international travel food style lifestyle entertainment weather obituaries investigations
latest live podcasts videos newsletter crosswords games magazine climate education economy markets
all services options sharing previous next fullscreen thumbnails slideshow gallery
""".split())
"""Icon, button and section labels: a line made of these is navigation, whatever its order."""


def icon_label_run(text: str, ctx: Context) -> bool:
    """A run of icon or button labels ("Close Close Comment Creative Commons Donate Email ...")."""
    ws = [w.lower().strip(".") for w in words(text)]
    if not ws or is_sentence(text):
        return False
    if len(ws) < 3:  # a lone button ("Email", "Print", "More World"), not a phrase ("The Economy")
        return all(w in UI_LABELS and len(w) > 3 for w in ws)
    return sum(w in UI_LABELS for w in ws) / len(ws) >= 0.7


_CTA = (r"donate(?: now| today| here)?|give now|join us|join now|join today|become a (?:member|subscriber)|"
        r"subscribe(?: now| today| here)?|sign up|sign in|log in|register|share(?: this(?: story| article| page)?)?|"
        r"share on \w+|share via \w+|follow us(?: on \w+)?|read more|see more|load more|show more|"
        rf"view comments|leave a comment|{SKIP_LINK}|advertisement|sponsored(?: content)?|"
        r"back to top|listen to (?:this )?(?:story|article)|(?:artikel )?anhören|print this (?:story|article|page)|copy link|"
        r"link copied(?: to (?:the )?clipboard)?|"  # (the share button's confirmation, printed under it)
        r"gift (?:this )?article|republish this (?:story|article)|continue reading(?: the main story)?|"
        r"supported by|(?:story|article) continues below(?: advertisement)?|reuse this content|enlarge this image|"
        r"(?:hide|toggle|show) caption|view (?:image|gallery|\d+ (?:images|photos|pictures))|open gallery|expand image|"
        r"most (?:viewed|read|popular)|explore more on these topics|comments?|view \d+ comments?|loading|"
        r"leave a reply|cancel reply|like this|posted in|your email address will not be published|"
        r"our standards|click here(?: to \w+)?")
_CTA_START = re.compile(rf"^\W*(?:{_CTA})\b", re.IGNORECASE)
_CLICK = re.compile(r"^\W*click here\b", re.IGNORECASE)
# Pager buttons, only as a whole line: "What comes next" is a subheading.
_PAGER = re.compile(r"^\W*(?:previous|prev|next)(?:\s*(?:next|previous))?(?:\s+(?:story|article|page|post|slide|"
                    r"image|photo))?\W*$", re.IGNORECASE)
_CTA_END = re.compile(rf"(?:(?:^|[.!?:|•·])\s*|(?P<space>\s))(?:{_CTA})\W*$", re.IGNORECASE)
# A sentence's lead-in to the code, list or picture under it ("A request may look like this:"), not the
# blog's like button ("Like this:", "%d bloggers like this:", a count and any noun: "5 users like this:").
_LEAD_IN = re.compile(r"(?<!bloggers)(?<!blogger)(?<!people)(?<!%d)\s+like this\s*:$", re.IGNORECASE)
_LIKE_COUNT = re.compile(r"^\W*(?:%d|\d[\d.,]*\s*[km]?|one)\s+[^\W\d_]+\s+likes?\s+this\s*:$", re.IGNORECASE)


def action_row(text: str, ctx: Context) -> bool:
    """Donate / join / share / follow / subscribe buttons, alone or ending a short slogan."""
    ws = words(text)
    if not ws or len(ws) > 14:
        return False
    if _PAGER.match(text):
        return True
    m = _CTA_START.match(text)
    # A full sentence counts only when the button words are nearly all of it ("Sign up here."), or when it
    # sends the reader to click, whatever follows: one sentence "Click here to get headlines on your profile."
    if m and (not is_sentence(text) or len(words(text[m.end():])) <= 2
              or _CLICK.match(text) and not sentence_breaks(text)):
        return True
    # "Independent journalism powered by the people. Join us": the call to action closes the row.
    # After a plain space only in a label: "A spokesman declined to comment." is the story.
    end = _CTA_END.search(text)
    if not end or (end.group("space") and (is_sentence(text) or _LEAD_IN.search(text) and not _LIKE_COUNT.match(text))):
        return False
    return not re.search(r"[\"“”]", text) and len(ws) <= 10


# A shop's, a landing page's or a form's button, a whole line: an affiliate roundup's "$129 at Amazon", "Buy on
# Amazon", "Check Price at REI (on sale!)", "See Deal"; "Learn More", "Get Started"; a sign-up box's "Email Address",
# "Your Email*", "Submit"; WordPress's like button ("Like Loading..."). A listener cannot press one, and the story
# never stands as one alone. (The shop is a capitalized name of up to four words, or a domain: "$5 at Walmart is a
# bargain" and "$600 At Walmart Is Too Much" are a sentence and a subheading; "Shop at" takes a domain only: "Shop at
# Thrift Stores" heads a section.)
_SHOP_NAME = (r"(?-i:[A-Z0-9][\w.&'’-]*(?:\s+(?:(?!(?:Is|Are|Was|Were|Will|Can|May|Has|Have|Had|Does|Do|Did|Not|"
              r"Gets|Makes)\b)[A-Z0-9&][\w.&'’-]*|to|of|the)){0,3}|"
              r"[\w-]+\.(?:com|net|org|co|shop|store)(?:\.[a-z]{2})?)")
_SHOP = (r"(?:\$\s?[\d.,]+\s+at|(?:buy|see|view|check price|see price)(?:\s+it)?\s+(?:at|on)|"
         r"shop\s+(?:at|on)(?=\s+\S+\.\w))"
         rf"\s+{_SHOP_NAME}(?:\s+links to\s+\S+)?(?:\s*\([^()]{{1,30}}\))?(?:\s+\$\s?[\d.,]+(?:\s+list)?)?")
_LONE_BUTTON = re.compile(rf"^\W*(?:{_SHOP}(?:\s*\|?\s*{_SHOP}){{0,3}}|check price|(?:see|view) (?:the )?deal|"
                          r"shop now|buy now|book now|watch now|submit|read (?:the|our) (?:full )?review|"
                          r"show (?:full )?specification details|like loading|learn more|(?:view|see|show) all|"
                          r"read in full|download(?: now)?|visit (?:the )?(?:web ?)?site|view plans|"
                          r"start (?:a |your )?free trial|try (?:it )?(?:for )?free|(?:book|request) a demo|"
                          r"now \d+% off|"
                          r"get started(?: (?:for )?free| today| now)?|"
                          r"(?:enter )?your e-?mail(?: address)?|e-?mail address|"
                          r"your (?:first and last |full |first |last )name|your name\s*\*|your phone(?: number)?)\W*$",
                          re.IGNORECASE)
LONE_BUTTON_WORDS = 20


def lone_button(text: str) -> bool:
    """A button alone on its line: "$129 at Amazon", "Buy on Amazon", "Learn More", "View All", "Download", "Visit
    Website", "Start free trial", "Email Address" (marked once the story's start and end are found:
    `furniture.mark_buttons`). Not with a colon: "Learn more:" leads into the line under it."""
    return len(words(text)) <= LONE_BUTTON_WORDS and bool(_LONE_BUTTON.match(text)) and not text.rstrip().endswith(":")


# A site's notice about the reader's browser or cart, printed by its template over any page: an outdated browser
# ("You are using an outdated browser.", "Dein Browser ist leider veraltet.", "IE 11 is not supported. For an optimal
# experience visit our site on another browser."), JavaScript turned off ("Turn on your JavaScript to view content",
# "Aktivieren Sie JavaScript um das Video zu sehen."), an empty cart ("Your cart is empty", "Es befinden sich keine
# Artikel im Warenkorb", "Cart 0"). Always about the reader's browser or cart: "Update your browser" alone may be a
# tip, and a sentence reporting users on old browsers opens otherwise, so neither is taken.
# (each notice ends where the notice does: a headline opening with its words, "You're Using an Outdated Browser - and
# Hackers Know It", "Keine Artikel im Warenkorb? Das sagt der Handel", goes on past them; `_STATUS` holds the English
# "enable javascript" notices, a line rule: these run later, after the story's run is found)
_END = r"(?:[.!]|$)"
_JS_TAIL = r"(?=\s*(?:$|[.!,]|to\b|in\b|for\b|um\b|für\b))"
_SITE_NOTICE = re.compile(rf"\b(?:(?:enable|turn on|activate) your javascript{_JS_TAIL}|"
                          rf"aktivieren sie (?:bitte )?javascript{_JS_TAIL}|"
                          rf"aktiviere (?:bitte )?javascript{_JS_TAIL}|"
                          rf"(?:sie haben|du hast) javascript\b[^.!?]{{0,30}}\bdeaktiviert{_END}|"
                          rf"^javascript ist\b[^.!?]{{0,30}}\bdeaktiviert{_END}|benötigen sie javascript{_END})|"
                          rf"^(?:you are|you(?:'|’)re) using an? (?:outdated|old|older|unsupported|out-of-date) "
                          rf"(?:web )?browser(?: version)?{_END}|"
                          rf"^your (?:web )?browser is (?:out of date|outdated|not supported|no longer supported)"
                          rf"{_END}|"
                          rf"^(?:dein|ihr) browser ist (?:leider )?(?:veraltet|nicht mehr aktuell){_END}|"
                          r"\bneueren browser\b[^.!?]{0,30}\bherunter\b|"
                          r"\bvisit (?:our|this) (?:site|website) (?:on|in|with|using) (?:another|a different|a modern|"
                          r"a newer) browser\b|"
                          r"^(?:your (?:shopping )?(?:cart|basket|bag)|the shopping (?:cart|basket)) is (?:currently )?"
                          r"empty[.!]?$|"
                          r"^(?:ihr|dein) warenkorb ist (?:noch |derzeit |zurzeit )?leer[.!]?$|"
                          rf"\bkeine (?:artikel|produkte) im warenkorb{_END}|"
                          r"^(?:cart|basket|warenkorb)\s*\(?\s*0\s*(?:items?|einträge|artikel|produkte)?\s*\)?$",
                          re.IGNORECASE)
SITE_NOTICE_WORDS = 20


def site_notice(text: str) -> bool:
    """A notice about the reader's browser or cart (`_SITE_NOTICE`), quoting nobody. Never a headline
    (`masthead.headline_like`); marked once the story's start and end are found (`furniture.mark_buttons`): as body
    lines, a shop's "Your cart is empty" keeps the run off its login form and its delivery terms."""
    return _quotes_nobody(text, SITE_NOTICE_WORDS) and bool(_SITE_NOTICE.search(text.strip()))


# A newspaper's offer to its print subscribers, printed into its paywalled pages ("If you are a Home delivery print
# subscriber, online access is included in your subscription. Activate your Online Access Now", "Print subscriber?
# Activate your digital access"): it names the print subscription and the online access and speaks to the reader.
_PRINT_SUBSCRIBER = re.compile(r"\b(?:print|home[- ]delivery|newspaper)\s+(?:edition\s+)?subscri(?:ber|ption)s?\b",
                               re.IGNORECASE)
_ONLINE_ACCESS = re.compile(r"\b(?:online|digital|web(?:site)?|unlimited)\s+access\b", re.IGNORECASE)
_TO_READER = re.compile(r"\b(?:you|your|activate)\b", re.IGNORECASE)
PRINT_OFFER_WORDS = 30


def print_subscriber_offer(text: str) -> bool:
    """A newspaper's offer of online access to its print subscribers (`_PRINT_SUBSCRIBER`, `_ONLINE_ACCESS`, spoken
    to the reader), quoting nobody. Marked once the story's start and end are found (`furniture.mark_buttons`): a
    story about a paper's subscribers names no reader ("Print subscribers will lose online access in May")."""
    t = text.strip()
    return _quotes_nobody(t, PRINT_OFFER_WORDS) and bool(_PRINT_SUBSCRIBER.search(t)) \
        and bool(_ONLINE_ACCESS.search(t)) and bool(_TO_READER.search(t))


# A reading time in the other languages pages are most often in, alone on its line: "Lesezeit: 3 Min.", "3 Min
# Lesezeit", "Lesedauer etwa 2 Min", "Temps de lecture : 4 min", "4 min de lectura", "Tempo di lettura: 3 minuti",
# "Czas czytania: 2 minuty", "3 min. leestijd", "Doba čtení: 3–4 min". (English's "5 min read" is `page_meta`'s, a
# line rule.)
_READ_LABEL = (r"(?:lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|czas czytania|leestijd|"
               r"doba čtení)")
_MINUTES = r"\d+(?:\s*[-–]\s*\d+)?\s*(?:min\.?|minuten|minutes?|minutos?|minuti|minut[aey]?)"
_READ_TIME_OTHER = re.compile(rf"^{_READ_LABEL}\s*:?\s*(?:ca\.?\s*|etwa\s*|~\s*)?{_MINUTES}\W*$|"
                              rf"^(?:ca\.?\s*)?{_MINUTES}\s+(?:{_READ_LABEL}|de lecture|de lectura|di lettura)\W*$",
                              re.IGNORECASE)


def reading_time_other(text: str) -> bool:
    """A reading time in another language than English (`_READ_TIME_OTHER`), marked once the story's start and end
    are found (`furniture.mark_buttons`): as a body line it is the gap over which the story's start is found ("...
    Auf die Merkliste", "Lesedauer etwa 2 Min", then the story), so the run is found as before and only it goes."""
    return bool(_READ_TIME_OTHER.match(" ".join(text.split())))


# An ad slot's label, a whole line: "Advertising", "ADVERT", NPR's "Sponsor Message", and the label an ad server
# prints under its in-story video player ("inRead invented by Teads"). (As a line's first word "Advertising" opens a
# subheading.)
_AD_LABEL = re.compile(r"^\W*(?:advertising|advert|advertisements?|ads?|sponsor message|inread invented by teads)\W*$",
                       re.IGNORECASE)


def ad_label(text: str, ctx: Context) -> bool:
    return bool(_AD_LABEL.match(text))


def link_teaser(text: str, ctx: Context) -> bool:
    """A labelled link to another story: "Read more: ...", "Related: ...", "Watch: ...": a pointer's
    label (`headers.POINTER_LABEL`, the one list of them), not one a story reads in its own text."""
    m = POINTER_LABEL.match(text.strip())
    if not m or len(words(text)) > 25 or IN_TEXT_POINTER.match(m.group("label")):
        return False
    # A bare pointer word may open a line of the story's own ("Also: See our coverage at ..."): judged
    # once the story's run is known (`insets.mark_pointers`), unless it heads a list ("More:", "Related:").
    return not re.fullmatch(POINTER_WORD, m.group("label"), re.IGNORECASE) or more_stories(m.group("label"), ctx)


def navigation_label(text: str, ctx: Context) -> bool:
    """Screen-reader and breadcrumb labels: "Current site Current page", "Home › News › World"."""
    if re.match(r"^(?:current (?:site|page)|you are here|breadcrumb|main menu|site navigation)\b",
                text, re.IGNORECASE) and len(words(text)) <= 8:
        return True
    if len(re.findall(r"\s[›»>|/]\s", text)) >= 2 and not is_sentence(text) and len(words(text)) <= 15:
        return True
    # A menu of section links: "Home | Video | World | U.S. | Africa | ...", each piece a label.
    pieces = [x.strip() for x in re.split(r"\s[|•·]\s", text)]
    return len(pieces) >= 5 and all(1 <= len(words(x)) <= 3 for x in pieces)


_STAMP = re.compile(rf"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+"
                    rf"{MONTH}),?\s+\d{{4}}\W+\d{{1,2}}[:.]\d{{2}}|^\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?\s+"
                    rf"(?:[A-Z]{{2,4}}\s*)?,?\s*{MONTH}\s+\d", re.IGNORECASE)


# A wire's or site's reprint notice: "This material may not be published, broadcast, rewritten or redistributed."
# (AP's, printed under its stories by every paper and station carrying them), "... reproduced, redistributed, or
# manipulated in any form" (UPI's). Three of the verbs: a story's injunction names one or two ("the material may
# not be published or broadcast, the judge ordered").
_REPRINT = r"(?:re)?(?:published|produced|broadcast|rewritten|redistributed|distributed|transmitted|cached|copied|manipulated)"
_RIGHTS_NOTICE = re.compile(rf"\b(?:material|content)\b[^.]{{0,40}}\bmay not be {_REPRINT},?\s+(?:or\s+)?{_REPRINT},?\s+"
                            rf"(?:or\s+)?{_REPRINT}\b", re.IGNORECASE)


def rights_notice(text: str, ctx: Context) -> bool:
    """A reprint notice under the story: "This material may not be published, broadcast, rewritten or redistributed."."""
    return _quotes_nobody(text, 40) and bool(_RIGHTS_NOTICE.search(text))


def page_meta(text: str, ctx: Context) -> bool:
    """Reading times, time stamps, copyright and tag lists: "5 min read", "Tue 18 Jul 2023 13.44 BST",
    "© 2024 ...", "Topics: ..."."""
    t = text.strip()
    if len(words(t)) > 20:
        return False
    if _STAMP.match(t) and len(words(t)) <= 10:
        return True
    if re.search(r"\ball rights reserved\b|©\s*\d{4}", t, re.IGNORECASE) and not re.search(r"[\"“”]|\bsaid\b", t):
        return True  # "The CNN Wire ™ & © 2013 Cable News Network, Inc. All rights reserved."
    # "November 28, 2013 -- Updated 0203 GMT (1003 HKT)": a date, then when it was updated.
    if len(words(t)) <= 14 and re.match(rf"^(?:\w+,?\s+)?(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+"
                                         rf"{MONTH}\s+\d{{4}})\W+(?:updated|published|posted|last modified)\b",
                                         t, re.IGNORECASE):
        return True
    return bool(re.match(r"^(?:\d+\s*(?:min(?:ute)?s?)\.? read|reading time\b|"
                         r"this (?:article|story) is (?:more than|over) \w+ (?:years?|months?) old|our standards\s*:|"
                         r"(?:published|updated|posted|last updated|first published)\b.*\d|©|\(c\)\s*\d{4}|"
                         r"copyright\s*(?:©\s*)?\d{4}|"
                         r"all rights reserved|(?:topics|tags|filed under|categories|more on|related topics)\s*:)",
                         t, re.IGNORECASE))


_STATUS = re.compile(r"^(?:please wait|loading|thanks|thank you|done|oops|error|success|sending)\W*$|"
                     r"\b(?:temporarily unavailable|please try again|try again later|something went wrong|"
                     r"an error (?:has )?occurred|(?:enable|requires?|turn on) javascript|javascript is (?:disabled|"
                     r"required)|(?:need to|must) have javascript (?:enabled|turned on) to (?:view|use|see|read|access)|"
                     r"your browser does not support|"
                     r"you must be logged in|log in to (?:comment|continue))\b",
                     re.IGNORECASE)


def ui_status(text: str, ctx: Context) -> bool:
    """Widget status messages: "Please wait...", "Thanks!", "This feature is temporarily unavailable.", "You need to
    have javascript enabled to view this page correctly"."""
    return _quotes_nobody(text, 20) and bool(_STATUS.search(text.strip()))


# A media player's or ad slot's notice: "You need the latest Flash player to view video content.", "We apologize,
# but this video has failed to load.", "Try refreshing your browser, or", "This advertisement has not loaded yet."
_PLAYER = re.compile(r"\b(?:(?:you need|requires?) (?:the latest |a )?(?:version of )?(?:adobe )?flash(?: player)?|"
                     r"(?:video|player|advertisement|ad) has (?:failed to load|not loaded)|"
                     r"try refreshing (?:your|the) (?:browser|page))\b", re.IGNORECASE)


def player_notice(text: str, ctx: Context | None) -> bool:
    """A video player's or ad slot's message about itself: the player's box, never the story."""
    return _quotes_nobody(text, 20) and bool(_PLAYER.search(text))


# The U.S. government's site banner (the U.S. Web Design System's, over every page of the .gov and .mil sites that
# use it): "An official website of the United States government", "Official websites use .gov", "Secure .gov
# websites use HTTPS", "A lock ( ) or https:// means you've safely connected to the .gov website." Its "Here's how
# you know" is taken only glued to the first line: alone, a story's subheading may say it.
_GOV_BANNER = re.compile(r"^(?:an official website of the united states government\.?"
                         r"(?:\s+here(?:'|’)s how you know)?|"
                         r"official websites use \.(?:gov|mil)|secure \.(?:gov|mil) websites use https|"
                         r"a \.(?:gov|mil) website belongs to an official (?:u\.s\. department of defense|government) "
                         r"organization(?: in the united states)?\.?|"
                         # (the lock icon's own words may be flattened into the brackets: "A lock ( Lock Locked ... )")
                         r"a lock \([^()]{0,40}\) or https:// means you(?:'|’)ve safely connected to the "
                         r"\.(?:gov|mil) website\.(?:\s+share sensitive information only on official, secure "
                         r"websites\.?)?)$", re.IGNORECASE)


def gov_banner(text: str, ctx: Context | None) -> bool:
    """A line of the U.S. government's site banner: the same on every agency's page, never its story."""
    return bool(_GOV_BANNER.match(text.strip()))


# --- captions and embeds -----------------------------------------------------------------

AGENCY = (r"getty images|associated press|ap photo|reuters|afp|epa|shutterstock|alamy|bloomberg|"
           r"newscom|zuma|sipa|xinhua|anadolu|pool|courtesy|for (?:the|propublica)\b[^()]*")
_PAREN_CREDIT = re.compile(rf"\((?:[^()]{{1,80}}/[^()]{{1,80}}|(?:photo|photograph|image|illustration|"
                           rf"video|credit|courtesy|foto|bild)\b[^()]*|[^()]*\b(?:{AGENCY}|ap)\b[^()]*)\)\s*\.?\s*$|"
                           # (square brackets only with a label: "[File: Reuters]"; a source "[Bloomberg]" closes a
                           # link roundup's item, "[MP1 / MP2]" a wiki's sources)
                           r"\[(?:file|photo|image|foto|bild|credit)\s*:[^\[\]]*\]\s*$",
                           re.IGNORECASE)
_LABEL_CREDIT = re.compile(r"(?:^|[\s.!?)”\"])(?:Image|Images|Photo|Photos|Photograph|Photographs|Picture|"
                           r"Illustration|Graphic|Credit|Photo credit|Image credit|Video|Audio|Source|Footage|Fotos?)"
                           r"(?:\s*:|\s+by\b|\s+courtesy(?:\s+of)?\b)\s*[^:]{1,70}$")
# (a wire's archive picture is its "file": "Jo Lee / AP file"; the wire may come first: "REUTERS/Jo Lee")
_SLASH_AGENCY = re.compile(rf"\b[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)*\s*/\s*(?:[\w.&-]+\s+)?(?:via\s+)?"
                           rf"(?:{AGENCY}|ap)(?:\s+file)?\W*$|"
                           r"\b(?:REUTERS|Reuters|AFP|AP Photo|EPA|Getty Images)\s?/\s?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\W*$|"
                           # a caption glued to its wire's name, no stop between: "... as they should be Getty Images"
                           r"[a-z,]\s+Getty Images$", re.IGNORECASE)


CREDIT_TAIL = 500
"""A credit closes its caption: only this many last characters are searched (the patterns, tried
from every word of a long paragraph, took time growing with its square)."""


PAREN_CREDIT_WORDS = 15  # a bracketed picture credit is a name or two, its agency, its rights


def photo_credit_caption(text: str, ctx: Context) -> bool:
    """A caption closed by a photo credit: "... (Omar Torres/AFP/Getty Images)", "Name/Reuters"."""
    tail = text[-CREDIT_TAIL:]
    m = _PAREN_CREDIT.search(tail)
    # (a credit is a name or two: a closing remark in brackets, "(Video is above, slides below. Let me
    # know ...)", is the writer's, not a picture's)
    return bool(m and len(words(m.group(0))) <= PAREN_CREDIT_WORDS and not sentence_breaks(m.group(0).strip("(). "))
                or _SLASH_AGENCY.search(tail))


# A caption's toggle closing it in the page's text, as NPR's pages and its stations' print each picture's caption
# ("... Chuck Burton/AP hide caption"); the credit before it may be any name ("... Marvel Comics hide caption").
CAPTION_TOGGLE = re.compile(r"\b(?:hide|show|toggle|expand|collapse|close)\s+caption\W*$", re.IGNORECASE)
# A caption's words before its toggle, fewest and most: fewer are the toggles alone ("Show Caption Hide Caption").
TOGGLED_CAPTION_WORDS = (3, 80)


def toggled_caption(text: str, ctx: Context) -> bool:
    """A caption closed by its toggle: "Dylann Roof is escorted from ... Chuck Burton/AP hide caption"."""
    m = CAPTION_TOGGLE.search(text)
    if not m:
        return False
    before = text[:m.start()].strip()
    return TOGGLED_CAPTION_WORDS[0] <= len(words(before)) <= TOGGLED_CAPTION_WORDS[1] \
        and not CAPTION_TOGGLE.search(before)


def credit_line(text: str, ctx: Context) -> bool:
    """A photo credit standing alone: "Jane Doe/AP", "AP Photo/Jane Doe", "Getty Images", "File photo"."""
    t = text.strip()
    if len(words(t)) > 8 or sentence_breaks(t):
        return False
    return bool(re.search(rf"\b(?:{AGENCY}|ap|upi|the new york times|the washington post)\b", t, re.IGNORECASE)
                and "/" in t
                or re.match(rf"^(?:{AGENCY}|getty|file photo|stock photo)\.?$", t, re.IGNORECASE))


# Picture agencies and stock libraries a credit names after a bar or a slash ("Jo Lee | Getty Images", "Friso
# Gentsch/dpa", "Jo Lee / Unsplash"), a suffix after it ("Getty Images Europe", "Shutterstock.com"). Not `AGENCY`:
# its "pool", "courtesy" and "for the ..." are everyday words outside brackets, and "AP", "UPI", "Bloomberg",
# "Keystone" or "EPA" after a bar are as often a course, a payment, a channel, a ski resort or a U.S. agency.
_PICTURE_SOURCE = (r"(?:getty images|shutterstock|istock(?:photo)?|alamy|afp|reuters|ap photo|efe|dpa|"
                   r"picture[- ]alliance|imago(?: images)?|unsplash|pexels|pixabay)"
                   r"(?:\.com)?(?:\s+(?:europe|north america|file))?")
# a person's name, particles allowed ("Philipp von Ditfurth"): a bare word before a slash is a place or a product
_CREDITED = r"(?-i:[A-Z][\w.'’-]+(?:\s+(?:(?:von|van|de|der|den|da|di|du|la|le|del|zu)\s+)?[A-Z][\w.'’-]+){1,3})"
_LOOSE_CREDIT = re.compile(
    # a name or a handle and its agency split by bars, as a business site prints under each picture ("Firn | Getty
    # Images", "Jo Lee | Bloomberg | Getty Images"); four words at most before it, not a headline
    rf"^[^|/\s]+(?:\s[^|/\s]+){{0,3}}(?:\s\|\s[^|/]{{2,30}})?\s\|\s{_PICTURE_SOURCE}$|"
    # a name and a wire or stock site split by a slash ("Friso Gentsch/dpa", "Jo Lee / Unsplash"), or after a
    # label anything before the slash ("Von: det/dpa"); a label and the source alone ("Crédit photo : AFP")
    rf"^{_CREDITED}\s?/\s?{_PICTURE_SOURCE}(?:\s?/\s?[^/|]{{2,30}})?$|"
    rf"^(?:von|by|foto|bild|bildquelle|photo|credit|crédit photo)\s*:\s*(?:[^/|:]{{2,40}}\s?/\s?)?{_PICTURE_SOURCE}"
    r"(?:\s?/\s?[^/|]{2,30})?$|"
    r"^AP Photo\s?/\s?[^/|]{2,40}?(?:,\s*file)?$|"
    # the agency alone, its bracket left by the flattening ("Getty Images)")
    rf"^{_PICTURE_SOURCE}\s*[)\]]$|"
    # a blog's line for its header picture ("Featured image from Shutterstock, chart from TradingView.com",
    # "Featured image: Jo Lee/Unsplash"); "Top photos from the week" is a subheading
    rf"^(?:featured|header) (?:image|photo) (?:from|by|via|courtesy of)\s.{{1,80}}$|"
    rf"^(?:featured|header) (?:image|photo)\s*:\s*(?:[^/|:]{{2,40}}\s?/\s?)?{_PICTURE_SOURCE}\W*$|"
    # a label the caption rules read only in one case or number ("Image Credits: Strava", "image source: Google")
    r"^(?:image|photo|picture)s?\s+(?:credits?|sources?)\s*:\s*[^:]{1,60}$|"
    # a newspaper's caption credit after its dots, an agency after a dash ("Credit...Jo Lee for The New York Times",
    # "Jo Lee - Getty Images")
    r"^credit\s*(?:\.\.\.|…)\s*(?-i:[A-Z]).{1,60}$|"
    rf"^{_CREDITED}\s[-–—]\s{_PICTURE_SOURCE}$",
    re.IGNORECASE)
# A label in capitals, as a magazine prints it under each picture ("PHOTOGRAPH: SCOTT GILBERTSON; GETTY IMAGES"); a
# gallery's "PHOTOS: ..." is a subheading, a review's "IMAGE: A-" or "CREDIT: 700+" a score.
_CAPS_CREDIT = re.compile(r"^(?:PHOTO ILLUSTRATION|PHOTOGRAPHS?|PHOTO|ILLUSTRATION|IMAGE)(?: BY)?\s*:\s*"
                          r"(?=[^a-z\d+:]*[A-Z]{2})[^a-z\d+:]{2,80}$")
# A caption whose credit closes it after its last stop or bracket ("Rene Benko. Photographer: Jo Lee/Getty Images
# Europe", "Erdölpumpen im Abendrot. Bild: Jo Lee/Shutterstock.com", "... in Florida. AP Photo").
_GLUED_CREDIT = re.compile(
    rf"[.!?)]\s+(?:(?:photographer|photograph|photo|image|credit|bild|bildrechte|fotos?)\s*:\s*"
    rf"(?:[^:.]{{1,40}}\s?/\s?)?{_PICTURE_SOURCE}|AP Photo(?:\s?/\s?[^/.()]{{2,40}}?(?:,\s*file)?)?)$",
    re.IGNORECASE)
LOOSE_CREDIT_WORDS = 10  # a credit alone: a name or two, an agency
GLUED_CAPTION_WORDS = 60  # a caption with its credit: a sentence or two


def loose_credit(text: str) -> bool:
    """A picture credit in the shapes `credit_line` and `media_label_caption` leave (`_LOOSE_CREDIT`,
    `_CAPS_CREDIT`), or a caption closed by one (`_GLUED_CREDIT`). Only the reader's late pass uses it
    (`furniture.mark_picture_credits`): the line goes, its neighbours are not made captions."""
    t = " ".join(text.split())
    if len(words(t)) <= LOOSE_CREDIT_WORDS and not sentence_breaks(t) \
            and (_LOOSE_CREDIT.match(t) or _CAPS_CREDIT.match(t)):
        return True
    return _quotes_nobody(t, GLUED_CAPTION_WORDS) and bool(_GLUED_CREDIT.search(t[-CREDIT_TAIL:]))


def media_label_caption(text: str, ctx: Context) -> bool:
    """A caption with a media label: "... Image: NASA", "Video: Name.", "Audio: Name.", "Photo by X"."""
    t = text.strip()
    m = _LABEL_CREDIT.search(t)
    if m:
        # The credit is a name or two, not a clause: no more than eight words after the label.
        tail = t[m.end() - len(m.group(0)):]
        tail = re.split(r":|\bby\b", tail, maxsplit=1)[-1]
        if len(words(tail)) <= 8 and not re.search(r"[\"“”]", tail):
            return True
    return bool(re.match(r"^(?:Image|Photo|Photograph|Video|Audio|Watch|Listen|Gallery|Slideshow|"
                         r"Illustration|Caption)\s*:\s|"
                         # a label without its colon: "Image copyright Getty Images", "Image caption The ..."
                         r"^(?:Image|Photo|Picture|Media) (?i:copyright|caption|credit|source)\b", t)) and len(words(t)) <= 60


def interactive_embed(text: str, ctx: Context) -> bool:
    """Interactive graphics: "Map: ... Click to see ...", "Chart: ...", "Tap to explore"."""
    t = text.strip()
    if len(words(t)) > 80:
        return False
    if re.match(r"^(?:Map|Maps|Chart|Graphic|Interactive|Timeline|Graph|Table|Data|Quiz|Infographic|Tracker|"
                r"Poll|Explore|Embed)\s*:", t):
        return True
    # An Instagram post's frame, printed by its embed on any page: the label over it and the credit under it
    # ("View this post on Instagram", "A post shared by Jo Lee (@jolee) on Apr 21, 2019 at 4:40am PDT").
    if re.match(r"^view this (?:post|photo|video|reel) on (?:instagram|tiktok|facebook|threads)\W*$|"
                r"^an? (?:post|photo|video) (?:shared|posted) by\b[^()]{1,80}\(@[\w.]+\)(?:\s+on\b.{0,60})?$", t,
                re.IGNORECASE):
        return True
    # A player's embed-code box, its label then the markup to copy ("Embed <iframe src="https://www.npr.org/player/
    # embed/..." ...>"), an element with its address; a tutorial's "Embed <iframe> elements sparingly" has none.
    if re.match(r"^embed(?:\s+code)?\s*:?\s*<iframe\s[^>]*\bsrc=", t, re.IGNORECASE):
        return True
    if len(words(t)) <= 15 and re.match(r"^(?:watch|listen to|see|view)\b.{0,80}\b(?:below|above)\W*$", t,
                                        re.IGNORECASE):
        return True
    return bool(re.search(r"\b(?:click|tap|hover|scroll)\s+(?:here\s+|on\s+\w+\s+)?(?:to|for)\s+"
                          r"(?:see|view|explore|expand|enlarge|watch|listen|play|zoom|interact|read|more|"
                          r"details|the full)\b", t, re.IGNORECASE))


# --- promos ------------------------------------------------------------------------------

def _promo_shape(text: str) -> bool:
    # Promos talk to the reader and quote nobody; a body sentence about a fund drive quotes or attributes.
    return (_quotes_nobody(text, 70)
            and bool(re.search(r"\b(?:you|your|us|our|we|today|now)\b", text, re.IGNORECASE)))


def reader_appeal(text: str, ctx: Context) -> bool:
    """Notes to the reader: "Thank you for reading", "Have a news tip?", "Paid for by an advertiser"."""
    return _quotes_nobody(text, 30) and bool(re.search(
        r"\b(?:thank you for reading|thanks for reading|we want to hear from you|have a (?:news )?tip|got a tip|"
        r"send us (?:your|a)|tell us (?:what|your|about)|"
        r"share your (?:[\w,]+ ){0,4}(?:story|stories|thoughts|experiences?|photos|videos|pictures)\b|"
        r"thanks for signing up|you(?:'ve| have) (?:been )?subscribed|was this (?:article|story) helpful|"
        r"paid for by|sponsored by|paid (?:post|content)|partner content|brought to you by|"
        # Google's "preferred sources" (2025): "Add Newsweek as a preferred source on Google", "Set Preferred Source"
        r"(?:add|set|choose|make)\b.{0,40}\bpreferred source|preferred source (?:on|in) google|"
        r"^\W*enjoy(?:ed)? (?:this|the) (?:story|article|piece|post)\b)\b", text, re.IGNORECASE))


# A paywall's or registration wall's notice: "Create an account or sign in to continue with your reading
# experience.", "THIS CONTENT IS RESERVED FOR SUBSCRIBERS", "To read this article in full you must be registered
# ...", "You've reached the 20 article limit.", "Already a subscriber?".
_WALL = re.compile(r"^(?:please )?(?:subscribe|sign in|sign up|log ?in|register|create an account)\b[^.!?]{0,60}\bto "
                   r"(?:continue|keep reading|read|unlock|access|view)\b[^.!?]{0,60}\b(?:articles?|stor(?:y|ies)|content|"
                   r"reading|archive|news|subscribers?|premium|exclusive\w*)\b|"
                   # (the notice ends there: "The content is available to subscribers of Netflix ..." is a story's)
                   r"\b(?:this|the) (?:article|content|story|page|post) is (?:reserved |only available |exclusively "
                   r"available |available only )?(?:for|to) (?:subscribers|members|registered users|premium)(?: only)?\W*$|"
                   r"\bregister(?:ed)? to unlock\b|\bto read (?:this|the) (?:article|story) in full\b|"
                   # (a reading limit, not "you have reached your credit limit")
                   r"\byou(?:'ve|’ve| have) (?:reached|used) (?:your|the|all)\b[^.!?]{0,30}\b(?:(?:article|story|stories|"
                   r"reading|free|monthly|page|view)s? limit|free (?:articles?|stories|reads))\b|"
                   r"^already a (?:subscriber|member)\s*[?,]", re.IGNORECASE)


def paywall_notice(text: str, ctx: Context) -> bool:
    """A paywall's notice to the reader: to sign in, subscribe or register to read on."""
    return _quotes_nobody(text, 30) and bool(_WALL.search(text.strip()))


def app_promo(text: str, ctx: Context) -> bool:
    """App and podcast download prompts: "Download our app", "Get the app", "Available on the App Store"."""
    return _promo_shape(text) and bool(re.search(
        r"\b(?:download|get|install) (?:our|the|your(?: new)?|the free|our free) (?:\w+ )?apps?\b|"
        r"\bavailable (?:on|in) the app store\b|\bget it on google play\b", text, re.IGNORECASE))


def newsletter_promo(text: str, ctx: Context) -> bool:
    """Newsletter sign-up boxes: "Sign up for our newsletter", "... delivered to your inbox".

    The reader's inbox, not the writer's: "the results arrive in my inbox" is a story sentence."""
    return _promo_shape(text) and bool(re.search(
        r"\bnewsletters?\b|\byour inbox(?:es)?\b|enter your (?:e-?mail|email address)|\bsign up\b|\b(?:un)?subscribe\b|"
        r"\bspam (?:filter|folder)\b",
        text, re.IGNORECASE))


def donation_promo(text: str, ctx: Context) -> bool:
    """Fund-raising appeals: "Independent journalism powered by the people", "Support our work"."""
    return _promo_shape(text) and bool(re.search(
        r"\bdonat\w*|\bsupport (?:our|independent|nonprofit|local|quality)\b|become a (?:member|subscriber|"
        r"supporter|donor)|powered by (?:the )?(?:people|readers)|reader[- ](?:supported|funded)|"
        r"make a (?:gift|contribution|donation)|(?:gift|contribution|support) (?:today )?(?:helps|makes|keeps)|"
        r"nonprofit newsroom|independent journalism|ad-free", text, re.IGNORECASE))


# --- author bio --------------------------------------------------------------------------

PROFESSION = (r"(?:senior |staff |chief |deputy |contributing |freelance |investigative |national |"
               r"foreign |political |data |managing |reporting |former |award-winning |an award-winning )*"
               r"(?:reporter|writer|editor|correspondent|journalist|columnist|photographer|photojournalist|"
               r"producer|contributor|fellow|critic|bureau chief|news assistant)")
_BIO = re.compile(rf"^(?P<name>{NAME})\s+(?:is|was|covers|writes|reports)\b[^.]{{0,60}}?\b{PROFESSION}\b"
                  rf"(?:[^.]*?\b(?:at|for|with|of)\s+(?P<org>(?:the\s+)?[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*))?")
_CONTACT = re.compile(rf"^(?:Contact|Follow|Email|Write to|Reach)\s+{NAME}\b.*(?:@|\bat\b|\bon\b)|"
                      rf"^{NAME}\s+(?:can be reached|may be reached|is on (?:Twitter|X))", re.IGNORECASE)


def bio_match(text: str) -> re.Match | None:
    """The author-bio sentence ("NAME is a reporter at ORG."), for the metadata pre-pass too."""
    return _BIO.match(" ".join(text.split()))


def author_portrait(text: str, ctx: Context) -> bool:
    """Head-shot alt text: "Portrait of Sebastian Rotella", "Photo of NAME"."""
    return bool(re.match(rf"^(?:Portrait|Photo|Headshot|Head shot|Picture|Image|Photograph) of {NAME}\.?$",
                         text.strip()))


def author_name_alone(text: str, ctx: Context) -> bool:
    """A block that is just an author's name (the bio box repeats it), or "About the author"."""
    t = " ".join(text.split()).strip(" .").lower()
    return t in {a.lower() for a in ctx.authors} or bool(re.match(r"^about the authors?$", t))


_SURNAME_BIO = re.compile(rf"^(?P<name>[A-Z][\w'’-]+) (?:covers|writes about|reports on)\b|"
                          rf"^(?P<name2>[A-Z][\w'’-]+) (?:is|was)\b[^.]{{0,60}}?\b{PROFESSION}\b")


def surname_bio(text: str) -> str | None:
    """The surname opening a short bio ("Moss covers New England ..."), if the text is one."""
    m = _SURNAME_BIO.match(text.strip())
    return (m.group("name") or m.group("name2")) if m else None


def author_bio(text: str, ctx: Context) -> bool:
    """The bio sentence of a known author ("NAME is a reporter at ...", "Moss covers ...") or a contact line."""
    if len(words(text)) > 90:
        return False
    m = bio_match(text)
    if m and (m.group("name") in ctx.authors or not ctx.authors):
        return True
    surname = surname_bio(text)
    if surname and surname.lower() in {a.split()[-1].lower() for a in ctx.authors}:
        return True
    return bool(_CONTACT.match(text.strip())) and len(words(text)) <= 40


# --- credits and notes -------------------------------------------------------------------

def copublish_note(text: str, ctx: Context) -> bool:
    """Co-publishing and partnership notes: "This story was co-published with ..."."""
    t = text.strip()
    if len(words(t)) > 60:
        return False
    return bool(re.match(
        r"^(?:This|The) (?:story|article|report|piece|investigation|project|series|interview)\b[^.]{0,40}?\b"
        r"(?:was|is|has been) (?:co-?published|produced|published|reported|originally published|"
        r"first published|done|written|supported|funded|made possible)\b|"
        r"^(?:This (?:story|article) first appeared|Originally published|A version of this (?:story|article)"
        r" (?:appeared|was published|ran))|"
        r"^[^.]{0,120}\bcontributed (?:reporting|research|additional reporting|"
        r"to this (?:report|story|article))\b[^.]{0,60}\.?$",
        t))


def reporting_credit(text: str, ctx: Context) -> bool:
    """Wire credits: "Reporting by NAME; Editing by NAME", "(Additional reporting by NAME)"."""
    return len(words(text)) <= 40 and bool(re.match(
        r"^\(?\s*(?:additional |further )?(?:reporting|writing|editing|research|graphics|photography|"
        r"photos|video|production|fact-checking) by\b", text.strip(), re.IGNORECASE))


def correction_note(text: str, ctx: Context) -> bool:
    """Corrections, clarifications, updates and editor's notes."""
    t = text.strip()
    return bool(re.match(r"^(?:Correction|Clarification|Update|Updated|Editor['’]?s note|Editors['’] note|"
                         r"Disclosure)s?\b\s*(?:\([^)]*\)\s*)?[:,—–-]|"
                         r"^An earlier version of this (?:story|article|report)|"
                         r"^This (?:story|article|report) has been (?:updated|corrected)", t, re.IGNORECASE))


_PLACED = rf"{NAME}\s+in\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?"
_ROLE_PAREN = r"(?:\s*\((?:reporting|photography|photos|video|graphics|illustrations?|editing|text)\))?"
_BYLINE = re.compile(rf"^(?:(?:By|BY|by|Written by|Reporting by|Story by|Words by|Text by)\s+"
                     rf"(?P<names>{NAME}{_ROLE_PAREN}(?:\s*(?:,|and|&)\s*{NAME}{_ROLE_PAREN})*)"
                     rf"|(?P<placed>{_PLACED}(?:\s*(?:,|and)\s*{_PLACED})*))"
                     # a social handle after the names: "by Ahiza Garcia @ahiza_garcia", "Wilkinson@alissamarie"
                     r"(?:\s*@\w+)?"
                     r"(?:\s*(?:,|\||—|–|-|•|·)\s*[^.]{0,40}"
                     # a time stamp set straight after the names: "By NAME March 18 at 12:22 PM"
                     rf"|\s+(?i:{MONTH}\s+\d{{1,2}}\b|(?:updated|published)\b|\d{{1,2}}[:/]\d)"
                     r"[^\n]{0,50})?\.?$",
                     re.UNICODE)


# A rating widget's fixed lines under a blog post (WordPress's "Rate my Post", "kk Star Ratings", "WP-PostRatings"),
# each a whole line: "How useful was this post?", "Click on a star to rate it!", "Average rating 5 / 5. Vote count: 1"
_RATING = re.compile(r"^(?:how useful was this (?:post|article|page)\?|"
                     r"click (?:on a star )?to rate (?:it|this (?:post|article|page))!?|"
                     r"average rating:? [\d.]+ ?/ ?5\.? vote count:? ?\d+\.?|"
                     r"no votes so far!? be the first to rate this (?:post|article|page)\.?|"
                     r"we are sorry that this (?:post|article|page) was not useful for you!?|"
                     r"let us improve this (?:post|article|page)!?|"
                     r"tell us how we can improve this (?:post|article|page)\??|"
                     r"as you found this (?:post|article|page) useful\W*|submit rating|"
                     r"\[total: ?\d+ average: ?[\d.]+(?:/5)?\]|\(no ratings yet\))$", re.IGNORECASE)


def rating_widget(text: str) -> bool:
    """A rating widget's line, which asks the reader to click a star or counts their votes. Marked late
    (`furniture.mark_buttons`), so the story's run is found as before."""
    return bool(_RATING.match(" ".join(text.split())))


# A newsletter's sign-up form (`furniture.mark_signup_forms`): its button alone on a line ("Sign Up", "Subscribe now",
# "Abonnieren"); its e-mail field's label ("Email", "E-Mail-Adresse"); its consent line, a sentence about signing up
# ("By signing up you consent to receive the above newsletter ...", "Mit der Anmeldung akzeptieren Sie ...": a bare
# "Privacy Policy" link opens a page's footer as often); its description's pitch, naming what it sends ("Get the
# latest headlines ...", "Essential news, delivered daily"); its pointer to the publisher's other newsletters
# ("Interested in more newsletters? Browse here.").
_FORM_BUTTON = re.compile(r"^(?:sign ?up|subscribe|sign me up|join|submit|anmelden|abonnieren|s'inscrire|je m'abonne|"
                          r"suscr[ií]b\w*|iscriviti)(?: now| today| for free| here)?\W*$", re.IGNORECASE)
_FORM_FIELD = re.compile(r"^(?:your |votre |tu |ihre )?(?:e-?mail(?:-adresse)?|adresse e-?mail|"
                         r"correo(?: electrónico)?)(?: address| adresse)?\W*$", re.IGNORECASE)
_FORM_CONSENT = re.compile(r"\bby (?:signing up|subscribing|clicking|submitting|entering|providing)\b|\bunsubscribe\b|"
                           r"\bconsent\b|\bagree\b|mit (?:der|ihrer) anmeldung|\bakzeptier|en vous inscrivant|"
                           r"al suscribirte", re.IGNORECASE)
_FORM_PITCH = re.compile(r"\b(?:news|headlines|stories|updates|newsletters?|inbox|deals|briefing|digest|roundup|"
                         r"nachrichten|postfach|actualités?|noticias)\b", re.IGNORECASE)
_MORE_NEWSLETTERS = re.compile(r"\b(?:more|other|all)\s+(?:of our\s+)?newsletters\b"
                               r".*(?:\?|\b(?:browse|see|view|explore|here)\b)", re.IGNORECASE)
FORM_PITCH_WORDS = 25


def form_button(text: str) -> bool:
    """A sign-up form's button alone on its line."""
    return bool(_FORM_BUTTON.match(" ".join(text.split())))


def form_field(text: str) -> bool:
    """A sign-up form's e-mail field, its label alone on a line ("Email", "Enter your email address")."""
    t = " ".join(text.split())
    return bool(_FORM_FIELD.match(t)) or lone_button(t) and "mail" in t.lower()


def form_consent(text: str) -> bool:
    """A sign-up form's consent line: a sentence about signing up, not a bare policy link."""
    return bool(_FORM_CONSENT.search(text))


def form_policy(text: str) -> bool:
    """A line under a sign-up form's button about its terms: its consent sentence or a privacy policy's link."""
    return form_consent(text) or bool(re.search(r"\bprivacy\b|datenschutz|confidentialit|privacidad", text,
                                                re.IGNORECASE))


def form_pitch(text: str) -> bool:
    """A sign-up form's description: FORM_PITCH_WORDS words at most, quoting nobody, naming what it sends."""
    return _quotes_nobody(text, FORM_PITCH_WORDS) and bool(_FORM_PITCH.search(text))


def more_newsletters(text: str) -> bool:
    """A sign-up form's pointer to the publisher's other newsletters, a short line quoting nobody that asks or
    points after naming them ("Interested in more newsletters? Browse here.")."""
    return _quotes_nobody(text, 12) and bool(_MORE_NEWSLETTERS.search(text))


# An ad slot's label with its instruction, or the instruction alone: "Advertisement. Scroll to continue reading.",
# "ADVERTISEMENT - SCROLL TO CONTINUE WITH CONTENT", "Scroll down to keep reading".
_AD_SCROLL = re.compile(r"^(?:(?:advertisement|ad|anzeige|werbung|publicité)\W+)?"
                        r"scroll(?: down)? to (?:continue|keep reading)"
                        r"(?: reading| with (?:the )?(?:content|article|story))?\W*$", re.IGNORECASE)


def ad_scroll(text: str) -> bool:
    """An ad slot's instruction to scroll on, a whole line (marked late: `furniture.mark_buttons`)."""
    return bool(_AD_SCROLL.match(" ".join(text.split())))


# A page's own read-aloud player, its note to the reader: "Diese Audioversion wurde künstlich generiert.", "Jetzt
# abonnieren und von der Vorlesefunktion profitieren.", "Listen to this article", "This article was voiced by Amazon
# Polly", "Écouter cet article". An audio edition that reads it says something false about itself.
_PLAYER_NOTE = re.compile(r"^(?:diese )?audioversion\b.{0,40}\b(?:generiert|erstellt|erzeugt)\b|"
                          r"\bunserer? vorlesefunktion\b|"
                          r"\bvon der vorlesefunktion\b|^(?:artikel|beitrag) (?:vorlesen lassen|anhören)\b|"
                          r"^listen to (?:this|the) (?:article|story)\b|"
                          r"^this (?:article|story) (?:is|was|has been) (?:voiced|narrated|read aloud)\b|"
                          r"\bvoiced by amazon polly\b|"
                          r"^(?:this )?audio (?:is |was )?(?:auto(?:matically)?[- ])?generated\b|"
                          r"^[ée]couter (?:cet |l')article\b|^escuchar (?:este |el )?art[íi]culo\b", re.IGNORECASE)
PLAYER_NOTE_WORDS = 25


def player_note(text: str) -> bool:
    """A read-aloud player's note to the reader, a short line quoting nobody (marked late: `furniture.mark_buttons`)."""
    return _quotes_nobody(text, PLAYER_NOTE_WORDS) and bool(_PLAYER_NOTE.search(" ".join(text.split())))


# The label of a byline's date
DATE_LABEL = (r"last updated|published|updated|posted|modified|aktualisiert|veröffentlicht|publicado|actualizado|"
              r"publié|gepubliceerd|pubblicato|opdateret|publicerad")
# The label glued to the name before it, where flattening joined two elements: "BY JO LEEPUBLISHED: JUN 25", "By
# Jo LeeUpdated: June 3" (the label, then a colon)
_GLUED_DATE_LABEL = re.compile(rf"\b([^\W\d_]+?)((?i:{DATE_LABEL})\s*:)")
# (a word's own prefix is no name: "By Popular Demand Republished:", "Unveröffentlicht:")
_PREFIXES = {"re", "un", "pre", "de", "des", "non", "co", "cross", "mis", "over"}


def unglue_date_label(text: str) -> str:
    """The text with a date's label glued to a name set apart, where the case changes ("LeeUpdated:") or both are
    in capitals ("LEEPUBLISHED:")."""
    def cut(m: re.Match) -> str:
        head, label = m.group(1), m.group(2)
        glued = head[-1].islower() and label[0].isupper() or len(head) >= 2 and head.isupper() and label.isupper()
        return f"{head} {label}" if glued and head.lower() not in _PREFIXES else m.group(0)
    return _GLUED_DATE_LABEL.sub(cut, text)


def byline_match(text: str) -> re.Match | None:
    return _BYLINE.match(unglue_date_label(" ".join(text.split())))


def byline(text: str, ctx: Context) -> bool:
    """A byline: "By NAME and NAME", "By NAME, Publisher"."""
    return len(words(text)) <= 16 and byline_match(text) is not None


RULES: list[tuple[str, Callable[[str, Context], bool]]] = [
    # Order matters: the specific kinds first, the broad chrome rules last.
    ("embed", interactive_embed),
    ("caption", photo_credit_caption),
    ("caption", media_label_caption),
    ("caption", credit_line),
    ("caption", toggled_caption),
    ("credit", copublish_note),
    ("credit", correction_note),
    ("credit", reporting_credit),
    ("bio", author_portrait),
    ("bio", author_name_alone),
    ("bio", author_bio),
    ("byline", byline),
    ("promo", newsletter_promo),
    ("promo", donation_promo),
    ("promo", reader_appeal),
    ("promo", app_promo),
    ("promo", paywall_notice),
    ("chrome", icon_label_run),
    ("chrome", action_row),
    ("chrome", ad_label),
    ("chrome", more_stories),
    ("chrome", link_teaser),
    ("chrome", navigation_label),
    ("chrome", page_meta),
    ("chrome", rights_notice),
    ("chrome", ui_status),
    ("chrome", player_notice),
    ("chrome", gov_banner),
]


def classify_line(text: str, ctx: Context) -> str | None:
    """The furniture kind of one line, or None when it reads as story text."""
    t = " ".join(text.split())
    if not re.search(r"[^\W_]", t):  # rules, separators, empty: "___", "* * *"
        return "chrome"
    for kind, rule in RULES:
        if rule(t, ctx):
            return kind
    return None


def classify(text: str, ctx: Context) -> str | None:
    """The furniture kind of a block, or None when it is story text.

    A multi-line block whose every line is furniture takes its first line's kind; otherwise
    the block is judged whole.
    """
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if len(lines) > 1:
        kinds = [classify_line(line, ctx) for line in lines]
        if all(kinds):
            return kinds[0]
        # A caption with its credit on a line of its own.
        if kinds[-1] == "caption" and len(words(text)) <= 80:
            return "caption"
        # A list under a "Related" / "Most read" header, or a bio box under the author's name.
        if kinds[0] == "chrome" and more_stories(lines[0], ctx) and not any(is_sentence(x) for x in lines[1:]):
            return "chrome"
        if author_name_alone(lines[0], ctx) and any(k == "bio" for k in kinds[1:]):
            return "bio"
    return classify_line(text, ctx)

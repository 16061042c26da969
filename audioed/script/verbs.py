"""Speech verbs: the words that tell a quotation is someone's speech ("said", "told", "wrote")."""

from __future__ import annotations

import re


def longest_first(word: str) -> tuple:
    """Sort key for a word list joined into an alternation: longest first (so that "acknowledged"
    is tried before "acknowledge"), equal lengths in a fixed order. Sorting a set by length alone
    leaves ties in the set's order, which changes with the hash seed: the pattern's text would then
    differ from run to run and never be found in the cache. (Two different words of one length
    never match at the same place, so the order of ties changes no match.)"""
    return -len(word), word


# Verbs that introduce speech. Present, past and -ing forms are generated below.
VERB_STEMS = {
    # stem: (present-s, past)
    "say": ("says", "said"), "tell": ("tells", "told"), "add": ("adds", "added"),
    "ask": ("asks", "asked"), "explain": ("explains", "explained"), "note": ("notes", "noted"),
    "recall": ("recalls", "recalled"), "state": ("states", "stated"),
    "declare": ("declares", "declared"), "write": ("writes", "wrote"),
    "continue": ("continues", "continued"), "remark": ("remarks", "remarked"),
    "reply": ("replies", "replied"), "respond": ("responds", "responded"),
    "insist": ("insists", "insisted"), "argue": ("argues", "argued"),
    "acknowledge": ("acknowledges", "acknowledged"), "admit": ("admits", "admitted"),
    "concede": ("concedes", "conceded"), "warn": ("warns", "warned"),
    "caution": ("cautions", "cautioned"), "claim": ("claims", "claimed"),
    "contend": ("contends", "contended"), "counter": ("counters", "countered"),
    "observe": ("observes", "observed"), "suggest": ("suggests", "suggested"),
    "urge": ("urges", "urged"), "complain": ("complains", "complained"),
    "announce": ("announces", "announced"), "testify": ("testifies", "testified"),
    "emphasize": ("emphasizes", "emphasized"), "stress": ("stresses", "stressed"),
    "joke": ("jokes", "joked"), "quip": ("quips", "quipped"), "laugh": ("laughs", "laughed"),
    "chuckle": ("chuckles", "chuckled"), "shout": ("shouts", "shouted"),
    "yell": ("yells", "yelled"), "whisper": ("whispers", "whispered"),
    "muse": ("muses", "mused"), "predict": ("predicts", "predicted"),
    "agree": ("agrees", "agreed"), "answer": ("answers", "answered"),
    "comment": ("comments", "commented"), "conclude": ("concludes", "concluded"),
    "confirm": ("confirms", "confirmed"), "promise": ("promises", "promised"),
    "vow": ("vows", "vowed"), "boast": ("boasts", "boasted"), "deny": ("denies", "denied"),
    "describe": ("describes", "described"), "report": ("reports", "reported"),
    "tweet": ("tweets", "tweeted"), "post": ("posts", "posted"),
    "sigh": ("sighs", "sighed"), "exclaim": ("exclaims", "exclaimed"),
    "cry": ("cries", "cried"), "murmur": ("murmurs", "murmured"),
    "mutter": ("mutters", "muttered"), "demand": ("demands", "demanded"),
    "assert": ("asserts", "asserted"), "maintain": ("maintains", "maintained"),
    "point": ("points", "pointed"), "reckon": ("reckons", "reckoned"),
    "recount": ("recounts", "recounted"), "praise": ("praises", "praised"),
    "criticize": ("criticizes", "criticized"), "explain": ("explains", "explained"),
    "wonder": ("wonders", "wondered"), "tell": ("tells", "told"), "speak": ("speaks", "spoke"),
    "think": ("thinks", "thought"), "believe": ("believes", "believed"),
    "hope": ("hopes", "hoped"), "call": ("calls", "called"), "disagree": ("disagrees", "disagreed"),
    "plead": ("pleads", "pleaded"), "scoff": ("scoffs", "scoffed"), "retort": ("retorts", "retorted"),
    "interject": ("interjects", "interjected"), "snap": ("snaps", "snapped"),
    "lament": ("laments", "lamented"), "proclaim": ("proclaims", "proclaimed"),
    "pledge": ("pledges", "pledged"), "reiterate": ("reiterates", "reiterated"),
    "brag": ("brags", "bragged"), "opine": ("opines", "opined"), "assure": ("assures", "assured"),
    "charge": ("charges", "charged"), "fume": ("fumes", "fumed"), "grumble": ("grumbles", "grumbled"),
    "inquire": ("inquires", "inquired"), "allege": ("alleges", "alleged"), "mock": ("mocks", "mocked"),
    "marvel": ("marvels", "marveled"), "gush": ("gushes", "gushed"), "concur": ("concurs", "concurred"),
    "implore": ("implores", "implored"), "clarify": ("clarifies", "clarified"),
    "repeat": ("repeats", "repeated"), "echo": ("echoes", "echoed"),
}
SPEECH_VERBS = frozenset(
    w for stem, (s, past) in VERB_STEMS.items() for w in (stem, s, past)
) | {"according", "adding", "saying", "telling", "noting", "explaining", "asking",
     "writing", "warning", "arguing", "insisting", "recalling", "yelling", "shouting", "tweeting",
     "declaring", "joking", "replying", "responding", "claiming", "promising", "vowing", "quipping",
     "stating"}
# The verbs that mark a quote as reported speech even without a name next to them.
# Longest first; ties in a fixed order so that the pattern is the same every run (a set's order
# changes with the hash seed; audioed.pipeline.regex_cache keeps compiled patterns by their text).
VERB_RE = r"(?:" + "|".join(sorted((re.escape(v) for v in SPEECH_VERBS), key=longest_first)) + r")"
# Words that give a text or a name word for word ("a memo titled", "a sign reading", "chants
# of"; "Jacobs called her", "the so-called"): what follows is someone's own words even in title
# case, not a title the narrator reads ("on “Meet the Press”" has none). A name set off after a
# comma ("The program, known as “Safe Streets,”") is the thing's name, nobody's words.
# "read"/"reading"/"says" give a text only after a thing ("a sign reading", "the banner that
# read", "shirts that read"): after a name or a verb ("Ann Lee read", "is reading") the quotation
# is a work's title.
_THING = r"(?!(?:is|was|were|are|am|be|been|being|has|have|had|will|would|to|not|also|and)\s)[a-z][\w-]*"
TEXT_WORDS = (r"(?<![\w-])(?:(?:en)?titled|saying|chant(?:s|ed|ing)?(?:\s+of)?|(?:cries|shouts|chorus)\s+of|"
              rf"(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){{0,3}}?{_THING}[\s,—–-]+(?:(?:that|which)\s+)?|"
              rf"{_THING}\s+(?:that|which)\s+)(?:reads?|reading|says))")
NAMING_WORDS = (r"(?<![\w-])(?<!,\s)(?:(?:so[- ])?called|calls?|calling|dubbed|(?:nick)?named|billed\s+as|"
                r"known\s+as|labell?ed)")
# After a singular subject a speech verb is inflected ("said", "says", "saying") or follows an
# auxiliary ("will say"): "a Facebook post", "a snappy retort" are nouns, not speech.
_BARE = {stem for stem in VERB_STEMS} - {w for s, past in VERB_STEMS.values() for w in (s, past)}
SUBJ_VERB = (r"(?:" + "|".join(sorted((re.escape(v) for v in SPEECH_VERBS - _BARE), key=longest_first))
              + r"|(?:(?<=will )|(?<=would )|(?<=could )|(?<=to )|(?<=did )|(?<=does )|(?<=can ))"
              + r"(?:" + "|".join(sorted(_BARE, key=longest_first)) + r"))")
# The same without participles, for a noun phrase's verb ("a wave of boos upon saying" is none).
SUBJ_FINITE = SUBJ_VERB.replace("(?:", "(?!\\w+ing\\b)(?:", 1)

"""Line-shape and cue-phrase tests that tell scraped-page chrome from article prose."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from diplograph.kb.roles import AUTHOR_OFFICE

_CLOSERS = "\"'”’»)]*_ "
_TERMINAL = ".!?…:;"
_SMALL_WORDS = frozenset(
    "a an and as at but by de for from in into nor of off on onto or per the to up via vs with"
    .split())


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the page: where it starts and ends, without its line break."""

    start: int
    end: int
    text: str

    @property
    def bare(self) -> str:
        """The line without surrounding whitespace."""
        return self.text.strip()


def split_lines(raw: str) -> list[Line]:
    """Cut text into lines whose offsets exclude the line breaks."""
    lines, pos = [], 0
    for chunk in raw.splitlines(keepends=True):
        body = chunk.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        lines.append(Line(pos, pos + len(body), body))
        pos += len(chunk)
    return lines


_ALNUM = re.compile(r"[^\W_]")


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """Whitespace-separated tokens that hold at least one letter or digit."""
    return tuple(w for w in text.split() if _ALNUM.search(w))


def ends_sentence(text: str) -> bool:
    """True when the line, closing quotes and brackets aside, ends like a sentence."""
    core = text.rstrip().rstrip(_CLOSERS)
    return bool(core) and core[-1] in _TERMINAL


def is_prose(text: str) -> bool:
    """A paragraph of running text rather than a label, headline or credit."""
    n = len(words(text))
    return n >= 25 or (n >= 8 and ends_sentence(text))


def is_short(text: str, limit: int = 12) -> bool:
    """A label-sized line."""
    return 0 < len(words(text)) <= limit


def title_case_ratio(text: str) -> float:
    """Share of content words that start with a capital (small words aside)."""
    content = [w.strip("\"'“”‘’«»()[]:,-—–") for w in words(text)]
    content = [w for w in content if w and w.lower() not in _SMALL_WORDS and w[0].isalpha()]
    if not content:
        return 0.0
    return sum(w[0].isupper() for w in content) / len(content)


def is_headline(text: str) -> bool:
    """Shaped like a headline: a few capitalised words, not a finished sentence."""
    n = len(words(text))
    core = text.strip().rstrip(_CLOSERS)
    return 3 <= n <= 30 and bool(core) and core[-1] not in ".;," and text.strip()[0] not in "-–—|•"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Cues that open a block of page furniture; the block runs on over short lines.
SECTION_CUES: dict[str, re.Pattern[str]] = {
    "related": _rx(
        r"^(related( articles?| stories| news| content| coverage| posts?| reading| links)?"
        r"|read (more|also|next)|more (stories|news|articles?|to read|on this( story| topic)?"
        r"|from\b.*|on(\s+[\w.&'-]+){1,4}\s*:?$)|recommended( for you| stories| articles| reading)?"
        r"|you (may|might) (also )?(like|be interested in)|also read|see also|further reading"
        r"|most (read|popular|viewed|shared)|(latest|top|popular|trending) (news|stories|now)"
        r"|what to read next|editor'?s picks|in other news|keep reading|continue reading"
        r"|(latest|recent|related) (updates|posts|headlines)|on the same (topic|subject)"
        r"|more by\b|more from (this|the) (author|writer)|read(?=\s{0,3}[:|])"
        r"|also on\b(?=[^.]{0,40}:\s*$)"
        # the same cues in the languages whose outlets publish in English too
        r"|le[ae] tambi[eé]n|leia (tamb[eé]m|mais)|lire aussi|[àa] lire aussi|lesen sie auch"
        r"|mehr zum thema|baca juga|m[aá]s le[ií]d[ao]s|lo m[aá]s le[ií]do|mais lidas"
        r"|les plus lus|meistgelesen|читайте (также|еще|ещё)|смотрите также|اقرأ أيضا|اقرأ أيضاً)\b"),
    "comments": _rx(
        r"^(\d+\s+)?comments?\b|^(leave|post|add|show|view|load|read) (a |the |all )?"
        r"(comment|comments|reply|replies)\b|^no comments\b|^join the (conversation|discussion)"
        r"|^be the first to comment"),
    "tags": _rx(r"^(hashtags|tags|topics|related topics|filed under|keywords)\s*:?\s*$"
                r"|^(explore )?more on (these|this) (topics?|stories|story)"
                r"|^#\w+(\s+#\w+)*\s*$"),
    "newsletter": _rx(r"\b(newsletters?|sign[ -]?up|subscribe|subscription|subscribers?"
                      r"|assine|suscr[ií]bete|abonnez-vous|abonnieren|подписывайтесь|подпишитесь"
                      r"|inbox|(morning|daily|evening|weekly|weekend) (briefing|digest|email))\b"),
    "donation": _rx(r"^support\b|\b(support (us|our|independent|quality)|donat(e|ion|ions)"
                    r"|contribute (today|now)|become a (member|supporter|patron|subscriber)"
                    r"|paypal|patreon|(independent|quality|free) (journalism|press|media)"
                    r"|dear (readers?|friends|subscribers)|^a message from)\b"),
    "app": _rx(r"\b(our app|the app|mobile app|app store|google play|ai features"
               r"|download (the|our))\b"),
    "legal": _rx(r"\b(cookies?|privacy (policy|settings)|terms (of|and) (use|service|conditions)"
                 r"|all rights reserved|our standards|trust principles|reuse this content)\b|©"),
}

# Single lines of page furniture: blanked alone, the text after them goes on.
CHROME = _rx(
    r"^((advertisement|publicit[ée]|publicidad|anuncio|реклама)\b.{0,30}|sponsored( content)?"
    r"|skip to (main )?content|listen to this (article|story)"
    r"|(kindly )?share (this|via|on|to|the)\b[^.]{0,40}|(follow|join) (us|our|the)\b.{0,40}"
    r"(:|channel|community|group|on \w+)|help us .{0,40}|(please )?(enable|turn on) javascript.*"
    r"|(show|load|see|view|read) (more|less|all|key events)\b.{0,20}|sort by\b.{0,20}|reply|like"
    r"|report( abuse)?|recommend( \d+)?|\d+ (likes?|replies|shares|views)|add to playlist"
    r"|download( the app)?|photos?|videos?|gallery|listen( duration)?\b.{0,12}|(video|audio):? [\d:]+"
    r"|duration\b.{0,30}|\d+m \d+s"
    r"|print( this page)?|send to a friend|back to top|site ?map|contact( us)?|about( us)?|home"
    r"|menu|search|log ?in|sign ?in|e-?paper|live tv|(accept|reject)( all| additional)?( cookies)?"
    r"|manage (preferences|cookies|settings)|cookie (settings|policy)|privacy( policy)?"
    r"|terms (of|and) (use|service|conditions)|is this page useful\??|report a problem.*"
    r"|compartir|compartilh[ea]r?|partager|teilen|поделиться|copiar (o )?link|copier le lien"
    r"|[#*~=]{3,}|【.{0,30}】|\d{1,2}[:.]\d\d\s?([ap]\.?m\.?)?( [a-z]{2,4})?"
    r"|list( \d+)? of \d+( items)?|end of list|this (article|story) is more than .{1,20} old"
    r"|share( this( article| story| page)?)?( on \w+)?|follow us( on \w+)?|print|email|tweet"
    r"|story continues below.*|click here.*|watch( the video| live)?|save( article)?|copy link"
    r"|\d+\s*(min(ute)?s?|m)\s+read|reading time\b.*|(an?|\d+) (minutes?|hours?|days?|weeks?)"
    r" ago|yesterday|just now|(published|updated|posted|last updated|first published|modified"
    r"|last modified|edited)\b.{0,60}"
    r"|(mon|tue|wed|thu|fri|sat|sun)\w*,? .{0,40}\d{4}.{0,20}"
    r"|(\d{1,2} )?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? (\d{1,2},? )?"
    r"\d{4}([ ,]+\d{1,2}[:.]\d\d.{0,12})?|\d{4}-\d\d-\d\d([ T]\d\d:\d\d.{0,10})?)\s*[.:]?\s*$")

RELATIVE_TIME = _rx(r"^(an?|\d+|a few) (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|"
                    r"months?) ago$|^(yesterday|today|just now)$")

BYLINE = _rx(r"^(by:?|written by|words by|story by|posted by|reported by|author:?)\s+"
             r"[A-Z\u00c0-\u024f\u0400-\u04ff]")
# "Ana Costa in Nairobi", "Ana Costa and Li Wei in Geneva": a byline without "By" (header only).
NAME_IN_PLACE = re.compile(r"^[A-Z][\w'’.-]{0,40}( [A-Z][\w'’.-]{0,40}){1,3}( and [A-Z][\w'’.-]{0,40}"
                           r"( [A-Z][\w'’.-]{0,40}){1,3})? in [A-Z][\w'’.-]{0,40}( [A-Z][\w'’.-]{0,40})?$")
CREDIT_LINE = _rx(
    r"^\(?\s*(additional |editorial )?(reporting|writing|editing|compiled|edited|produced"
    r"|translated|research|graphics|fact[- ]?checked|contributions?)"
    r"( and \w+)?\s+by\b|\bcontributed( additional)?( reporting| to this (report|article|story))"
    r"\b[^.]{0,60}\.?\s*$|^this (article|story|report) (was|has been) (updated|amended|corrected)"
    r"|^(sources?|editors?|author|reporter|writer|text|words):\s.{0,80}$"
    # an author's note: "Ana Costa is a Nairobi-based journalist who covers ..."
    r"|^[A-Z][\w'’-]+( [A-Z][\w'’-]+){1,3} is an? ([\w-]+,? ){0,5}(journalist|correspondent"
    r"|reporter|editor|writer|columnist|contributor|analyst|producer)\b")
CREDIT_INLINE = _rx(r"\(\s*(additional )?(reporting|writing|editing) by\b[^()]{0,400}\)")

PHOTO_CREDIT = _rx(
    r"^(photo|photograph|image|picture|illustration|video|credit|caption|file photo|foto)s?"
    r"( credit)?\s*(:|by\b)|(^|\s)(www\.)?[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,6}/?\s{0,3}\)?$"
    r"|\b(getty images|shutterstock|alamy|ap photo|epa-efe|wikimedia commons|cc by(-sa)?)\b"
    r"|\bvia (reuters|getty|ap|afp)\b|©|[\[(][^\[\]()]{0,40}/\s?[A-Z][^\[\]()]{0,60}[\])]\s*$"
    r"|\b[A-Z][A-Z-]{1,30}/\s?[A-Z][\w.'’-]{0,40}(\s[A-Z][\w.'’-]{0,40}){0,6}\s{0,3}$")

# A caption's closing credit: "... Picture: SUPPLIED", "... PHOTO | PCS", "... — APP".
TRAILING_CREDIT = re.compile(
    r"(\b([Pp]hoto(graph)?s?|PHOTOS?|[Pp]ictures?|PICTURES?|[Ii]mages?|IMAGES?|[Ff]otos?|FOTOS?"
    r"|[Cc]redit|CREDIT)\s{0,3}[:|/]\s{0,3}[\w.&'’ /-]{1,40}|\s[—–-]\s?[A-Z]{2,6}(/[A-Za-z]{1,20})?"
    r"|[(\[][^()\[\]]{0,40}\b([Pp]hoto|PHOTO|[Pp]icture|[Ii]mage|[Ff]ile|[Ff]oto)s?\b[^()\[\]]{0,40}[)\]]"
    r"|\|\s{0,3}([Ff]ile )?([Pp]hoto|[Pp]icture|[Ii]mage)s?\b[^|]{0,30}"
    r"|\([A-Z][\w .&'’-]{1,30}: [A-Z][\w.'’-]{0,30}( [A-Z][\w.'’-]{0,30}){0,3}\))\s*$")
# Legal and syndication notices, however long the line that carries them.
LEGAL_LINE = _rx(
    r"all rights reserved|may not be (reproduced|republished|redistributed|copied)"
    r"|\b(i|you) agree to (the|our) (terms|privacy)|i have read the privacy"
    r"|^by (signing up|subscribing|clicking|providing|continuing|registering)\b.{0,80}"
    r"\b(agree|consent|accept)|auto-generated from|syndicated (feed|news)"
    r"|holds? no responsibility for|todos (os|los) (direitos|derechos) reservados"
    r"|tous droits r[ée]serv[ée]s|alle rechte vorbehalten|ссылка обязательна"
    r"|use of (the )?materials is (allowed|permitted) only|^(copyright|©|\(c\))\s")
_LEGAL_KEYS = ("reserv", "reproduc", "republish", "redistribut", "copied", "agree", "i have read",
               "auto-generated", "syndicated", "responsib", "ссылка", "materials", "copyright",
               "©", "(c)")
# Contact lines: an address to write to, a number to call.
CONTACT = _rx(r"^(\S+\s+){0,6}[\w.+-]{1,64}@[\w-]{1,63}(\.[\w-]{1,63}){1,6}\s*$"
              r"|^(for )?(any )?(feedback|enquiries|inquiries|complaints|tips)\b.{0,80}"
              r"\b(contact|reach|write|email|whatsapp|call)\b")
# Calls to action that stand alone: "Don't miss out on the latest news."
PROMO_LINE = _rx(r"^(don'?t|never) miss\b|^(stay|keep) (informed|updated|up[ -]to[ -]date|connected)\b"
                 r"|^get (the latest|breaking|our)\b|^(join|follow) (us|our)\b|^(subscribe|sign up|register) (to|for|now|today)\b")

DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,60}(,|\s{0,3}\(|\s{1,3}[-–—])")

# Second person and first person plural, the voice of an outlet talking to readers.
_READER_VOICE = _rx(r"\b(you|your|yours|we|our|us|we're|we’re)\b")
_PROMO_WORDS = _rx(r"\b(subscri\w*|newsletters?|donat\w*|support\w*|sign[ -]?up|privacy|cookies?"
                   r"|e-?mail|inbox|app|download\w*|members?hip|contribut\w*|journalis\w*"
                   r"|readers?|paywall|premium|advert\w*|click|tap)\b")
_IMPERATIVE = _rx(r"^(subscribe|sign up|download|follow us|join (us|our)|register|support (us|our)"
                  r"|get (unlimited|full|exclusive) access|become a (member|subscriber))\b")
_SAID = _rx(r"\b(said|says|told|added|stated|stressed|noted|warned|insisted|argued|explained"
            r"|declared|announced|urged|according to|asked)\b")


_BRIEFING_EVENT = _rx(r"\b(briefing|press conference|news conference|press point|media availability|transcript)s?\b")
_BRIEFING_OFFICE = _rx(r"\b(spokes(person|man|woman)|ministry|department|government|presidency|secretary[- ]general"
                       r"|secretary|minister|mofa|foreign|state department|white house|kremlin|chancellery|commission)\b")


def is_briefing_heading(text: str) -> bool:
    """"Uzbek Foreign Ministry - weekly briefing, 4 October 2099", "Department Press Briefing, May 23": the heading
    of a government's press briefing transcript, which names its office (no newsletter, no time stamp)."""
    bare = text.strip()
    return len(bare) <= 160 and bool(_BRIEFING_EVENT.search(bare)) and bool(_BRIEFING_OFFICE.search(bare)) \
        and not _PROMO_WORDS.search(bare) and not _READER_VOICE.search(bare)


def section_cue(text: str) -> str | None:
    """The kind of furniture block a short line opens, if it opens one."""
    bare = text.strip()
    if not is_short(bare, 12) and not (bare.startswith("#") and len(bare) < 200):
        return None
    for kind, rx in SECTION_CUES.items():
        m = rx.search(bare)
        if not m:
            continue
        if kind == "newsletter" and is_briefing_heading(bare):
            continue  # "Foreign Ministry - weekly briefing": a transcript's heading, not a newsletter's sign-up
        if kind == "related" and m.start() == 0 and _INLINE_TAIL.match(bare[m.end():]):
            return "inline"  # "Read more: <headline>" — one teaser link inside the text
        if _finished(bare) and m.end() - m.start() < len(bare) / 2:
            continue  # a sentence that merely uses the word
        return kind
    return None


_INLINE_TAIL = re.compile(r"\s{0,5}[:|»›>–—-]{1,5}\s{0,5}\w")


def _finished(text: str) -> bool:
    """Ends on a full stop (a call to action ends on "!" or nothing)."""
    core = text.rstrip().rstrip(_CLOSERS)
    return bool(core) and core[-1] in ".…"


def is_chrome(text: str) -> bool:
    """A one-line label of page furniture (share buttons, timestamps, adverts)."""
    bare = text.strip().strip("|•·>»›-–— ")
    if not bare or len(bare) >= 120:
        return False
    if CHROME.match(bare) or SOCIAL.match(bare):
        return True
    # "Topics:", "From:" — but not a speaker's label ("QUESTION:") or "The minister said:"
    return bool(_LABEL.match(bare)) and bare.upper() != bare and not _SAID.search(bare)


def is_byline(text: str) -> bool:
    """A byline or an editing credit line."""
    bare = text.strip()
    if BYLINE.match(bare) and is_short(bare, 14) and not is_prose(bare) and not AUTHOR_OFFICE.search(bare):
        return True
    return len(bare) < 400 and bool(CREDIT_LINE.search(bare))


def is_photo_credit(text: str) -> bool:
    """A caption or picture credit line (short, ends on a source or agency)."""
    bare = text.strip()
    if (len(words(bare)) <= 40 and TRAILING_CREDIT.search(bare[-80:])
            and not _SAID.search(bare)):
        return True
    if not is_short(bare, 16) or (is_prose(bare) and not bare.endswith(")")):
        return False
    return bool(PHOTO_CREDIT.search(bare))


def is_reader_address(text: str) -> bool:
    """Prose in which the outlet speaks to its readers (appeals, promotions)."""
    if _SAID.search(text):
        return False  # reported speech belongs to the article
    if _IMPERATIVE.match(text.strip()):
        return True
    voice = len(_READER_VOICE.findall(text))
    promo = len(_PROMO_WORDS.findall(text))
    brief = len(words(text)) <= 12
    return (voice >= 1 and (promo >= 1 or brief)) or voice >= 3 or promo >= 3


def is_notice(text: str) -> bool:
    """A legal or syndication notice, a contact line or a stand-alone call to action."""
    bare = text.strip()
    if len(bare) > 1500:
        return False
    low = bare.casefold()  # substring checks first: the patterns only run on lines that can match
    if any(k in low for k in _LEGAL_KEYS) and LEGAL_LINE.search(bare):
        return True
    if len(bare) > 300:
        return False
    n = len(words(bare))
    return (n <= 20 and ("@" in bare or "feedback" in low or "enquir" in low or "inquir" in low
                         or "complaint" in low or "tips" in low) and bool(CONTACT.search(bare))
            or n <= 15 and bool(PROMO_LINE.search(bare)))


def is_short_sentence(text: str) -> bool:
    """A few words ending on a full stop, in the article's voice (not a label or an appeal)."""
    bare = text.strip()
    return (len(words(bare)) >= 3 and ends_sentence(bare) and bare.rstrip(_CLOSERS)[-1] != ":"
            and not _PROMO_WORDS.search(bare))


_LABEL = re.compile(r"^[A-Za-z]{2,12}( [A-Za-z]{1,12}){0,2}\s?:$")
SOCIAL = _rx(r"^((share|follow)( (on|via|us on))?:?\s*)?((facebook|twitter|x|whatsapp|telegram|linkedin"
             r"|reddit|e-?mail|line|vk|instagram|youtube|tiktok|pinterest|messenger|viber|threads"
             r"|bluesky|dzen|weibo|wechat|copy link|print)[\s,|/·•]*){1,12}$")


def is_teaser_headline(text: str) -> bool:
    """A short title-case line with no sentence ending: a subhead or pull-quote headline."""
    bare = text.strip()
    n = len(words(bare))
    if not 2 <= n <= 14 or ends_sentence(bare) or DATELINE.match(bare):
        return False
    return title_case_ratio(bare) >= 0.75 or bare.upper() == bare and any(c.isalpha() for c in bare)


def appeal_kind(text: str) -> str | None:
    """For a paragraph in which the outlet addresses readers, the kind of appeal it makes."""
    if not is_prose(text) or not is_reader_address(text):
        return None
    for kind in ("newsletter", "donation", "app", "legal"):
        if SECTION_CUES[kind].search(text):
            return kind
    return None

"""Arabic rules: verb-subject reporting (وقال X إن ...), pro-drop continuations
(وأضاف: ...), governed prepositions (شدد على أن، أشار إلى أن), statements that "say in
it" (بيانا قال فيه), and according-to (بحسب X فإن ...، وفقا للتقرير، نقلا عن X).

News Arabic puts the verb first, so the speaker is the phrase between the cue and the
complementizer (إن/أن) or the quotation; when nothing stands there the subject is
dropped and the resolver supplies the previous speaker.
"""

from __future__ import annotations

import re

from attrib.lexicon.load import CueEntry
from attrib.rules import rule
from attrib.rules.base import Candidate, Context, OutletRef
from attrib.rules.common import char_range, is_word, sent_range, tok, trim_chars
from attrib.text.normalize import norm
from attrib.text.tokens import ar_variants

_NP_MAX = 18
# a preposition with an attached pronoun (عليه، إليها، لهم، منه، فيه، به، معه): never a subject
_PREP_PRONOUN = re.compile(r"^(?:علي|الي|عن|من|في|مع|لدي|ل|ب)(?:ه|ها|هم|هما|هن)$")
_ADVERBIAL_PAIRS = {("اول", "امس"), ("اول", "من"), ("في", "المقابل"), ("في", "هذا"), ("في", "الوقت"),
                    ("في", "الاطار"), ("في", "السياق")}
_TIME = {"الاسبوع", "الشهر", "العام", "السنه", "اليوم", "امس", "الماضي", "المقبل", "الجاري"}


def _w(ctx: Context, name: str) -> set[str]:
    return ctx.lexicon.word_class(name)


def _is_comp(ctx: Context, k: int) -> str:
    """'bare', 'pronoun' or '' for a complementizer at token ``k``."""
    w = ctx.analysis.norms[k]
    if w in _w(ctx, "complementizers_bare"):
        return "bare"
    if w in _w(ctx, "complementizers_pronoun"):
        return "pronoun"
    return ""


def _is_quote(ctx: Context, k: int) -> bool:
    return tok(ctx, k) in {'"', "“", "«", "”", "»"}


def _channel(ctx: Context, i: int, j: int) -> tuple[OutletRef | None, int]:
    """An outlet addressed with ل (لرويترز، لوكالة فرانس برس) in tokens i..j-1: (outlet, first token)."""
    for k in range(i, j):
        w = ctx.analysis.norms[k]
        if not w.startswith(("ل", "و")) and w not in {"ل", "لـ"}:
            continue
        m = ctx.outlet_at(k)
        if m and (m.prefix.endswith("ل") or w in {"ل", "لـ"}):
            return OutletRef(m.name, "channel", char_range(ctx, k, k + m.length)), k
        if w in {"ل", "لـ"} and k + 1 < j:
            m = ctx.outlet_at(k + 1)
            if m:
                return OutletRef(m.name, "channel", char_range(ctx, k, k + 1 + m.length)), k
            close = _quote_close(ctx, k + 1, j) if _is_quote(ctx, k + 1) else -1
            m = ctx.outlet_at(k + 2) if close > k + 2 else None
            if m and close == k + 2 + m.length:  # 'ل»الحياة«'
                return OutletRef(m.name, "channel", char_range(ctx, k, close + 1)), k
    return None, -1


def _claim_after(ctx: Context, sent: int, c: int) -> tuple[int, int] | None:
    """The claim that starts at token ``c``: after a colon and a bare complementizer."""
    _a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if c < b and norms[c] == ":":
        c += 1
    if c < b and _is_comp(ctx, c) == "bare":
        c += 1
    return _content_to_end(ctx, sent, c)


def _content_to_end(ctx: Context, sent: int, k: int) -> tuple[int, int] | None:
    _a, b = sent_range(ctx, sent)
    if k >= b:
        return None
    stop = _next_report(ctx, k, b)
    start, end = ctx.analysis.starts[k], ctx.analysis.ends[stop - 1]
    q = ctx.quote_at(start)
    if q and q[0] == start and q[1] > end:
        end = q[1]
    if stop == b:
        end = max(end, _quote_beyond(ctx, k, b))
    s, e = trim_chars(ctx.text, start, end)
    return (s, e) if e - s >= 3 else None


def _quote_beyond(ctx: Context, k: int, b: int) -> int:
    """Where a quotation opened in tokens ``k .. b-1`` and left open at the sentence end
    closes, later in the same paragraph (a quoted statement of several sentences: everything
    inside the marks belongs to the claim); -1 when none does."""
    a = ctx.analysis
    t = k
    while t < b:
        if _is_quote(ctx, t):
            close = _quote_close(ctx, t, b)
            if close < 0:
                break
            t = close
        t += 1
    else:
        return -1
    want = _CLOSE_OF.get(tok(ctx, t))
    for u in range(b, min(len(a.norms), b + 150)):
        if "\n" in ctx.text[a.ends[u - 1]:a.starts[u]]:
            return -1  # a new paragraph: the quotation is left open (news style), not extended
        if tok(ctx, u) == want:
            return a.ends[u]
        if _is_quote(ctx, u) and tok(ctx, u) == tok(ctx, t) and want != tok(ctx, t):
            return -1  # another opening mark first: the first one was a stray
    return -1


def _next_report(ctx: Context, k: int, b: int) -> int:
    """Where the claim starting at token ``k`` ends: before the next reporting clause of
    the same speaker outside quotation marks ("، مشيرا إلى أن"، "وأضاف"، "لكنه أوضح"), or
    at the end of the sentence. A nested report without a conjunction ("إن الوزير أكد
    أن") stays inside the claim."""
    norms = ctx.analysis.norms
    starts = ctx.analysis.starts
    # a claim that begins inside a quotation (a report nested in a quote) runs on to its close
    outer = ctx.quote_at(starts[k])
    if outer and (outer[0] == starts[k] or not _is_quote_char(ctx.text[outer[0]])):
        outer = None  # the claim opens the quotation itself, or a mark was paired across lines
    t = k + 1
    if _is_quote(ctx, k):
        close = _quote_close(ctx, k, b)
        t = close + 1 if close > k else b  # a quotation left open runs to the sentence end
    while t < b:
        if _is_quote(ctx, t):
            close = _quote_close(ctx, t, b)
            if close > t:
                t = close + 1
                continue
            return b  # a quotation left open: no reporting clause after it is outside it
        if t - 1 > k and (_cue_word(ctx, t) or _participle_cue(ctx, t)
                          or (norms[t] in ctx.lexicon.cues.by_first and norms[t - 1] in _w(ctx, "pronoun_openers"))):
            end = t - 1 if norms[t - 1] in _w(ctx, "pronoun_openers") else t
            while end > k + 1 and not is_word(ctx, end - 1) and not _is_quote(ctx, end - 1):
                end -= 1
            if end > k + 1 and not (outer and outer[0] <= starts[t] < outer[1]):
                return end
        t += 1
    return b


def _is_quote_char(ch: str) -> bool:
    return ch in {'"', "“", "«", "”", "»"}


_CLOSE_OF = {'"': '"', "“": "”", "«": "»", "»": "«", "”": "“"}


def _quote_close(ctx: Context, k: int, b: int) -> int:
    """The token closing the quotation opened at token ``k`` in this sentence, or -1
    (PADT texts also write »...« for «...»)."""
    close = _CLOSE_OF.get(tok(ctx, k))
    for t in range(k + 1, b):
        if tok(ctx, t) == close:
            return t
    return -1


@rule("ar.according_to", lang="ar", priority=10)
def according_to(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'بحسب X فإن CLAIM', 'وفقا للتقرير، CLAIM', 'CLAIM، حسب X', 'نقلا عن X'."""
    if entry.lemma == ":" or entry.nominal:
        return None
    if entry.kind != "according_to":
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    k = j
    if k < b and (norms[k] in {"ما", "لما"} or (norms[j - 1].endswith("ما") and _reporting_verb(ctx, k))):
        k += 1 if norms[k] in {"ما", "لما"} else 0  # "حسبما أفاد X": the verb joins the cue
        cue2 = ctx.lexicon.cues.match(norms, k) if k < b else None
        if cue2 is None and k < b:
            for _, stem in ar_variants(norms[k])[1:]:
                if stem in ("قال", "اعلن", "ذكر", "افاد", "اكد"):
                    cue2 = (1, None)
        if cue2:
            k += cue2[0]
            j = k
    prep = entry.preposition
    if prep and k < b and norms[k] == prep:
        k += 1
        j = k  # "نقلا عن": the governed preposition is part of the fixed cue
    start = k
    if start < b and norms[start] in _w(ctx, "measure_nouns"):
        return None  # "بحسب عدد الإصابات": by a measure, not according to a source
    while k < b and k - start < 10:
        w = norms[k]
        if w in {"،", ",", ".", ":", "؛"} or _is_comp(ctx, k) or w.startswith("فان") or _is_quote(ctx, k):
            break
        if k > start and (_cue_word(ctx, k) or w in _w(ctx, "clause_stop") or w in _TIME):
            break
        k += 1
    if k == start:
        return None
    np = (start, k)
    outlet = None
    m = ctx.outlet_at(start)
    if m:
        outlet = OutletRef(m.name, "reporter", char_range(ctx, start, start + m.length))
    elif entry.preposition == "عن":
        # "ذكرت صحيفة X، نقلا عن مسؤولين": the outlet reports what the source said
        for t in range(i - 1, a - 1, -1):
            m = ctx.outlet_at(t)
            if m:
                outlet = OutletRef(m.name, "reporter", None)
                break
    lead = _after_dateline(ctx, a, i)
    while lead < i and norms[lead] in _w(ctx, "openers"):
        lead += 1
    parenthetical = i > a and norms[i - 1] in {"،", ","} and k < b - 3 and norms[k] in {"،", ","}
    if lead == i or tok(ctx, i - 1) in {".", ":"} or parenthetical:
        while k < b and (norms[k] in {"،", ",", ":"} or _is_comp(ctx, k) == "bare"):
            k += 1
        content = _content_to_end(ctx, sent, k)
    else:
        s, e = trim_chars(ctx.text, ctx.analysis.starts[lead], ctx.analysis.starts[i])
        content = (s, e) if e - s >= 3 else None
    if not content:
        return None
    return Candidate("ar.according_to", (i, j), entry, sent, (content,), np, "np", outlet, 0.9)


def _clause_initial(ctx: Context, a: int, i: int, entry: CueEntry | None = None) -> bool:
    """Whether the cue opens its clause (so its subject, if any, follows it): at the
    start of the sentence, with و/ف glued on, after punctuation or a clause opener, after
    a fronted prepositional phrase ("وفي كلمته أمام المؤتمر أكد X أن"), or a quotative
    participle ("مضيفا", "مدعيا"), which never has a subject of its own."""
    norms = ctx.analysis.norms
    if i > a and norms[i - 1] in {"من", "ومن", "فمن"}:
        return False  # "ومن يريد أن يحارب": "whoever wants", no report
    if i == a or not is_word(ctx, i - 1):
        return True
    w = norms[i]
    if any(p in ("و", "ف") for p, stem in ar_variants(w)[1:] if stem in ctx.lexicon.cues.by_first):
        return True
    if entry is not None and _participle(ctx, i, entry):
        return True
    if norms[i - 1] in _w(ctx, "clause_openers") or norms[i - 1] in _w(ctx, "openers"):
        return True
    return _fronted_pp(ctx, a, i)


def _participle(ctx: Context, i: int, entry: CueEntry, loose: bool = False) -> bool:
    """A quotative active participle of the cue's verb: derived forms start with م
    ("مؤكدا", "مشيرا", "مدعيا"), form I has the فاعل shape ("قائلا", "لافتا", "واصفا").
    Only the accusative forms: "أصوات معبرة عن" is an adjective, not a quotative adverb."""
    lemma = norm(entry.lemma)
    for _p, w in ar_variants(ctx.analysis.norms[i]):
        for suffix in ("ا", "ين", "ه", "ون") if loose else ("ا", "ين"):
            if not w.endswith(suffix):
                continue
            base = w[: -len(suffix)]
            if len(base) >= 3 and base.startswith("م"):
                return True
            if len(lemma) == 3 and base in (lemma[0] + "ا" + lemma[1:], lemma[0] + "ائ" + lemma[2:]):
                return True
    return False


def _fronted_pp(ctx: Context, a: int, i: int) -> bool:
    """The words before the cue are one prepositional phrase opening the clause
    ("وفي الإطار نفسه أكد"، "وخلال لقائه الوزير قال"): the verb still comes first."""
    norms = ctx.analysis.norms
    stop = _w(ctx, "clause_stop") | _w(ctx, "complementizers_bare") | _w(ctx, "complementizers_pronoun")
    k = i - 1
    while k >= a and is_word(ctx, k) and norms[k] not in stop and i - k <= 12:
        k -= 1
    if k >= a and is_word(ctx, k) and norms[k] not in stop:
        return False  # too long to tell
    first = k + 1
    if first >= i:
        return False
    preps = _w(ctx, "fronting_prepositions")
    return any(stem in preps for _p, stem in ar_variants(norms[first]) if _p in ("", "و", "ف"))


@rule("ar.verb.prodrop", lang="ar", priority=20)
def prodrop(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'وأضاف: CLAIM', 'وشدد على أن CLAIM', 'مضيفا أن CLAIM': no subject after the cue."""
    if entry.lemma == ":" or entry.nominal:
        return None
    a, b = sent_range(ctx, sent)
    if not _clause_initial(ctx, a, i, entry) or _absorbed(ctx, a, i):
        return None
    norms = ctx.analysis.norms
    k = j
    if k < b and entry.preposition and norms[k] == entry.preposition and not _glued(ctx, k):
        k += 1
    if k < b and _is_quote(ctx, k) and _quoted_name(ctx, k, b) > 0:
        return None  # "وعلمت »الحياة« أن": a quoted name is the subject
    if k + 2 < b and _PREP_PRONOUN.match(norms[k]) and norms[k + 1].startswith("ب") and \
            norms[k + 1][1:] in _w(ctx, "saying_nouns"):
        k += 2  # "وعلق عليه بقوله "..."": the verb's object, then "by saying"
    outlet, first = _channel(ctx, k, min(b, k + 4))
    if outlet and first == k:  # "وقال لرويترز إن": the channel right after the cue, no subject
        while k < b and not (_is_comp(ctx, k) or norms[k] == ":" or _is_quote(ctx, k)):
            k += 1
    else:
        outlet = None
    if k >= b:
        return None
    comp = _is_comp(ctx, k)
    if comp == "bare":
        k += 1
    elif comp == "pronoun":
        pass
    elif k > j and entry.preposition and norms[k - 1] == entry.preposition and tok(ctx, k - 1) not in {"ب", "ل"}:
        pass  # "وشدد على أهمية ...": the governed preposition introduces a nominal claim
    elif k == j and entry.preposition in ("ب", "ل") and norms[k].startswith(entry.preposition) and (
            len(norms[k]) > 3 or _glued(ctx, k)):
        pass  # "وأشاد بالدعوة", "ما سماه ب"الإرهاب"": the preposition is glued to the claim
    elif norms[k] == ":":
        k += 1
        if k < b and _is_comp(ctx, k) == "bare":
            k += 1
    elif not _is_quote(ctx, k):
        return None
    content = _content_to_end(ctx, sent, k)
    if not content:
        return None
    return Candidate("ar.verb.prodrop", (i, j), entry, sent, (content,), None, "prodrop", outlet, 0.8)


@rule("ar.verb.qala_fihi", lang="ar", priority=25)
def qala_fihi(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'أصدر البنتاغون بيانا قال فيه إن CLAIM': the statement's issuer speaks."""
    if entry.lemma == ":" or entry.nominal:
        return None
    _a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if j >= b or norms[j] not in _w(ctx, "in_it"):
        return None
    k = j + 1
    while k < b and norms[k] in {"،", ","}:
        k += 1
    if k < b and _is_comp(ctx, k) == "bare":
        k += 1
    content = _content_to_end(ctx, sent, k)
    if not content:
        return None
    return Candidate("ar.verb.qala_fihi", (i, j), entry, sent, (content,), None, "issuer", None, 0.8)


@rule("ar.verb.vs", lang="ar", priority=30)
def verb_subject(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'وقال X إن CLAIM', 'قال X: "CLAIM"', 'أكد الباحث ...، فلان، أن CLAIM', 'وقال X لرويترز "..."'."""
    if entry.lemma == ":" or entry.nominal:
        return None
    a, b = sent_range(ctx, sent)
    if not _clause_initial(ctx, a, i, entry) or _absorbed(ctx, a, i):
        return None
    norms = ctx.analysis.norms
    if j < b and entry.preposition and norms[j] == entry.preposition:
        return None  # "سيؤكد على دور الجيش": a nominal complement, not a reported claim
    k = j
    boundary = -1
    clause_stop = _w(ctx, "clause_stop")
    while k < b and k - j < _NP_MAX:
        if _is_quote(ctx, k) and _quoted_name(ctx, k, b, entry.preposition or "عن") > 0:
            k = _quoted_name(ctx, k, b, entry.preposition or "عن")  # "ذكرت صحيفة "التايمز" أن"
            continue
        if _is_comp(ctx, k) or norms[k] == ":" or _is_quote(ctx, k):
            boundary = k
            break
        if norms[k] in {".", "؟", "!"} or (norms[k] in clause_stop and norms[k] not in {"وهي", "وهو"}):
            break
        if k > j and (_cue_word(ctx, k) or _participle_cue(ctx, k)):
            break  # "وجدد X تحذيره مدعيا أن": the participle's claim, not this verb's
        if k > j and _nominal_cue(ctx, k):
            return _object_claim(ctx, sent, i, j, k, entry)  # "ووصفت المصادر ادعاء X بأن"
        if norms[k] in {"الذي", "التي", "الذين", "وهي", "وهو", "وهم"} and k > j and norms[k - 1] in {"،", ","}:
            # "علي پناهي، الذي يرأس وفد بلاده، إن": the relative clause belongs to the speaker
            m = k + 1
            while m < b and norms[m] not in {"،", ","} and m - k < 12:
                m += 1
            k = m + 1
            continue
        if k > j and norms[k] == "عن" and entry.category == "announcing" and not entry.preposition and \
                not any(_is_comp(ctx, t) for t in range(k + 1, b)):
            # "أعلنت الوزارة عن الترتيبات": أعلن takes its object through عن too (but in
            # "وأعلن المحامي عن العائلات، فلان، أن ..." عن belongs to the speaker phrase)
            boundary = k
            break
        if entry.preposition and norms[k] == entry.preposition and k > j and (
                (k + 1 < b and _is_comp(ctx, k + 1)) or tok(ctx, k) in {"عن", "على", "إلى", "من", "في"}):
            boundary = k  # "أعربت الحكومة عن استعدادها": the claim follows the preposition
            break
        k += 1
    if boundary < 0:
        return _verb_subject_object(ctx, sent, i, j, entry)
    outlet, ch = _channel(ctx, j, boundary)
    np_end = ch if ch >= 0 else boundary
    # cut the speaker at a setting (في تصريح، عبر سكايب، اليوم ...)
    stop = _w(ctx, "np_stop")
    settings = _w(ctx, "settings")
    k = j
    while k < np_end:
        w = norms[k]
        if k > j and w in stop and w not in {"الذي", "التي"} and not _title_adjective(ctx, k):
            break
        if w == "في" and k + 1 < np_end and norms[k + 1] in settings:
            break
        if k > j and k + 1 < np_end and (w, norms[k + 1]) in _ADVERBIAL_PAIRS:
            break  # "أول أمس", "في المقابل", "من جهته": an adverbial, not the speaker
        if k > j and w == "من" and k + 1 < np_end and norms[k + 1] in _w(ctx, "side_nouns"):
            break
        if k > j and _according_cue(ctx, k):
            break  # "ذكرت صحيفة X، نقلا عن ...": the according-to phrase is its own attribution
        if w == "من" and k + 1 < np_end and ctx.entity_at(k + 1) and _only_setting_after(ctx, k + 1, np_end):
            break
        k += 1
    np_end = k
    while np_end > j and not is_word(ctx, np_end - 1) and not _closes_inside(ctx, j, np_end - 1):
        np_end -= 1
    if np_end <= j:
        return None  # nothing between cue and complementizer: the pro-drop rule's case
    if tok(ctx, j) in {"على", "إلى", "في", "من", "عن", "مع"}:
        return None  # a prepositional phrase is no subject ("جاءت إلى مسقط")
    if _PREP_PRONOUN.match(norms[j]):
        # "وقال له الوزير إن": the addressee before the subject is no part of it; with
        # nothing else there ("وعلق عليه بقوله") the subject is dropped
        j0 = j + 1
        if j0 >= np_end or (norms[j0].startswith("ب") and norms[j0][1:] in _w(ctx, "saying_nouns")):
            return None
    else:
        j0 = j
    c = boundary
    if norms[c] == "عن" and entry.category == "announcing" and not entry.preposition:
        c += 1
    elif norms[c] == "عن" and norm(entry.lemma) in _w(ctx, "quoting_verbs"):
        quoted = _reported_from(ctx, sent, i, j, entry, (j0, np_end), c)
        if quoted:
            return quoted
    if entry.preposition and norms[c] == entry.preposition and not _glued(ctx, c):
        c += 1
    content = _claim_after(ctx, sent, c)
    if not content:
        return None
    return Candidate("ar.verb.vs", (i, j), entry, sent, (content,), (j0, np_end), "np", outlet, 0.85)


def _reported_from(ctx: Context, sent: int, i: int, j: int, entry: CueEntry, np: tuple[int, int],
                   k: int) -> Candidate | None:
    """'ونقلت الوكالة عن المتحدث قوله إن CLAIM': the speaker is the one quoted (after عن),
    the outlet that quotes them is the reporter."""
    _a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    start = k + 1
    t = start
    while t < b and t - start < _NP_MAX:
        if norms[t] in _w(ctx, "saying_nouns") or _is_comp(ctx, t) or norms[t] == ":" or (
                _is_quote(ctx, t) and _quoted_name(ctx, t, b) < 0):
            break
        if norms[t] in {".", "؟", "!"} or _cue_word(ctx, t):
            return None
        t += 1
    else:
        return None
    end = t
    while end > start and not is_word(ctx, end - 1):
        end -= 1
    if end <= start:
        return None
    c = t + 1 if norms[t] in _w(ctx, "saying_nouns") else t
    content = _claim_after(ctx, sent, c)
    if not content:
        return None
    m = ctx.outlet_at(np[0])
    outlet = OutletRef(m.name, "reporter", char_range(ctx, np[0], np[1])) if m else None
    return Candidate("ar.verb.vs", (i, j), entry, sent, (content,), (start, end), "np", outlet, 0.85)


def _closes_inside(ctx: Context, j: int, k: int) -> bool:
    """Token ``k`` closes a quotation opened at or after token ``j`` (kept in a span)."""
    return _is_quote(ctx, k) and any(_is_quote(ctx, t) and _quote_close(ctx, t, k + 1) == k for t in range(j, k))


def _glued(ctx: Context, k: int) -> bool:
    """Token ``k`` is written together with the next one ("ب"الإرهاب""): one word."""
    a = ctx.analysis
    return k + 1 < len(a.starts) and a.ends[k] == a.starts[k + 1]


def _quoted_name(ctx: Context, k: int, b: int, prep: str = "") -> int:
    """A short quoted name at token ``k`` inside a speaker phrase ("صحيفة "التايمز"
    البريطانية أن", "رئيس »شركة مصر للغزل« فلان أن"): the token after it, when a
    complementizer follows within a few words; -1 otherwise."""
    close = _quote_close(ctx, k, b)
    if close < 0 or close - k > 7 or close == k + 1:
        return -1
    if not all(is_word(ctx, t) or tok(ctx, t) in {"-", "–"} for t in range(k + 1, close)):
        return -1
    t = close + 1
    while t < b and t - close <= 6:
        if _is_comp(ctx, t) or ctx.analysis.norms[t] == ":" or (prep and ctx.analysis.norms[t] == prep):
            return close + 1
        if ctx.analysis.norms[t] in {"ل", "لـ"} and t + 1 < b and _is_quote(ctx, t + 1):
            t = _quote_close(ctx, t + 1, b)  # 'ل"الأهرام"': a quoted channel
            if t < 0:
                return -1
        elif not is_word(ctx, t):
            return -1
        t += 1
    return -1


def _verb_subject_object(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'أدانت إيران الانتهاكات الإسرائيلية': a known subject right after the verb, then the
    claim as its object. Only when the subject's end is certain: a gazetteer entity or
    outlet, or a title followed by a name."""
    _a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if j >= b or entry.kind == "according_to" or entry.category in ("additive",):
        return None
    m = ctx.entity_at(j) or ctx.outlet_at(j)
    if m is None:
        return None
    end = j + m.length
    while end < b and (norms[end] in ctx.gazetteer.adjectives or norms[end] in _w(ctx, "common_adjectives")):
        end += 1  # "الحكومة المصرية"
    c = end
    if c < b and entry.preposition and (norms[c] == entry.preposition or
                                        (entry.preposition in ("ب", "ل") and norms[c].startswith(entry.preposition))):
        c += 1 if norms[c] == entry.preposition else 0
    if c >= b or not is_word(ctx, c) or norms[c] in _w(ctx, "np_stop") or _cue_word(ctx, c):
        return None
    content = _content_to_end(ctx, sent, c)
    if not content or b - c < 2:
        return None
    return Candidate("ar.verb.vso", (i, j), entry, sent, (content,), (j, end), "np", None, 0.6)


def _reporting_verb(ctx: Context, k: int) -> bool:
    """A cue word at ``k`` (with or without a conjunction)."""
    norms = ctx.analysis.norms
    return norms[k] in ctx.lexicon.cues.by_first or _cue_word(ctx, k)


def _nominal_cue(ctx: Context, k: int) -> bool:
    """A speech-act noun at ``k`` ("ادعاء", "تأكيده")."""
    hit = ctx.lexicon.cues.match(ctx.analysis.norms, k)
    return bool(hit and hit[1].nominal)


def _object_claim(ctx: Context, sent: int, i: int, j: int, k: int, entry: CueEntry) -> Candidate | None:
    """'ووصفت المصادر ادعاء X بأن ... بالهرطقة': a short subject, then a speech-act noun
    that opens the verb's object, which is the claim."""
    if k - j > 4 or not all(is_word(ctx, t) and not _np_stop_word(ctx, t) for t in range(j, k)):
        return None
    content = _content_to_end(ctx, sent, k)
    if not content:
        return None
    return Candidate("ar.verb.vs", (i, j), entry, sent, (content,), (j, k), "np", None, 0.6)


def _participle_cue(ctx: Context, k: int) -> bool:
    """A quotative participle of a cue verb at ``k`` ("مشيرا", "قائلا")."""
    bucket = ctx.lexicon.cues.by_first.get(ctx.analysis.norms[k]) or []
    return any(_participle(ctx, k, e) for _w, e in bucket)


def _absorbed(ctx: Context, a: int, i: int) -> bool:
    """The verb of a fixed according-to cue ("وفقا لما ذكرت X"), already taken by it."""
    norms = ctx.analysis.norms
    if i - 1 >= a and norms[i - 1].endswith("ما") and _according_cue(ctx, i - 1):
        return True
    return i - 2 >= a and norms[i - 1] in {"ما", "لما"} and _according_cue(ctx, i - 2)


def _cue_word(ctx: Context, k: int) -> bool:
    """A new reporting clause ("وأضاف", "فقال"): a cue verb with a conjunction glued on.
    A speech-act noun ("وإشارته إلى") is coordinated with what came before, not a clause."""
    w = ctx.analysis.norms[k]
    if not w.startswith(("و", "ف")):
        return False
    by_first = ctx.lexicon.cues.by_first
    return any(not all(e.nominal for _, e in by_first[stem])
               for p, stem in ar_variants(w)[1:] if p in ("و", "ف") and stem in by_first)


def _according_cue(ctx: Context, k: int) -> bool:
    hit = ctx.lexicon.cues.match(ctx.analysis.norms, k)
    if hit is None:
        for _, stem in ar_variants(ctx.analysis.norms[k])[1:]:
            bucket = ctx.lexicon.cues.by_first.get(stem)
            if bucket:
                hit = (1, bucket[0][1])
                break
    return bool(hit and hit[1].kind == "according_to")


def _only_setting_after(ctx: Context, k: int, end: int) -> bool:
    """After a place name, only commas and settings remain before the complementizer."""
    m = ctx.entity_at(k)
    n = k + (m.length if m else 1)
    while n < end:
        if is_word(ctx, n) and ctx.analysis.norms[n] not in _w(ctx, "np_stop"):
            return False
        n += 1
    return True


@rule("ar.verb.sv_kana", lang="ar", priority=15)
def subject_verb_kana(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'وكان X قد صرح بأن CLAIM': the subject stands before the cue after كان."""
    if entry.lemma == ":" or entry.nominal:
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    k = i - 1
    if k <= a or norms[k] != "قد":
        return None
    m = k - 1
    while m > a and k - m < 8 and not any(
            stem in {"كان", "كانت"} for _, stem in ar_variants(norms[m])):
        m -= 1
    if not any(stem in {"كان", "كانت"} for _, stem in ar_variants(norms[m])) or m + 1 >= k:
        return None
    c = j
    while c < b and norms[c] in _TIME | {"،", ","}:
        c += 1
    if c < b and entry.preposition and norms[c] == entry.preposition:
        c += 1
    if c < b and norms[c] == ":":
        c += 1
    if c < b and _is_comp(ctx, c) == "bare":
        c += 1
    elif c < b and not (_is_comp(ctx, c) or _is_quote(ctx, c)):
        return None
    content = _content_to_end(ctx, sent, c)
    if not content:
        return None
    return Candidate("ar.verb.sv_kana", (i, j), entry, sent, (content,), (m + 1, k), "np", None, 0.8)


@rule("ar.verb.sv", lang="ar", priority=35)
def subject_verb(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'البنتاغون قال إن CLAIM', 'الوزير يقول: "CLAIM"': the subject before the cue."""
    if entry.lemma == ":" or entry.nominal:
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if _clause_initial(ctx, a, i, entry) or j >= b or _absorbed(ctx, a, i) or _participle(ctx, i, entry, loose=True):
        return None  # a participle has no subject before it ("أصوات معبرة عن" is an adjective)
    c = j
    relative = norms[i - 1] in {"الذي", "التي", "الذين"}
    subject = _anchored_subject(ctx, a, i)
    outlet = None
    if not relative and subject is None:
        c, outlet = _skip_setting(ctx, c, b)  # "وكان X أكد أمس لوكالة فرانس برس أن"
    if c < b and entry.preposition and norms[c] == entry.preposition:
        c += 1 if not _glued(ctx, c) else 0
        governed = (relative or subject is not None) and c < b
    else:
        governed = (relative or subject is not None) and c < b and bool(entry.preposition) and \
            entry.preposition in ("ب", "ل") and norms[c].startswith(entry.preposition) and len(norms[c]) > 3
    nominal = subject is not None and c < b and is_word(ctx, c) and not _np_stop_word(ctx, c) and \
        entry.kind == "speech" and _headline(ctx, a, b)
    if c >= b or not (_is_comp(ctx, c) or norms[c] == ":" or _is_quote(ctx, c) or governed or nominal):
        return None
    if subject is not None and not relative:
        # "أن الحكومة أعربت عن استعدادها", "موسكو تطلب مساعدة الحلف" (headline): the subject
        # is certain, so the claim may be the verb's object
        content = _claim_after(ctx, sent, c)
        if not content:
            return None
        return Candidate("ar.verb.sv", (i, j), entry, sent, (content,), subject, "np", None, 0.7)
    if relative:
        # "ابراهيم سعيد الذي طالب الأهلي بمليون جنيه": the relative pronoun is the source
        k = c
        if _is_comp(ctx, k) == "bare" or norms[k] == ":":
            k += 1
        content = _content_to_end(ctx, sent, k)
        if not content:
            return None
        return Candidate("ar.verb.sv", (i, j), entry, sent, (content,), (i - 1, i), "np", None, 0.7)
    m = i - 1
    stop = _w(ctx, "clause_stop") | _w(ctx, "complementizers_bare") | _w(ctx, "complementizers_pronoun")
    while m >= a and i - m <= 6 and is_word(ctx, m) and norms[m] not in stop:
        m -= 1
    start = m + 1
    while start < i and (norms[start] in _w(ctx, "openers") or norms[start] in _w(ctx, "kana")):
        start += 1
    if any(_cue_word(ctx, t) or norms[t] in ctx.lexicon.cues.by_first for t in range(start, i)):
        return None
    if start >= i or tok(ctx, start) in {"على", "إلى", "في", "من", "عن", "مع"}:
        return None
    content = _claim_after(ctx, sent, c)
    if not content:
        return None
    return Candidate("ar.verb.sv", (i, j), entry, sent, (content,), (start, i), "np", outlet, 0.7)


def _anchored_subject(ctx: Context, a: int, i: int) -> tuple[int, int] | None:
    """A subject before the cue whose start is certain: right after a bare complementizer
    ("أن الحكومة أعربت"), a headline colon ("مصر: محامي الأسر سيطالب") or at the start of
    the sentence ("موسكو تطلب ..."), at most five words, no verb among them."""
    norms = ctx.analysis.norms
    m = i - 1
    while m >= a and i - m <= 5 and is_word(ctx, m) and not _is_comp(ctx, m):
        m -= 1
    if m >= a and not (_is_comp(ctx, m) == "bare" or norms[m] == ":"):
        return None
    start = m + 1
    while start < i and norms[start] in _w(ctx, "openers"):
        start += 1
    if start >= i or any(_cue_word(ctx, t) or norms[t] in ctx.lexicon.cues.by_first
                         or norms[t] in _w(ctx, "clause_stop") or norms[t] in _w(ctx, "kana")
                         or norms[t] in _w(ctx, "not_subjects") for t in range(start, i)):
        return None
    if tok(ctx, start) in {"على", "إلى", "في", "من", "عن", "مع"} or _fronted_pp(ctx, a, i):
        return None
    return start, i


def _headline(ctx: Context, a: int, b: int) -> bool:
    """A headline: a short sentence with no final punctuation."""
    return b - a <= 20 and ctx.analysis.norms[b - 1] not in {".", "؟", "!", "…"}


def _title_adjective(ctx: Context, k: int) -> bool:
    """"العام" after a role is part of a title ("الأمين العام", "المدير العام", "النائب
    العام"), not the time word ("العام الماضي")."""
    norms = ctx.analysis.norms
    if k + 1 < len(norms) and norms[k + 1] in {"الماضي", "المقبل", "الجاري", "الحالي", "المنصرم"}:
        return False  # "العام الماضي": last year
    return norms[k] in {"العام", "العامه"} and k > 0 and ctx.lexicon.roles.get(norms[k - 1]) is not None


def _np_stop_word(ctx: Context, k: int) -> bool:
    w = ctx.analysis.norms[k]
    return w in _w(ctx, "np_stop") or w in _w(ctx, "clause_stop") or w in _w(ctx, "conjunctions")


def _skip_setting(ctx: Context, c: int, b: int) -> tuple[int, OutletRef | None]:
    """Past time words and a channel after the cue ("أمس لوكالة فرانس برس"), when a
    complementizer follows them."""
    norms = ctx.analysis.norms
    k = c
    while k < b and k - c < 6 and (norms[k] in _TIME or norms[k] in {"أمس", "امس", "اول", "من"}):
        k += 1
    outlet, first = _channel(ctx, k, min(b, k + 5))
    if outlet is not None and first == k and outlet.span:
        while k < b and ctx.analysis.starts[k] < outlet.span[1]:
            k += 1
    if k > c and k < b and _is_comp(ctx, k):
        return k, outlet
    return c, None


@rule("ar.colon", lang="ar", priority=5)
def colon(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'وزير الخارجية: المفاوضات مستمرة' (headline): a short subject, a colon, the claim."""
    if entry.lemma != ":":
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if i == a or i - a > 5 or j >= b or b - j < 3:
        return None
    words = list(range(a, i))
    if not all(is_word(ctx, t) for t in words) or any(_cue_word(ctx, t) or norms[t] in ctx.lexicon.cues.by_first
                                                      for t in words):
        return None
    if any(norms[t] in _w(ctx, "colon_not_speakers") for t in words):
        return None
    content = _content_to_end(ctx, sent, j)
    if not content:
        return None
    return Candidate("ar.colon", (i, j), entry, sent, (content,), (a, i), "np", None, 0.6)


@rule("ar.verb.kama", lang="ar", priority=12)
def kama(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'CLAIM، كما قال X.': the speaker after the cue, the claim before كما."""
    if entry.lemma == ":" or entry.nominal:
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if i - 1 <= a or norms[i - 1] not in {"كما", "حسبما", "وفقما", "مثلما"} or _absorbed(ctx, a, i):
        return None
    k = j
    while k < b and is_word(ctx, k) and k - j < 10:
        k += 1
    if k == j:
        return None
    np_end = k
    src = j
    while src < np_end - 1 and (norms[src] in _TIME or norms[src] in _w(ctx, "np_stop")):
        src += 1  # "كما ذكر اليوم الثلاثاء مسؤولون": the time is no part of the speaker
    m = src
    while m < np_end and norms[m] not in _TIME:
        m += 1
    if m == src:
        m = np_end
    s, e = trim_chars(ctx.text, ctx.analysis.starts[_after_dateline(ctx, a, i)], ctx.analysis.starts[i - 1])
    if e - s < 3:
        return None
    return Candidate("ar.verb.kama", (i, j), entry, sent, ((s, e),), (src, m), "np", None, 0.8)


def _after_dateline(ctx: Context, a: int, i: int) -> int:
    """The first token after a dateline opening the sentence ("بغداد ١٥-٧ (اف ب) - CLAIM":
    place, date, wire in brackets, dash), else ``a``; a claim before its cue leaves it out."""
    for t in range(a + 2, min(i, a + 16)):
        if tok(ctx, t) in {"-", "–", "—"} and tok(ctx, t - 1) == ")" and \
                any(ch.isdigit() for u in range(a, t) for ch in tok(ctx, u)):
            return t + 1
    return a


@rule("ar.masdar", lang="ar", priority=8)
def masdar(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'وأشاد بتأكيد القاضي على CLAIM', 'إثر مطالبته بـCLAIM', 'ادعاء X بأن CLAIM': a
    speech-act noun, its source (an attached pronoun or the noun phrase after it, or none),
    then the preposition it governs or a complementizer, then the claim (to the next comma)."""
    if not entry.nominal:
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if i > a and norms[i - 1] in _w(ctx, "masdar_blockers"):
        return None  # "عدم تأكيد", "تجدر الإشارة": no speech act, or a sourceless formula
    prep = entry.preposition
    k = j
    if ctx.quote_at(ctx.analysis.starts[i]) is not None:
        return None  # "ويمكنني التأكيد أنه ...": the quoted speaker's own words
    while k < b and k - j < 5 and is_word(ctx, k) and not _is_comp(ctx, k) and norms[k] != prep and not (
            prep in ("ب", "ل") and norms[k].startswith(prep) and len(norms[k]) > 3) and \
            not _np_stop_word(ctx, k) and not _reporting_verb(ctx, k):
        k += 1
    if k >= b:
        return None
    if k > j and tok(ctx, i).endswith(("ه", "ها", "هم", "هما")):
        return None  # "وتأكيدها للقوى ... أنها": after a pronoun source, the words are objects
    np = (j, k) if k > j else None
    if np is None and prep in ("ب", "ل") and norms[k].startswith(prep) and (len(norms[k]) > 3 or _glued(ctx, k)):
        c = k  # "المطالبة بالتعويض": the preposition glued to the claim stays on it
    elif np is not None and prep in ("ب", "ل") and norms[k].startswith(prep) and len(norms[k]) > 3:
        c = k
    elif prep and norms[k] == prep:
        c = k if _glued(ctx, k) else k + 1
    elif _is_comp(ctx, k) == "bare":
        c = k + 1
    elif _is_comp(ctx, k) == "pronoun":
        c = k
    else:
        return None
    if c < b and _is_comp(ctx, c) == "bare":
        c += 1
    if c >= b:
        return None
    end = c
    while end < b and norms[end] not in {"،", ",", ".", "؛", ";"}:
        if _is_quote(ctx, end) and _quote_close(ctx, end, b) > end:
            end = _quote_close(ctx, end, b)
        end += 1
    end = min(end, _next_report(ctx, c, b))
    s, e = trim_chars(ctx.text, ctx.analysis.starts[c], ctx.analysis.ends[end - 1])
    if e - s < 3:
        return None
    return Candidate("ar.masdar", (i, j), entry, sent, ((s, e),), np, "np" if np else "prodrop", None, 0.6)

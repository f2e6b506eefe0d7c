"""Arabic rules: verb-subject reporting (وقال X إن ...), pro-drop continuations
(وأضاف: ...), governed prepositions (شدد على أن، أشار إلى أن), statements that "say in
it" (بيانا قال فيه), and according-to (بحسب X فإن ...، وفقا للتقرير، نقلا عن X).

News Arabic puts the verb first, so the speaker is the phrase between the cue and the
complementizer (إن/أن) or the quotation; when nothing stands there the subject is
dropped and the resolver supplies the previous speaker.
"""

from __future__ import annotations

from attrib.analysis.light import ar_variants
from attrib.lexicon import CueEntry
from attrib.normalize import norm
from attrib.rules import rule
from attrib.rules.base import Candidate, Context, OutletRef
from attrib.rules.common import char_range, is_word, sent_range, tok, trim_chars

_NP_MAX = 18
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
    start, end = ctx.analysis.starts[k], ctx.analysis.ends[b - 1]
    q = ctx.quote_at(start)
    if q and q[0] == start and q[1] > end:
        end = q[1]
    s, e = trim_chars(ctx.text, start, end)
    return (s, e) if e - s >= 3 else None


@rule("ar.according_to", lang="ar", priority=10)
def according_to(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'بحسب X فإن CLAIM', 'وفقا للتقرير، CLAIM', 'CLAIM، حسب X', 'نقلا عن X'."""
    if entry.lemma == ":":
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
    lead = a
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


def _participle(ctx: Context, i: int, entry: CueEntry) -> bool:
    """A quotative active participle of the cue's verb: derived forms start with م
    ("مؤكدا", "مشيرا", "مدعيا"), form I has the فاعل shape ("قائلا", "لافتا", "واصفا").
    Only the accusative forms: "أصوات معبرة عن" is an adjective, not a quotative adverb."""
    lemma = norm(entry.lemma)
    for _p, w in ar_variants(ctx.analysis.norms[i]):
        for suffix in ("ا", "ين"):
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
    if entry.lemma == ":":
        return None
    a, b = sent_range(ctx, sent)
    if not _clause_initial(ctx, a, i, entry) or _absorbed(ctx, a, i):
        return None
    norms = ctx.analysis.norms
    k = j
    if k < b and entry.preposition and norms[k] == entry.preposition:
        k += 1
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
    elif k == j and entry.preposition in ("ب", "ل") and norms[k].startswith(entry.preposition) and len(norms[k]) > 3:
        pass  # "وأشاد بالدعوة": the preposition is glued to the claim's first word
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
    if entry.lemma == ":":
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
    if entry.lemma == ":":
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
        if _is_comp(ctx, k) or norms[k] == ":" or _is_quote(ctx, k):
            boundary = k
            break
        if norms[k] in {".", "؟", "!"} or (norms[k] in clause_stop and norms[k] not in {"وهي", "وهو"}):
            break
        if k > j and (_cue_word(ctx, k) or _participle_cue(ctx, k)):
            break  # "وجدد X تحذيره مدعيا أن": the participle's claim, not this verb's
        if norms[k] in {"الذي", "التي", "الذين", "وهي", "وهو", "وهم"} and k > j and norms[k - 1] in {"،", ","}:
            # "علي پناهي، الذي يرأس وفد بلاده، إن": the relative clause belongs to the speaker
            m = k + 1
            while m < b and norms[m] not in {"،", ","} and m - k < 12:
                m += 1
            k = m + 1
            continue
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
        if k > j and w in stop and w not in {"الذي", "التي"}:
            break
        if w == "في" and k + 1 < np_end and norms[k + 1] in settings:
            break
        if k > j and _according_cue(ctx, k):
            break  # "ذكرت صحيفة X، نقلا عن ...": the according-to phrase is its own attribution
        if w == "من" and k + 1 < np_end and ctx.entity_at(k + 1) and _only_setting_after(ctx, k + 1, np_end):
            break
        k += 1
    np_end = k
    while np_end > j and not is_word(ctx, np_end - 1):
        np_end -= 1
    if np_end <= j:
        return None  # nothing between cue and complementizer: the pro-drop rule's case
    if tok(ctx, j) in {"على", "إلى", "في", "من", "عن", "مع"}:
        return None  # a prepositional phrase is no subject ("جاءت إلى مسقط")
    c = boundary
    if entry.preposition and norms[c] == entry.preposition:
        c += 1
    content = _claim_after(ctx, sent, c)
    if not content:
        return None
    return Candidate("ar.verb.vs", (i, j), entry, sent, (content,), (j, np_end), "np", outlet, 0.85)


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
    """A new reporting clause ("وأضاف", "فقال"): a cue verb with a conjunction glued on."""
    w = ctx.analysis.norms[k]
    if not w.startswith(("و", "ف")):
        return False
    return any(stem in ctx.lexicon.cues.by_first for p, stem in ar_variants(w)[1:] if p in ("و", "ف"))


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
    if entry.lemma == ":":
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
    if entry.lemma == ":":
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if _clause_initial(ctx, a, i, entry) or j >= b or _absorbed(ctx, a, i):
        return None
    c = j
    relative = norms[i - 1] in {"الذي", "التي", "الذين"}
    if entry.preposition and norms[c] == entry.preposition:
        c += 1
        governed = relative and c < b
    else:
        governed = relative and bool(entry.preposition) and entry.preposition in ("ب", "ل") and \
            norms[c].startswith(entry.preposition) and len(norms[c]) > 3
    if c >= b or not (_is_comp(ctx, c) or norms[c] == ":" or _is_quote(ctx, c) or governed):
        return None
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
    while start < i and norms[start] in _w(ctx, "openers"):
        start += 1
    if any(_cue_word(ctx, t) or norms[t] in ctx.lexicon.cues.by_first for t in range(start, i)):
        return None
    if start >= i or tok(ctx, start) in {"على", "إلى", "في", "من", "عن", "مع"}:
        return None
    content = _claim_after(ctx, sent, c)
    if not content:
        return None
    return Candidate("ar.verb.sv", (i, j), entry, sent, (content,), (start, i), "np", None, 0.7)


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
    if entry.lemma == ":":
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
    m = j
    while m < np_end and norms[m] not in _TIME:
        m += 1
    if m == j:
        m = np_end
    s, e = trim_chars(ctx.text, ctx.analysis.starts[a], ctx.analysis.starts[i - 1])
    if e - s < 3:
        return None
    return Candidate("ar.verb.kama", (i, j), entry, sent, ((s, e),), (j, m), "np", None, 0.8)

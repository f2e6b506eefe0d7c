"""Arabic rules with the reporting verb first (VSO and pro-drop: «وقال الوزير إن», «وأضاف»),
«قال فيه», «كما ...» and verbal nouns (masdar) as cues."""

from __future__ import annotations

from attrib.lexicon.load import CueEntry
from attrib.rules import rule
from attrib.rules.ar.claims import (
    channel,
    claim_after,
    closes_inside,
    content_to_end,
    next_report,
    object_claim,
    quoted_name,
    reported_from,
    verb_subject_object,
)
from attrib.rules.ar.words import (
    ADVERBIAL_PAIRS,
    NP_MAX,
    PREP_PRONOUN,
    TIME,
    absorbed,
    according_cue,
    after_dateline,
    clause_initial,
    cue_word,
    glued,
    is_comp,
    is_quote,
    nominal_cue,
    np_stop_word,
    only_setting_after,
    participle_cue,
    quote_close,
    reporting_verb,
    title_adjective,
    word_class,
)
from attrib.rules.base import Candidate, Context, TokenRange, char_ranges, token_range
from attrib.rules.common import is_word, sent_range, tok, trim_chars
from attrib.text.normalize import norm


def _setting(word: str, settings: set[str]) -> bool:
    """A setting noun, bare or with a possessive pronoun ("تقرير", "تقريره", "بيانها")."""
    return word in settings or any(word.endswith(s) and word[:-len(s)] in settings for s in ("ها", "هم", "ه"))


@rule("ar.verb.prodrop", lang="ar", priority=20)
def prodrop(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'وأضاف: CLAIM', 'وشدد على أن CLAIM', 'مضيفا أن CLAIM': no subject after the cue."""
    if entry.lemma == ":" or entry.nominal:
        return None
    a, b = sent_range(ctx, sent)
    if not clause_initial(ctx, a, i, entry) or absorbed(ctx, a, i):
        return None
    norms = ctx.analysis.norms
    k = j
    if k < b and entry.preposition and norms[k] == entry.preposition and not glued(ctx, k):
        k += 1
    if k < b and is_quote(ctx, k) and quoted_name(ctx, k, b) > 0:
        return None  # "وعلمت »الحياة« أن": a quoted name is the subject
    if k + 2 < b and PREP_PRONOUN.match(norms[k]) and norms[k + 1].startswith("ب") and \
            norms[k + 1][1:] in word_class(ctx, "saying_nouns"):
        k += 2  # "وعلق عليه بقوله "..."": the verb's object, then "by saying"
    outlet, first = channel(ctx, k, min(b, k + 4))
    if outlet and first == k:  # "وقال لرويترز إن": the channel right after the cue, no subject
        while k < b and not (is_comp(ctx, k) or norms[k] == ":" or is_quote(ctx, k)):
            k += 1
    else:
        outlet = None
    if k >= b:
        return None
    comp = is_comp(ctx, k)
    if comp == "bare":
        k += 1
    elif comp == "pronoun":
        pass
    elif k > j and entry.preposition and norms[k - 1] == entry.preposition and tok(ctx, k - 1) not in {"ب", "ل"}:
        pass  # "وشدد على أهمية ...": the governed preposition introduces a nominal claim
    elif k == j and entry.preposition in ("ب", "ل") and norms[k].startswith(entry.preposition) and (
            len(norms[k]) > 3 or glued(ctx, k)):
        pass  # "وأشاد بالدعوة", "ما سماه ب"الإرهاب"": the preposition is glued to the claim
    elif norms[k] == ":":
        k += 1
        if k < b and is_comp(ctx, k) == "bare":
            k += 1
    elif not is_quote(ctx, k):
        return None
    content = content_to_end(ctx, sent, k)
    if not content:
        return None
    return Candidate(cue=TokenRange((i, j)), entry=entry, sentence=sent, content=char_ranges((content,)),
                     hint="prodrop", outlet=outlet, confidence=0.8)


@rule("ar.verb.qala_fihi", lang="ar", priority=25)
def qala_fihi(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'أصدر البنتاغون بيانا قال فيه إن CLAIM': the statement's issuer speaks."""
    if entry.lemma == ":" or entry.nominal:
        return None
    _a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if j >= b or norms[j] not in word_class(ctx, "in_it"):
        return None
    k = j + 1
    while k < b and norms[k] in {"،", ","}:
        k += 1
    if k < b and is_comp(ctx, k) == "bare":
        k += 1
    content = content_to_end(ctx, sent, k)
    if not content:
        return None
    return Candidate(cue=TokenRange((i, j)), entry=entry, sentence=sent, content=char_ranges((content,)),
                     hint="issuer", confidence=0.8)


@rule("ar.verb.vs", lang="ar", priority=30, variants=("ar.verb.vso",))
def verb_subject(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'وقال X إن CLAIM', 'قال X: "CLAIM"', 'أكد الباحث ...، فلان، أن CLAIM', 'وقال X لرويترز "..."'."""
    if entry.lemma == ":" or entry.nominal:
        return None
    a, b = sent_range(ctx, sent)
    if not clause_initial(ctx, a, i, entry) or absorbed(ctx, a, i):
        return None
    norms = ctx.analysis.norms
    if j < b and entry.preposition and norms[j] == entry.preposition:
        return None  # "سيؤكد على دور الجيش": a nominal complement, not a reported claim
    k = j
    boundary = -1
    aside = 0  # tokens of an anonymity aside: no part of the speaker's length
    clause_stop = word_class(ctx, "clause_stop")
    while k < b and k - j - aside < NP_MAX:
        if is_quote(ctx, k) and quoted_name(ctx, k, b, entry.preposition or "عن") > 0:
            k = quoted_name(ctx, k, b, entry.preposition or "عن")  # "ذكرت صحيفة "التايمز" أن"
            continue
        if is_comp(ctx, k) or norms[k] == ":" or is_quote(ctx, k):
            boundary = k
            break
        if norms[k] in {".", "؟", "!"} or (norms[k] in clause_stop and norms[k] not in {"وهي", "وهو"}):
            break
        if k > j and (cue_word(ctx, k) or participle_cue(ctx, k)):
            break  # "وجدد X تحذيره مدعيا أن": the participle's claim, not this verb's
        if k > j and nominal_cue(ctx, k):
            return object_claim(ctx, sent, i, j, k, entry)  # "ووصفت المصادر ادعاء X بأن"
        if k > j and norms[k - 1] in {"،", ","} and norms[k] in word_class(ctx, "anonymity_asides"):
            # "لرويترز، طالبا عدم نشر اسمه لأنه غير مخول بالحديث لوسائل الإعلام، إن": an aside
            m = k + 1
            while m < b and norms[m] not in {"،", ","} and m - k < 20:
                m += 1
            aside += m + 1 - k
            k = m + 1
            continue
        if norms[k] in {"الذي", "التي", "الذين", "وهي", "وهو", "وهم"} and k > j and norms[k - 1] in {"،", ","}:
            # "علي پناهي، الذي يرأس وفد بلاده، إن": the relative clause belongs to the speaker
            m = k + 1
            while m < b and norms[m] not in {"،", ","} and m - k < 12:
                m += 1
            k = m + 1
            continue
        if k > j and norms[k] == "عن" and entry.category == "announcing" and not entry.preposition and \
                not any(is_comp(ctx, t) for t in range(k + 1, b)):
            # "أعلنت الوزارة عن الترتيبات": أعلن takes its object through عن too (but in
            # "وأعلن المحامي عن العائلات، فلان، أن ..." عن belongs to the speaker phrase)
            boundary = k
            break
        if entry.preposition and norms[k] == entry.preposition and k > j and (
                (k + 1 < b and is_comp(ctx, k + 1)) or tok(ctx, k) in {"عن", "على", "إلى", "من", "في"}):
            boundary = k  # "أعربت الحكومة عن استعدادها": the claim follows the preposition
            break
        k += 1
    if boundary < 0:
        return verb_subject_object(ctx, sent, i, j, entry)
    outlet, ch = channel(ctx, j, boundary)
    np_end = ch if ch >= 0 else boundary
    # cut the speaker at a setting (في تصريح، عبر سكايب، اليوم ...)
    stop = word_class(ctx, "np_stop")
    settings = word_class(ctx, "settings")
    k = j
    while k < np_end:
        w = norms[k]
        if k > j and w in stop and w not in {"الذي", "التي"} and not title_adjective(ctx, k):
            break
        if w == "في" and k + 1 < np_end and _setting(norms[k + 1], settings):
            break  # "في بيان", "في تقريره السنوي": where it was said, not who
        if k > j and k + 1 < np_end and (w, norms[k + 1]) in ADVERBIAL_PAIRS:
            break  # "أول أمس", "في المقابل", "من جهته": an adverbial, not the speaker
        if k > j and w == "من" and k + 1 < np_end and norms[k + 1] in word_class(ctx, "side_nouns"):
            break
        if k > j and according_cue(ctx, k):
            break  # "ذكرت صحيفة X، نقلا عن ...": the according-to phrase is its own attribution
        if w == "من" and k + 1 < np_end and ctx.entity_at(k + 1) and only_setting_after(ctx, k + 1, np_end):
            break
        k += 1
    np_end = k
    while np_end > j and not is_word(ctx, np_end - 1) and not closes_inside(ctx, j, np_end - 1):
        np_end -= 1
    if np_end <= j:
        return None  # nothing between cue and complementizer: the pro-drop rule's case
    if tok(ctx, j) in {"على", "إلى", "في", "من", "عن", "مع"}:
        return None  # a prepositional phrase is no subject ("جاءت إلى مسقط")
    if PREP_PRONOUN.match(norms[j]):
        # "وقال له الوزير إن": the addressee before the subject is no part of it; with
        # nothing else there ("وعلق عليه بقوله") the subject is dropped
        j0 = j + 1
        if j0 >= np_end or (norms[j0].startswith("ب") and norms[j0][1:] in word_class(ctx, "saying_nouns")):
            return None
    else:
        j0 = j
    c = boundary
    if norms[c] == "عن" and entry.category == "announcing" and not entry.preposition:
        c += 1
    elif norms[c] == "عن" and norm(entry.lemma) in word_class(ctx, "quoting_verbs"):
        quoted = reported_from(ctx, sent, i, j, entry, (j0, np_end), c)
        if quoted:
            return quoted
    if entry.preposition and norms[c] == entry.preposition and not glued(ctx, c):
        c += 1
    content = claim_after(ctx, sent, c)
    if not content:
        return None
    return Candidate(cue=TokenRange((i, j)), entry=entry, sentence=sent, content=char_ranges((content,)),
                     speaker=token_range((j0, np_end)), outlet=outlet, confidence=0.85)


@rule("ar.verb.kama", lang="ar", priority=12)
def kama(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'CLAIM، كما قال X.': the speaker after the cue, the claim before كما."""
    if entry.lemma == ":" or entry.nominal:
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if i - 1 <= a or norms[i - 1] not in {"كما", "حسبما", "وفقما", "مثلما"} or absorbed(ctx, a, i):
        return None
    k = j
    while k < b and is_word(ctx, k) and k - j < 10:
        k += 1
    if k == j:
        return None
    np_end = k
    src = j
    while src < np_end - 1 and (norms[src] in TIME or norms[src] in word_class(ctx, "np_stop")):
        src += 1  # "كما ذكر اليوم الثلاثاء مسؤولون": the time is no part of the speaker
    m = src
    while m < np_end and norms[m] not in TIME:
        m += 1
    if m == src:
        m = np_end
    s, e = trim_chars(ctx.text, ctx.analysis.starts[after_dateline(ctx, a, i)], ctx.analysis.starts[i - 1])
    if e - s < 3:
        return None
    return Candidate(cue=TokenRange((i, j)), entry=entry, sentence=sent, content=char_ranges(((s, e),)),
                     speaker=token_range((src, m)), confidence=0.8)


@rule("ar.masdar", lang="ar", priority=8)
def masdar(ctx: Context, sent: int, i: int, j: int, entry: CueEntry) -> Candidate | None:
    """'وأشاد بتأكيد القاضي على CLAIM', 'إثر مطالبته بـCLAIM', 'ادعاء X بأن CLAIM': a
    speech-act noun, its source (an attached pronoun or the noun phrase after it, or none),
    then the preposition it governs or a complementizer, then the claim (to the next comma)."""
    if not entry.nominal:
        return None
    a, b = sent_range(ctx, sent)
    norms = ctx.analysis.norms
    if i > a and norms[i - 1] in word_class(ctx, "masdar_blockers"):
        return None  # "عدم تأكيد", "تجدر الإشارة": no speech act, or a sourceless formula
    prep = entry.preposition
    k = j
    if ctx.quote_at(ctx.analysis.starts[i]) is not None:
        return None  # "ويمكنني التأكيد أنه ...": the quoted speaker's own words
    while k < b and k - j < 5 and is_word(ctx, k) and not is_comp(ctx, k) and norms[k] != prep and not (
            prep in ("ب", "ل") and norms[k].startswith(prep) and len(norms[k]) > 3) and \
            not np_stop_word(ctx, k) and not reporting_verb(ctx, k):
        k += 1
    if k >= b:
        return None
    if k > j and tok(ctx, i).endswith(("ه", "ها", "هم", "هما")):
        return None  # "وتأكيدها للقوى ... أنها": after a pronoun source, the words are objects
    np = (j, k) if k > j else None
    if np is None and prep in ("ب", "ل") and norms[k].startswith(prep) and (len(norms[k]) > 3 or glued(ctx, k)):
        c = k  # "المطالبة بالتعويض": the preposition glued to the claim stays on it
    elif np is not None and prep in ("ب", "ل") and norms[k].startswith(prep) and len(norms[k]) > 3:
        c = k
    elif prep and norms[k] == prep:
        c = k if glued(ctx, k) else k + 1
    elif is_comp(ctx, k) == "bare":
        c = k + 1
    elif is_comp(ctx, k) == "pronoun":
        c = k
    else:
        return None
    if c < b and is_comp(ctx, c) == "bare":
        c += 1
    if c >= b:
        return None
    end = c
    while end < b and norms[end] not in {"،", ",", ".", "؛", ";"}:
        if is_quote(ctx, end) and quote_close(ctx, end, b) > end:
            end = quote_close(ctx, end, b)
        end += 1
    end = min(end, next_report(ctx, c, b))
    s, e = trim_chars(ctx.text, ctx.analysis.starts[c], ctx.analysis.ends[end - 1])
    if e - s < 3:
        return None
    return Candidate(cue=TokenRange((i, j)), entry=entry, sentence=sent, content=char_ranges(((s, e),)),
                     speaker=token_range(np), hint="np" if np else "prodrop", confidence=0.6)

"""Arabic word tests the rules share: complementizers, quotation marks, cue words and
participles, clause-initial words, settings and datelines."""

from __future__ import annotations

import re

from attrib.lexicon.load import CueEntry
from attrib.rules.base import Context
from attrib.rules.common import is_word, tok
from attrib.text.normalize import norm
from attrib.text.tokens import ar_variants

NP_MAX = 18
# a preposition with an attached pronoun (عليه، إليها، لهم، منه، فيه، به، معه): never a subject
PREP_PRONOUN = re.compile(r"^(?:علي|الي|عن|من|في|مع|لدي|ل|ب)(?:ه|ها|هم|هما|هن)$")
ADVERBIAL_PAIRS = {("اول", "امس"), ("اول", "من"), ("في", "المقابل"), ("في", "هذا"), ("في", "الوقت"),
                    ("في", "الاطار"), ("في", "السياق")}
TIME = {"الاسبوع", "الشهر", "العام", "السنه", "اليوم", "امس", "الماضي", "المقبل", "الجاري"}


def word_class(ctx: Context, name: str) -> set[str]:
    return ctx.lexicon.word_class(name)


def is_comp(ctx: Context, k: int) -> str:
    """'bare', 'pronoun' or '' for a complementizer at token ``k``."""
    w = ctx.analysis.norms[k]
    if w in word_class(ctx, "complementizers_bare"):
        return "bare"
    if w in word_class(ctx, "complementizers_pronoun"):
        return "pronoun"
    return ""


def is_quote(ctx: Context, k: int) -> bool:
    return tok(ctx, k) in {'"', "“", "«", "”", "»"}


def is_quote_char(ch: str) -> bool:
    return ch in {'"', "“", "«", "”", "»"}


CLOSE_OF = {'"': '"', "“": "”", "«": "»", "»": "«", "”": "“"}


def quote_close(ctx: Context, k: int, b: int) -> int:
    """The token closing the quotation opened at token ``k`` in this sentence, or -1
    (PADT texts also write »...« for «...»)."""
    close = CLOSE_OF.get(tok(ctx, k))
    for t in range(k + 1, b):
        if tok(ctx, t) == close:
            return t
    return -1


def clause_initial(ctx: Context, a: int, i: int, entry: CueEntry | None = None) -> bool:
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
    if entry is not None and participle(ctx, i, entry):
        return True
    if norms[i - 1] in word_class(ctx, "clause_openers") or norms[i - 1] in word_class(ctx, "openers"):
        return True
    return fronted_pp(ctx, a, i)


def participle(ctx: Context, i: int, entry: CueEntry, loose: bool = False) -> bool:
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


def fronted_pp(ctx: Context, a: int, i: int) -> bool:
    """The words before the cue are one prepositional phrase opening the clause
    ("وفي الإطار نفسه أكد"، "وخلال لقائه الوزير قال"): the verb still comes first."""
    norms = ctx.analysis.norms
    stop = (word_class(ctx, "clause_stop") | word_class(ctx, "complementizers_bare")
            | word_class(ctx, "complementizers_pronoun"))
    k = i - 1
    while k >= a and is_word(ctx, k) and norms[k] not in stop and i - k <= 12:
        k -= 1
    if k >= a and is_word(ctx, k) and norms[k] not in stop:
        return False  # too long to tell
    first = k + 1
    if first >= i:
        return False
    preps = word_class(ctx, "fronting_prepositions")
    return any(stem in preps for _p, stem in ar_variants(norms[first]) if _p in ("", "و", "ف"))


def glued(ctx: Context, k: int) -> bool:
    """Token ``k`` is written together with the next one ("ب"الإرهاب""): one word."""
    a = ctx.analysis
    return k + 1 < len(a.starts) and a.ends[k] == a.starts[k + 1]


def reporting_verb(ctx: Context, k: int) -> bool:
    """A cue word at ``k`` (with or without a conjunction)."""
    norms = ctx.analysis.norms
    return norms[k] in ctx.lexicon.cues.by_first or cue_word(ctx, k)


def nominal_cue(ctx: Context, k: int) -> bool:
    """A speech-act noun at ``k`` ("ادعاء", "تأكيده")."""
    hit = ctx.lexicon.cues.match(ctx.analysis.norms, k)
    return bool(hit and hit[1].nominal)


def participle_cue(ctx: Context, k: int) -> bool:
    """A quotative participle of a cue verb at ``k`` ("مشيرا", "قائلا")."""
    bucket = ctx.lexicon.cues.by_first.get(ctx.analysis.norms[k]) or []
    return any(participle(ctx, k, e) for word_class, e in bucket)


def absorbed(ctx: Context, a: int, i: int) -> bool:
    """The verb of a fixed according-to cue ("وفقا لما ذكرت X"), already taken by it."""
    norms = ctx.analysis.norms
    if i - 1 >= a and norms[i - 1].endswith("ما") and according_cue(ctx, i - 1):
        return True
    return i - 2 >= a and norms[i - 1] in {"ما", "لما"} and according_cue(ctx, i - 2)


def cue_word(ctx: Context, k: int) -> bool:
    """A new reporting clause ("وأضاف", "فقال"): a cue verb with a conjunction glued on.
    A speech-act noun ("وإشارته إلى") is coordinated with what came before, not a clause."""
    w = ctx.analysis.norms[k]
    if not w.startswith(("و", "ف")):
        return False
    by_first = ctx.lexicon.cues.by_first
    return any(not all(e.nominal for _, e in by_first[stem])
               for p, stem in ar_variants(w)[1:] if p in ("و", "ف") and stem in by_first)


def according_cue(ctx: Context, k: int) -> bool:
    hit = ctx.lexicon.cues.match(ctx.analysis.norms, k)
    if hit is None:
        for _, stem in ar_variants(ctx.analysis.norms[k])[1:]:
            bucket = ctx.lexicon.cues.by_first.get(stem)
            if bucket:
                hit = (1, bucket[0][1])
                break
    return bool(hit and hit[1].kind == "according_to")


def only_setting_after(ctx: Context, k: int, end: int) -> bool:
    """After a place name, only commas and settings remain before the complementizer."""
    m = ctx.entity_at(k)
    n = k + (m.length if m else 1)
    while n < end:
        if is_word(ctx, n) and ctx.analysis.norms[n] not in word_class(ctx, "np_stop"):
            return False
        n += 1
    return True


def headline(ctx: Context, a: int, b: int) -> bool:
    """A headline: a short sentence with no final punctuation."""
    return b - a <= 20 and ctx.analysis.norms[b - 1] not in {".", "؟", "!", "…"}


def title_adjective(ctx: Context, k: int) -> bool:
    """"العام" after a role is part of a title ("الأمين العام", "المدير العام", "النائب
    العام"), not the time word ("العام الماضي")."""
    norms = ctx.analysis.norms
    if k + 1 < len(norms) and norms[k + 1] in {"الماضي", "المقبل", "الجاري", "الحالي", "المنصرم"}:
        return False  # "العام الماضي": last year
    return norms[k] in {"العام", "العامه"} and k > 0 and ctx.lexicon.roles.get(norms[k - 1]) is not None


def np_stop_word(ctx: Context, k: int) -> bool:
    w = ctx.analysis.norms[k]
    return (w in word_class(ctx, "np_stop") or w in word_class(ctx, "clause_stop")
            or w in word_class(ctx, "conjunctions"))


def after_dateline(ctx: Context, a: int, i: int) -> int:
    """The first token after a dateline opening the sentence ("بغداد ١٥-٧ (اف ب) - CLAIM":
    place, date, wire in brackets, dash), else ``a``; a claim before its cue leaves it out."""
    for t in range(a + 2, min(i, a + 16)):
        if tok(ctx, t) in {"-", "–", "—"} and tok(ctx, t - 1) == ")" and \
                any(ch.isdigit() for u in range(a, t) for ch in tok(ctx, u)):
            return t + 1
    return a

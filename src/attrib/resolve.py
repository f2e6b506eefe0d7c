"""Resolution: one pass over an article's candidates, in text order.

Speakers are typed from their phrase (gazetteer outlet or entity, a name, a role noun),
then linked: pronouns and pro-drop to the previous speaker, surnames to the full name
written earlier ("كاتزمان" -> "كينيث كاتزمان"), spelling variants by Jaro-Winkler
("بلنكن" ~ "بلينكن"), "the magazine"/"المجلة" to the outlet named before, "the
report"/"التقرير" to the report of the outlet cited before. One pass in order is
enough because news introduces a source before it refers back to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import attrs
import textdistance

from attrib.lexicon.names import fuzzy_outlet, match_at
from attrib.model import Attribution, Cue, Outlet, Span, Speaker
from attrib.rules.base import Candidate, Context, OutletRef
from attrib.rules.common import is_word, quote_kind, tok, trim_chars
from attrib.text.normalize import norm
from attrib.text.tokens import ar_variants

_jw = textdistance.JaroWinkler(external=False)
_AR_ARTICLE = "ال"


@attrs.define
class _Typed:
    name: str
    kind: str
    title: str | None = None
    outlet: str | None = None
    person_tokens: tuple[str, ...] = ()


_AR_SUFFIXES = ("هما", "هم", "ها", "ه")


def _roles(ctx: Context, w: str) -> str | None:
    r = ctx.lexicon.roles.get(w)
    if r:
        return r.kind
    if ctx.analysis.article.lang == "ar":
        for _, stem in ar_variants(w)[1:]:
            r = ctx.lexicon.roles.get(stem)
            if r:
                return r.kind
        for suf in _AR_SUFFIXES:  # "رئيسها" = رئيس + ها ("its head")
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                r = ctx.lexicon.roles.get(w[: -len(suf)]) or ctx.lexicon.roles.get(w[: -len(suf)].rstrip("ت") + "ه")
                if r:
                    return r.kind
    return None


_AR_FUNCTION = {"على", "إلى", "عن", "في", "من", "مع", "باسم", "و", "ب", "ل", "،", ",", "عبر", "لدى", "حول"}


def _known_ar(ctx: Context, w: str, raw: str = "") -> bool:
    if raw in _AR_FUNCTION:
        return True  # checked on the raw word: "على" and the name "علي" normalise alike
    lex = ctx.lexicon
    if w in ctx.gazetteer.adjectives or _roles(ctx, w):
        return True
    if w in lex.cues.by_first or w in ctx.lexicon.word_class("not_names"):
        return True
    for cls in ("np_stop", "complementizers_bare", "complementizers_pronoun", "org_heads", "openers"):
        if w in lex.word_class(cls):
            return True
    if w.startswith(_AR_ARTICLE) and (w.endswith("ي") or w.endswith("يه") or w.endswith("يين") or w.endswith("يون")):
        return True  # nisba adjective: الباكستاني، السياسية
    if w.endswith(("يون", "يين")) and len(w) > 4:
        return True  # plural nisba ("أمريكيون"); a singular in -ية may be a name ("سعدية")
    return w in {"في", "من", "باسم", "و", "عن", "مع", "ب", "ل", "،", ",", "الي"}


_AR_RELATIVES = {"الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي", "اللائي"}

_EN_PREPS = {"of", "at", "for", "from", "in", "with", "on", "to", "by", "familiar", "close"}


def _name_runs(ctx: Context, i: int, j: int) -> list[list[int]]:
    """Runs of tokens that can be part of a personal name, left to right.

    English: capitalised words that are no title, role, demonym, entity or outlet.
    Arabic (no capitals): words no lexicon knows; a definite (ال) word may continue a
    run ("عبد الإله الشهري") but not start one, and a nisba adjective ends it."""
    a = ctx.analysis
    norms = a.norms
    arabic = a.article.lang == "ar"
    dets = ctx.lexicon.word_class("determiners")
    common_adj = ctx.lexicon.word_class("common_adjectives")
    runs: list[list[int]] = []
    run: list[int] = []
    for t in range(i, j):
        w = norms[t]
        if arabic:
            if w.startswith("لل") and len(w) > 4:
                ok = False  # ل + ال ("للغزل"): a definite noun after a preposition, never a name
            elif run and len(w) >= 6 and w.startswith(("وال", "بال", "فال", "كال")):
                ok = False  # "قطاع الاتصالات والمعارض بالاتحاد": a conjunct or a prepositional phrase
            elif w.startswith(_AR_ARTICLE) and run and w not in common_adj and w not in _AR_RELATIVES \
                    and not _roles(ctx, w) and not ctx.entity_at(t) and not ctx.outlet_at(t):
                ok = True  # a family name after a first name: الشهري، الأهدل، المصري
            else:
                ok = bool(w) and w[0].isalpha() and not _known_ar(ctx, w, tok(ctx, t)) and not (
                    not run and w.startswith(_AR_ARTICLE)) and not ctx.entity_at(t) and not ctx.outlet_at(t)
                if ok and not run and w.startswith("و") and t > i and is_word(ctx, t - 1):
                    ok = False  # "سكان وأصحاب مخابز": a coordinated noun, not the start of a name
        else:
            raw = tok(ctx, t)
            ok = bool(raw) and raw[0].isupper() and not _roles(ctx, w) and w not in ctx.gazetteer.adjectives \
                and not ctx.entity_at(t) and not ctx.outlet_at(t) and w not in ctx.lexicon.word_class("openers") \
                and w not in dets and (raw.isalpha() or "-" in raw or "'" in raw)
            if not ok and run and raw == "." and t > 0 and len(tok(ctx, t - 1)) == 1:
                ok = True  # middle initial "V."
        if ok:
            run.append(t)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def _pick_person(ctx: Context, i: int, runs: list[list[int]]) -> list[int] | None:
    """The run that names the person: right after a title ("Minister Aisha Rahman",
    "الوزير فلان"), else the first multi-word run, else the first run."""
    norms = ctx.analysis.norms
    heads = ctx.lexicon.word_class("org_heads")
    arabic = ctx.analysis.article.lang == "ar"
    people = []
    for r in runs:
        if any(norms[t] in heads for t in r):
            continue
        if r[0] > i and tok(ctx, r[0] - 1) in {"في", "من", "عن", "لدى", "of", "at", "from", "in", "for"}:
            continue  # "عاملين في منظمات إغاثة", "head of Mayo Hospital": a place or body
        if arabic and r[0] > i and tok(ctx, r[0] - 1) in {"على", "إلى", "حول", "بشأن", "مع"}:
            continue  # "مصدر مطلع على سير المحادثات": the object of a preposition
        if arabic and any(norms[t] in heads and not norms[t].startswith(_AR_ARTICLE)
                          for t in range(max(i, r[0] - 2), r[0])):
            continue  # "شركة النيل كابيتال": an indefinite head names a company, not a person
        if arabic and r[0] > i and not norms[r[0] - 1].startswith(_AR_ARTICLE) \
                and not tok(ctx, r[0] - 1).endswith(("ه", "ها", "هم", "هما")) \
                and _roles(ctx, norms[r[0] - 1]) in ("title", "anonymous") \
                and not (r[0] - 2 >= i and norms[r[0] - 2].startswith(_AR_ARTICLE)):
            continue  # "محامي أسر الضحايا", "رئيس قطاع ...": a role in construct names what it
            # belongs to; a title names its bearer when definite ("الرئيس فلان", with a pronoun:
            # "رئيسها محمد الجزيري"); after a
            # definite word it is a first name ("رئيس الوزراء الباكستاني شاهد خاقان عباسي")
        people.append(r)
    if not people:
        return None
    if arabic:
        # an apposition between commas is the name: "الباحث في مركز ...، عمرو الشناوي،"
        for r in people:
            if r[0] > i and norms[r[0] - 1] in {"،", ","} and (r[-1] + 1 >= len(norms) or
                                                             norms[r[-1] + 1] in {"،", ",", "ل"}):
                return r
    after_title = [r for r in people if r[0] > i and _after_title(ctx, i, r[0])]
    if after_title:
        if not arabic:
            return after_title[-1]
        best = max(after_title, key=len)
        p = best[0] - 1
        if p - 1 >= i and not norms[p].startswith(_AR_ARTICLE) and norms[p - 1].startswith(_AR_ARTICLE) \
                and _roles(ctx, norms[p]) and norms[p][:1].isalpha():
            # "رئيس الوزراء الباكستاني شاهد خاقان عباسي": شاهد ("witness") is the first name here
            return [p, *best]
        return best
    multi = [r for r in people if len([t for t in r if norms[t] != "."]) >= 2]
    return multi[0] if multi else people[0]


def _after_title(ctx: Context, i: int, start: int) -> bool:
    """Whether a title or role noun stands before ``start`` (adjectives may come between)."""
    norms = ctx.analysis.norms
    t = start - 1
    while t > i and (norms[t] in ctx.gazetteer.adjectives or norms[t] in ctx.lexicon.word_class("common_adjectives")):
        t -= 1
    return t >= i and _roles(ctx, norms[t]) in ("title", "anonymous")


def _head(ctx: Context, i: int, j: int) -> int:
    """The head word of an English phrase: the last word before its first preposition."""
    norms = ctx.analysis.norms
    k = i
    while k < j and norms[k] not in _EN_PREPS and tok(ctx, k) != ",":
        k += 1
    k -= 1
    while k > i and not is_word(ctx, k):
        k -= 1
    return max(k, i)


# Endings of English agent nouns in the plural ("engineers", "economists", "physicians").
_AGENT_PLURALS = ("ists", "ians", "eers", "ants", "ents", "ors", "ives")


def type_speaker(ctx: Context, i: int, j: int) -> _Typed:
    """Kind, canonical name and title of the speaker phrase in tokens ``i .. j-1``."""
    a = ctx.analysis
    text = ctx.text
    norms = a.norms
    arabic = a.article.lang == "ar"
    if not arabic and j - i > 2 and norms[j - 1] == ")":
        opening = next((t for t in range(j - 2, max(i, j - 9), -1) if norms[t] == "("), -1)
        if opening > i:
            j = opening  # "Sen. Dick Durbin (D-Ill.)": the party label is no part of the name
    phrase = text[a.starts[i]:a.ends[j - 1]]
    k = i
    dets = ctx.lexicon.word_class("determiners")
    while k < j and norms[k] in dets:
        k += 1
    # an outlet or an entity that is the whole phrase
    for k2 in range(k, j):
        m = ctx.outlet_at(k2)
        if m and (k2 == k or k2 + m.length == j) and m.length >= (j - k) // 2:
            return _Typed(m.name, "outlet", None, m.name)
    # the same with the phrase's punctuation left out: 'صحيفة "التايمز" البريطانية', '»الحياة«'
    words = [norms[t] for t in range(k, j) if is_word(ctx, t)]
    if 0 < len(words) < j - k:
        for x in range(len(words)):
            m = match_at(ctx.gazetteer.outlets, words, x, arabic)
            if m and (x == 0 or x + m.length == len(words)) and m.length >= len(words) // 2:
                return _Typed(m.name, "outlet", None, m.name)
    if k < j:
        m = ctx.entity_at(k)
        if m and k + m.length >= j - (1 if arabic else 0):
            ent = ctx.gazetteer.entity_entries.get(m.name)
            return _Typed(m.name, ent.kind if ent else "organisation")
    if k >= j:
        return _Typed(phrase, "unknown")
    sentence_initial = k in ctx.sentence_starts
    if j - k <= 4 and (arabic or (_is_capitalised(ctx, k, j) and not (j - k == 1 and sentence_initial))):
        # "Al-Jazeera English", "وكالة رويتر": an outlet spelt a little differently (but a
        # capital that only opens the sentence proves nothing: "Economists say ...")
        near = fuzzy_outlet(_strip_det(ctx, k, j))
        if near is None and j - k >= 2 and _roles(ctx, norms[k]) == "outlet_ref":
            near = fuzzy_outlet(_strip_det(ctx, k + 1, j))
        if near:
            return _Typed(near, "outlet", None, near)
    first_role = _roles(ctx, norms[k])
    last = j - 1
    while last > k and not is_word(ctx, last):
        last -= 1
    if not arabic and _roles(ctx, norms[last]) in ("document", "outlet_ref") and not tok(ctx, last)[0].isupper():
        return _Typed(_strip_det(ctx, i, j), _roles(ctx, norms[last]) or "document")
    if arabic and first_role is None and any(norms[t] in ctx.lexicon.word_class("org_heads") for t in (k,)):
        return _Typed(_strip_det(ctx, i, j), "government" if _has_entity(ctx, i, j) else "organisation")
    if arabic and first_role in ("document", "outlet_ref"):
        return _Typed(_strip_det(ctx, i, j), first_role)
    head = k if arabic else _head(ctx, k, j)
    head_role = _roles(ctx, norms[head])
    # Arabic: a relative clause describes the speaker; its words name someone else
    # ("كلينتون الذي ألقى آخر خطاب له")
    rel = next((t for t in range(k + 1, j) if norms[t] in _AR_RELATIVES), j) if arabic else j
    runs = _name_runs(ctx, i, rel)
    comma_runs = [r for r in runs if r[0] > i and tok(ctx, r[0] - 1) == "," and not ctx.entity_at(r[0])]
    if not arabic and comma_runs and len(comma_runs[-1]) >= 2 and comma_runs[-1][-1] >= j - 1 \
            and comma_runs[-1][0] > k + 1 and not ctx.outlet_at(comma_runs[-1][0]):
        # "Another delegate on the Cruz slate, Jim Poolman": a description, then the name
        r = comma_runs[-1]
        name = text[a.starts[r[0]]:a.ends[r[-1]]]
        title = text[a.starts[i]:a.ends[r[0] - 2]].strip(" ,") or None
        return _Typed(name, "person", title, None, tuple(norms[t] for t in r if norms[t] != "."))
    # "Analysts at Karachi brokerage X", "Residents of Samanabad": a role phrase about a place
    if not arabic and first_role == "anonymous" and (k + 1 == j or norms[k + 1] in _EN_PREPS):
        return _Typed(_strip_det(ctx, i, j), "anonymous")
    if not arabic and head_role in ("anonymous", "title") and comma_runs:
        # "A ministry spokesman, Anis Ben Salah, told ...": the apposition names the person
        r = comma_runs[0]
        name = text[a.starts[r[0]]:a.ends[r[-1]]]
        title = text[a.starts[i]:a.ends[r[0] - 2]].strip(" ,") or None
        return _Typed(name, "person", title, None, tuple(norms[t] for t in r if norms[t] != "."))
    if not arabic and head_role in ("document", "anonymous", "outlet_ref") and not (
            runs and runs[-1][-1] == head):
        return _Typed(_strip_det(ctx, i, j), "outlet_ref" if head_role == "outlet_ref" else head_role)
    if not arabic and runs and runs[-1][-1] == head and norms[head] in ctx.lexicon.word_class("outlet_heads") \
            and len(runs[-1]) >= 2:
        # "the Riverton Herald": a paper the gazetteer does not know is still an outlet
        name = text[a.starts[runs[-1][0]]:a.ends[runs[-1][-1]]]
        return _Typed(name, "outlet", None, name)
    if not arabic and j - k == 1 and sentence_initial and norms[k].endswith(_AGENT_PLURALS):
        # "Engineers believe ...", "Economists say ...": a capital that only opens the sentence,
        # on an agent noun in the plural, is a group of people, not a name
        return _Typed(_strip_det(ctx, i, j), "anonymous")
    best = _pick_person(ctx, k, runs)
    heads = ctx.lexicon.word_class("org_heads")
    roles = [(t, _roles(ctx, norms[t])) for t in range(i, j) if _roles(ctx, norms[t])]
    if best and arabic and len(best) == 1 and roles and not any(r == "title" for _, r in roles) \
            and best[0] > roles[0][0]:
        best = None  # "مصدر دبلوماسي": a role and an adjective, not a name
    if best:
        name = text[a.starts[best[0]]:a.ends[best[-1]]]
        title = text[a.starts[i]:a.ends[j - 1]].replace(name, "").strip(" ,،") or None
        return _Typed(name, "person", title, None, tuple(norms[t] for t in best if norms[t] != "."))
    if any(norms[t] in heads for t in range(i, j)) and first_role != "anonymous":
        return _Typed(_strip_det(ctx, i, j), "government" if _has_entity(ctx, i, j) else "organisation")
    if runs and not arabic and not roles:
        return _Typed(_strip_det(ctx, i, j), "organisation")
    if roles:
        kinds = [r for _, r in roles]
        if "outlet_ref" in kinds:
            return _Typed(_strip_det(ctx, i, j), "outlet_ref")
        if "document" in kinds and first_role != "anonymous":
            return _Typed(_strip_det(ctx, i, j), "document")
        if "anonymous" in kinds or "title" in kinds:
            return _Typed(_strip_det(ctx, i, j), "anonymous")
        if "person_ref" in kinds:
            return _Typed(phrase, "person_ref")
    if _has_entity(ctx, i, j):
        return _Typed(_strip_det(ctx, i, j), "government")
    return _Typed(_strip_det(ctx, i, j), "anonymous" if not arabic else "unknown")


def _is_capitalised(ctx: Context, i: int, j: int) -> bool:
    return all(tok(ctx, t)[:1].isupper() for t in range(i, j) if is_word(ctx, t))


def _has_entity(ctx: Context, i: int, j: int) -> bool:
    return any(ctx.entity_at(t) for t in range(i, j)) or any(
        ctx.analysis.norms[t] in ctx.gazetteer.adjectives for t in range(i, j))


def _strip_det(ctx: Context, i: int, j: int) -> str:
    """A descriptive name: the phrase without a leading article or a trailing aside
    ("مسؤول في البنك المركزي، طلب عدم نشر اسمه" -> "مسؤول في البنك المركزي")."""
    a = ctx.analysis
    dets = ctx.lexicon.word_class("determiners")
    for t in range(i + 1, j):
        if a.norms[t] in {"،", ",", "("}:
            j = t
            break
    k = i
    while k < j - 1 and a.norms[k] in dets and a.norms[k] in {"the", "a", "an"}:
        k += 1
    s, e = trim_chars(ctx.text, a.starts[k], a.ends[j - 1], keep_quotes=False)
    name = ctx.text[s:e]
    if a.article.lang == "ar":
        name = _strip_proclitic(name)
        first = a.norms[k]
        if first[:1] in {"ل", "ب"} and not first.startswith(_AR_ARTICLE) and ctx.lexicon.roles.get(first[1:]) \
                and name[:1] in {"ل", "ب"}:
            name = name[1:]  # "وفقا لتقارير إخبارية": the governed preposition is no part of the name
    return name


def _strip_proclitic(name: str) -> str:
    """'للتقرير' -> 'التقرير', 'والمجلة' -> 'المجلة': a name without its glued preposition."""
    if name.startswith("لل"):
        return "ال" + name[2:]
    for p in ("وال", "بال", "فال", "كال"):
        if name.startswith(p):
            return name[1:]
    return name


# Derived-form verbs, which no personal name is shaped like: imperfects with a t-infix or
# prefix (يلتقي، يجتمع، يتحدث، يستقبل، تصطدم) and perfects (اجتمع، انتقد، استقبل، اجتمعت).
# Plain form I (يقول، يزيد) is left alone: يزيد and يحيى are names too.
_AR_IMPERFECT = re.compile(r"^(?:[يت](?:ست|ت|.[تط])|ن(?:ست|.[تط]))[^ ]{2,}$")
_AR_PERFECT = re.compile(r"^ا(?:ست[^ ]{3}|[^ ][تط][^ ]{2})(?:ت|وا|ا)?$")


def ar_verb_form(w: str) -> bool:
    """Whether the normalised Arabic word ``w`` is shaped like a derived-form verb, with
    or without a conjunction or the future prefix (ويلتقي، سيجتمع)."""
    for stem in (w, w[1:] if w[:1] in {"و", "ف", "س"} else "", w[2:] if w[:2] in {"وس", "فس", "ول", "فل"} else ""):
        if len(stem) >= 4 and (_AR_IMPERFECT.match(stem) or _AR_PERFECT.match(stem)):
            return True
    return False


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Surname or spelling-variant match between two names' normalised tokens."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) == 1:
        return any(_close(short[0], t) for t in long_[-2:]) if len(long_) > 1 else _close(short[0], long_[0])
    if len(short) < len(long_):  # "بن صالح" for "أنيس بن صالح": the family name, written whole
        return all(_close(x, y) for x, y in zip(short, long_[-len(short):], strict=True))
    return all(_close(x, y) for x, y in zip(short, long_, strict=True))


def _close(x: str, y: str) -> bool:
    """Same name word, allowing a spelling variant ("بلنكن" ~ "بلينكن")."""
    if x == y:
        return True
    if x.startswith(_AR_ARTICLE) and y.startswith(_AR_ARTICLE):
        x, y = x[2:], y[2:]  # the shared article says nothing: "العمري" is not "المصري"
    if min(len(x), len(y)) < 4 or abs(len(x) - len(y)) > 2 or x[0] != y[0]:
        return False
    return _similar(x, y) if x < y else _similar(y, x)


@lru_cache(maxsize=65536)
def _similar(x: str, y: str) -> bool:
    return bool(_jw.normalized_similarity(x, y) >= 0.9)


# How many sentences on a speaker's later report still belongs to the same reporting event.
_SAME_EVENT_SENTENCES = 6


@attrs.define
class Resolver:
    ctx: Context
    persons: list[tuple[tuple[str, ...], str]] = attrs.field(factory=list)
    outlets_seen: list[tuple[int, str]] = attrs.field(factory=list)
    last: Attribution | None = None
    reporter: str | None = None
    mentions: list[tuple[int, str]] | None = None
    groups: list[Speaker] = attrs.field(factory=list)
    _by_initial: dict[str, list[tuple[str, list[int]]]] | None = None
    outlet_of: dict[str, tuple[Outlet, int]] = attrs.field(factory=dict)  # speaker -> last outlet, sentence
    titled: list[Speaker] = attrs.field(factory=list)  # named speakers with a title, in text order

    def _tokens_close_to(self, word: str) -> list[int]:
        """Positions of the tokens that are ``word`` or a spelling variant of it, in text order.

        Variants share their first letter (see :func:`_close`), so the article's distinct
        words are indexed by initial once, instead of comparing every token on every lookup."""
        if self._by_initial is None:
            positions: dict[str, list[int]] = {}
            a = self.ctx.analysis
            latin = a.article.lang != "ar"
            for k, w in enumerate(a.norms):
                if latin and not self.ctx.text[a.starts[k]].isupper():
                    continue  # an English name is capitalised; lowercase words need no comparing
                positions.setdefault(w, []).append(k)
            self._by_initial = {}
            for w, ks in positions.items():
                self._by_initial.setdefault(w[:1], []).append((w, ks))
        hits = [k for w, ks in self._by_initial.get(word[:1], ()) if _close(w, word) for k in ks]
        return sorted(hits)

    def _outlet_before(self, pos: int) -> str | None:
        """The last outlet named before ``pos`` (what "the magazine" refers to)."""
        from attrib.lexicon.names import find_outlets

        if self.mentions is None:
            self.mentions = [(s.start, name) for s, name in find_outlets(self.ctx.text, gaz=self.ctx.gazetteer)]
        best = None
        for start, name in self.mentions:
            if start < pos:
                best = name
        return best

    def resolve(self, cands: list[Candidate]) -> list[Attribution]:
        out: list[Attribution] = []
        for n, c in enumerate(cands, 1):
            att = self._one(c, n)
            if att is not None:
                out.append(att)
                self.last = att
        return out

    def _speaker(self, c: Candidate) -> tuple[Speaker, Outlet | None, bool]:
        """Speaker, outlet implied by the speaker, and whether it continues the last speaker."""
        ctx = self.ctx
        a = ctx.analysis
        prev = self.last.speaker if self.last else None
        if c.hint == "none":
            return Speaker(None, "unknown", "unknown"), None, False  # an agentless passive: no source
        if c.hint in {"prodrop", "subject", "issuer"} or c.speaker is None:
            if c.hint == "issuer":
                issuer = self._issuer(c)
                if issuer:
                    return issuer, None, False
            if prev:
                return Speaker(None, prev.name, prev.kind, prev.title), None, True
            return Speaker(None, "unknown", "unknown"), None, False
        i, j = c.speaker
        mention = Span.of(ctx.text, *trim_chars(ctx.text, a.starts[i], a.ends[j - 1], keep_quotes=False))
        if c.hint == "pronoun":
            if prev:
                return Speaker(mention, prev.name, prev.kind, prev.title), None, True
            return Speaker(mention, mention.text, "unknown"), None, False
        if j - i == 1 and a.norms[i] in {"who", "which", "الذي", "التي", "الذين"}:
            ante = self._antecedent(i)
            if ante:
                t = type_speaker(ctx, *ante)
                return Speaker(mention, t.name, t.kind, t.title), None, False
        t = type_speaker(ctx, i, j)
        if t.kind == "outlet" and t.outlet:
            return Speaker(mention, t.name, "outlet"), Outlet(t.outlet, "reporter", mention), False
        if t.kind == "outlet_ref":
            name = self._outlet_before(a.starts[i])
            if name:
                return Speaker(mention, name, "outlet"), Outlet(name, "reporter", mention), False
            return Speaker(mention, t.name, "outlet"), None, False
        if t.kind == "person_ref":
            if prev:
                return Speaker(mention, prev.name, prev.kind, prev.title), None, True
            return Speaker(mention, t.name, "unknown"), None, False
        if t.kind == "person":
            for toks, full in self.persons:
                if _same_person(t.person_tokens, toks):
                    continuing = bool(prev and prev.name == full)
                    return Speaker(mention, full, "person", t.title), None, continuing
            if len(t.person_tokens) == 1:
                full_name = self._full_name_before(t.person_tokens[0], a.starts[i])
                if full_name:
                    t = _Typed(full_name[1], "person", t.title, None, full_name[0])
            self.persons.append((t.person_tokens, t.name))
            if t.title:
                self.titled.append(Speaker(mention, t.name, "person", t.title))
        if t.kind in ("unknown", "anonymous") and j - i <= 2:
            for toks, full in self.persons:  # "وأوضح الشناوي": a surname written with ال
                if _same_person(tuple(ctx.analysis.norms[x] for x in range(i, j)), toks):
                    return Speaker(mention, full, "person", None), None, bool(prev and prev.name == full)
        seg = next((x for x in range(i, j) if ctx.analysis.norms[x] in {"،", ","}), j)
        if t.kind in ("anonymous", "document") and seg - i <= 3 and _definite(mention.text, strict=True):
            earlier = self._earlier_group(t.kind, ctx.analysis.norms[seg - 1])
            if earlier:
                return Speaker(mention, earlier.name, earlier.kind, earlier.title), self._doc_outlet(t), False
        if t.kind == "anonymous" and seg - i <= 3 and _definite(mention.text, strict=True):
            titled = self._titled_person(ctx.analysis.norms[i:seg])
            if titled:  # "the spokesman" / "المتحدث" after "spokesman John Kirby": that person
                same = bool(prev and prev.name == titled.name)
                return Speaker(mention, titled.name, "person", titled.title), None, same
        if t.kind == "document" and self.reporter and _definite(t.name):
            return Speaker(mention, t.name, "document"), Outlet(self.reporter, "reporter", None), False
        speaker = Speaker(mention, t.name, t.kind, t.title)
        self.groups.append(speaker)
        return speaker, None, False

    def _antecedent(self, k: int) -> tuple[int, int] | None:
        """The noun phrase a relative pronoun refers to ("Barkley, who said ...")."""
        from attrib.rules.en.phrases import np_back

        ctx = self.ctx
        a = next(s for s, e in ctx.analysis.sentence_tokens if s <= k < e)
        m = k - 1
        if m >= a and ctx.analysis.norms[m] in {",", "،"}:
            m -= 1
        if m < a:
            return None
        if ctx.analysis.article.lang != "ar":
            return np_back(ctx, a, m)
        # Arabic: the noun phrase right before the relative (a name of up to four words)
        stop = ctx.lexicon.word_class("clause_stop") | ctx.lexicon.word_class("complementizers_bare")
        norms = ctx.analysis.norms
        if norms[m].startswith(_AR_ARTICLE):
            # a relative follows a definite noun and its adjectives: "معالجة التقارير التي" -> التقارير
            start = m
            while start - 1 >= a and m - start < 3 and norms[start - 1].startswith(_AR_ARTICLE) \
                    and norms[start - 1] not in stop:
                start -= 1
            return (start, m + 1)
        start = m
        while start - 1 >= a and m - start < 3 and is_word(ctx, start - 1) and \
                norms[start - 1] not in stop and norms[start - 1] not in ctx.lexicon.cues.by_first:
            start -= 1
        return (start, m + 1)

    def _doc_outlet(self, t: _Typed) -> Outlet | None:
        if t.kind == "document" and self.reporter:
            return Outlet(self.reporter, "reporter", None)
        return None

    def _reintroduced(self, speaker: Speaker) -> bool:
        """A speaker written out again with a title or an apposition ("Finance Minister Aisha
        Rahman", «الباحث في المركز، عائشة صديقي،») opens a new statement, not a continuation."""
        m = speaker.mention
        if m is None or (speaker.kind != "person" and _definite(m.text, strict=True)):
            return False  # "المصدر، الذي طلب ...": a definite reference back continues
        if "," in m.text or "،" in m.text:
            return True
        first = norm(m.text.split()[0]) if m.text.split() else ""
        return _roles(self.ctx, first) in ("title", "anonymous") and speaker.kind == "person"

    def _channel_between(self, c: Candidate) -> OutletRef | None:
        """An outlet named between the cue and its claim is the channel: "said in an interview
        with Reuters that ...", «وقال في حديث إلى "الحياة" إن», «في تصريح لفرانس برس»."""
        a = self.ctx.analysis
        if not c.content:
            return None
        first = c.content[0][0]
        k = c.cue[1]
        if c.speaker and c.speaker[0] >= k:
            k = c.speaker[1]  # (the speaker itself may be an outlet: «ذكرت صحيفة "التايمز" أن»)
        while k < len(a.norms) and a.starts[k] < first and k - c.cue[1] < 12:
            m = self.ctx.outlet_at(k)
            if m:
                end = min(k + m.length, len(a.norms)) - 1
                return OutletRef(m.name, "channel", (a.starts[k], a.ends[end]))
            k += 1
        return None

    def _titled_person(self, words: Sequence[str]) -> Speaker | None:
        """The last named speaker whose title holds the role words of a definite description
        ("the minister" for "Finance Minister Aisha Rahman", "المتحدث" for "المتحدث باسم
        الخارجية حامد رضا آصفي"); only role words count, so "the officials" finds no one."""
        roles = {_bare(w) for w in words if _roles(self.ctx, w) in ("anonymous", "title")}
        if not roles:
            return None
        for sp in reversed(self.titled):
            title = {_bare(w) for w in norm(sp.title or "").split()}
            if roles <= title:
                return sp
        return None

    def _earlier_group(self, kind: str, head: str) -> Speaker | None:
        """"the analysts" / "التقرير" -> the analysts or report introduced earlier."""
        head = norm(_strip_proclitic(head.strip()))
        if len(head) < 3:
            return None
        stems = {head, head[2:] if head.startswith(_AR_ARTICLE) else head}
        for sp in reversed(self.groups):
            if sp.kind != kind:
                continue
            words = {w for w in norm(sp.name).split()} | {w[2:] for w in norm(sp.name).split() if w.startswith("ال")}
            if stems & words and norm(sp.name) != head:
                return sp
        return None

    def _full_name_before(self, surname: str, pos: int) -> tuple[tuple[str, ...], str] | None:
        """A fuller name ending in ``surname`` written earlier ("Kamran Bashir" for "Bashir").

        Arabic has no capitals to tell a name from the words around it, so a run of unknown
        words before the surname stops at a verb form ("بلنكن يلتقي عاصم منير": يلتقي ends
        it) and at the sentence start, and the fuller name written most often wins: a
        headline's "X يلتقي عاصم منير" loses to the "عاصم منير" of the body."""
        a = self.ctx.analysis
        if a.article.lang == "ar":
            return self._ar_full_name_before(surname, pos)
        for k in self._tokens_close_to(surname):
            if a.starts[k] >= pos:
                break
            if k == 0:
                continue
            m = k
            while m - 1 >= 0 and k - m < 3:
                raw = tok(self.ctx, m - 1)
                w = a.norms[m - 1]
                ok = raw[:1].isupper() and raw.isalpha() and not _roles(self.ctx, w) \
                    and w not in self.ctx.lexicon.word_class("openers")
                if not ok:
                    break
                m -= 1
            if m < k:
                name = self.ctx.text[a.starts[m]:a.ends[k]]
                return tuple(a.norms[t] for t in range(m, k + 1)), name
        return None

    def _ar_full_name_before(self, surname: str, pos: int) -> tuple[tuple[str, ...], str] | None:
        a = self.ctx.analysis
        found: list[tuple[int, int]] = []  # (first token, surname token) of each fuller name
        for k in self._tokens_close_to(surname):
            if a.starts[k] >= pos:
                break
            first = next((s for s, e in a.sentence_tokens if s <= k < e), 0)
            m = k
            while m - 1 >= first and k - m < 3:
                raw = tok(self.ctx, m - 1)
                w = a.norms[m - 1]
                if not (raw[:1].isalpha() and not _known_ar(self.ctx, w, raw) and not w.startswith(_AR_ARTICLE)
                        and not ar_verb_form(w) and not self.ctx.entity_at(m - 1) and not self.ctx.outlet_at(m - 1)):
                    break
                m -= 1
            if m < k:
                found.append((m, k))
        if not found:
            return None
        names = [tuple(a.norms[t] for t in range(m, k + 1)) for m, k in found]
        # the fuller name the article writes most often (ties: the first written)
        best = max(range(len(found)), key=lambda n: (sum(x[-len(names[n]):] == names[n] for x in names), -n))
        m, k = found[best]
        return names[best], self.ctx.text[a.starts[m]:a.ends[k]]

    def _issuer(self, c: Candidate) -> Speaker | None:
        """Who issued the statement that "says in it": the named body or role before it."""
        ctx = self.ctx
        norms = ctx.analysis.norms
        a, _ = ctx.analysis.sentence_tokens[c.sentence]
        heads = ctx.lexicon.word_class("org_heads")
        for k in range(c.cue[0] - 1, a - 1, -1):
            m = ctx.outlet_at(k) or ctx.entity_at(k)
            if m:
                t = type_speaker(ctx, k, k + m.length)
                return Speaker(None, t.name, t.kind)
            if norms[k] in heads or _roles(ctx, norms[k]) in ("anonymous", "title"):
                # "وأصدرت وزارة المالية بيانا قالت فيه": the phrase up to the document noun
                end = k + 1
                while end < c.cue[0] and _roles(ctx, norms[end]) != "document" and is_word(ctx, end):
                    end += 1
                t = type_speaker(ctx, k, end)
                return Speaker(None, t.name, t.kind)
        return None

    def _one(self, c: Candidate, n: int) -> Attribution | None:
        ctx = self.ctx
        a = ctx.analysis
        text = ctx.text
        ci, cj = c.cue
        cue_span = Span.of(text, a.starts[ci], a.ends[cj - 1])
        cue = Cue(cue_span, c.entry.lemma, c.entry.category, c.entry.kind)
        speaker, implied, continuing = self._speaker(c)
        if any(ch.isspace() and ch != " " for ch in speaker.name) or "  " in speaker.name:
            # a name is a name however the text was spaced or wrapped ("US  officials", line breaks)
            speaker = attrs.evolve(speaker, name=" ".join(speaker.name.split()))
        outlet: Outlet | None = None
        if c.outlet is None:
            c = attrs.evolve(c, outlet=self._channel_between(c))
        if c.outlet:
            outlet = _outlet(text, c.outlet)
        elif implied:
            outlet = implied
        elif continuing and c.hint in ("pronoun", "prodrop", "subject") and self.last and self.last.outlet \
                and self.last.outlet.role in ("channel", "reporter") and c.sentence - self.last.sentence <= 2:
            outlet = Outlet(self.last.outlet.name, self.last.outlet.role, None)  # same reporting event
        elif speaker.name in self.outlet_of and not self._reintroduced(speaker) and (
                speaker.kind == "person" or (speaker.mention and _definite(speaker.mention.text, strict=True))):
            # a named person, or a definite reference back ("the source", "المصدر"): an indefinite
            # "US officials" later may be other officials
            # "قالت كيلي لفرانس برس ... وأضافت كيلي ...": the same speaker, a few sentences on,
            # is still speaking to (or reported by) the same outlet
            earlier, at = self.outlet_of[speaker.name]
            if c.sentence - at <= _SAME_EVENT_SENTENCES:
                outlet = Outlet(earlier.name, earlier.role, None)
        if outlet and outlet.role in ("channel", "reporter") and speaker.kind not in ("outlet", "unknown"):
            self.outlet_of[speaker.name] = (outlet, c.sentence)
        if outlet and outlet.role == "reporter":
            self.reporter = outlet.name
        parts = tuple(Span.of(text, s, e) for s, e in c.content)
        quote = quote_kind(ctx, c.content)
        return Attribution(
            id=f"a{n}", cue=cue, speaker=speaker, content=parts[0], outlet=outlet, quote=quote,
            sentence=c.sentence, rule=c.rule, confidence=round(c.confidence, 2),
            content_parts=parts if len(parts) > 1 else (),
        )


def _bare(word: str) -> str:
    """A word without the Arabic article or an English plural, for comparing role words."""
    w = norm(word).lower()
    if w.startswith(_AR_ARTICLE) and len(w) > 4:
        w = w[2:]
    return w


def _definite(name: str, strict: bool = False) -> bool:
    """'the report', 'التقرير', 'للتقرير': a phrase that refers back."""
    low = name.lower()
    if low.startswith(("the ", "ال", "لل", "وال", "بال", "فال")):
        return True
    return not strict and not low.startswith(("a ", "an "))


def _outlet(text: str, ref: OutletRef) -> Outlet:
    span = Span.of(text, *ref.span) if ref.span else None
    return Outlet(ref.name, ref.role, span)

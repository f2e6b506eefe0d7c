"""Resolution: one pass over an article's candidates, in text order.

Speakers are typed from their phrase (gazetteer outlet or entity, a name, a role noun),
then linked: pronouns and pro-drop to the previous speaker, surnames to the full name
written earlier ("كاتزمان" -> "كينيث كاتزمان"), spelling variants by Jaro-Winkler
("بلنكن" ~ "بلينكن"), "the magazine"/"المجلة" to the outlet named before, "the
report"/"التقرير" to the report of the outlet cited before. One pass in order is
enough because news introduces a source before it refers back to it.
"""

from __future__ import annotations

import attrs
import textdistance

from attrib.analysis.light import ar_variants
from attrib.model import Attribution, Cue, Outlet, Span, Speaker
from attrib.rules.base import Candidate, Context, OutletRef
from attrib.rules.common import quote_kind, tok, trim_chars

_jw = textdistance.JaroWinkler()
_AR_ARTICLE = "ال"


@attrs.define
class _Typed:
    name: str
    kind: str
    title: str | None = None
    outlet: str | None = None
    person_tokens: tuple[str, ...] = ()


def _roles(ctx: Context, w: str) -> str | None:
    r = ctx.lexicon.roles.get(w)
    if r:
        return r.kind
    if ctx.analysis.article.lang == "ar":
        for _, stem in ar_variants(w)[1:]:
            r = ctx.lexicon.roles.get(stem)
            if r:
                return r.kind
    return None


def _known_ar(ctx: Context, w: str) -> bool:
    lex = ctx.lexicon
    if w in ctx.gazetteer.adjectives or _roles(ctx, w):
        return True
    for cls in ("np_stop", "complementizers_bare", "complementizers_pronoun", "org_heads", "openers"):
        if w in lex.word_class(cls):
            return True
    if w.startswith(_AR_ARTICLE) and (w.endswith("ي") or w.endswith("يه") or w.endswith("يين") or w.endswith("يون")):
        return True  # nisba adjective: الباكستاني، السياسية
    if w.endswith(("يون", "يين", "يه")) and len(w) > 4:
        return True
    return w in {"في", "من", "باسم", "و", "عن", "على", "الى", "مع", "ب", "ل", "،", ","}


def type_speaker(ctx: Context, i: int, j: int) -> _Typed:
    """Kind, canonical name and title of the speaker phrase in tokens ``i .. j-1``."""
    a = ctx.analysis
    text = ctx.text
    norms = a.norms
    phrase = text[a.starts[i]:a.ends[j - 1]]
    arabic = a.article.lang == "ar"
    # outlet or entity covering the phrase (after leading function words)
    k = i
    dets = ctx.lexicon.word_class("determiners")
    while k < j and norms[k] in dets:
        k += 1
    for k2 in range(k, j):
        m = ctx.outlet_at(k2)
        if m and (k2 == k or k2 + m.length == j) and m.length >= (j - k) // 2:
            return _Typed(m.name, "outlet", None, m.name)
    if k < j:
        m = ctx.entity_at(k)
        if m and k + m.length >= j - (1 if arabic else 0):
            ent = ctx.gazetteer.entity_entries.get(m.name)
            return _Typed(m.name, ent.kind if ent else "organisation")
    # a personal name
    run: list[int] = []
    best: list[int] = []
    for t in range(i, j):
        w = norms[t]
        if arabic:
            ok = bool(w) and w[0].isalpha() and not _known_ar(ctx, w) and not (
                not run and w.startswith(_AR_ARTICLE)) and not ctx.entity_at(t) and not ctx.outlet_at(t)
        else:
            raw = tok(ctx, t)
            ok = bool(raw) and raw[0].isupper() and not _roles(ctx, w) and w not in ctx.gazetteer.adjectives \
                and not ctx.entity_at(t) and not ctx.outlet_at(t) and w not in ctx.lexicon.word_class("openers") \
                and w not in dets and raw.isalpha() | ("-" in raw) | ("'" in raw)
            if not ok and run and raw == "." and t > 0 and len(tok(ctx, t - 1)) == 1:
                ok = True  # middle initial "V."
        if ok:
            run.append(t)
        else:
            if len(run) > len(best):
                best = run
            run = []
    if len(run) > len(best):
        best = run
    heads = ctx.lexicon.word_class("org_heads")
    roles = [(t, _roles(ctx, norms[t])) for t in range(i, j) if _roles(ctx, norms[t])]
    if roles and roles[0][0] == k and roles[0][1] == "anonymous" and not best:
        return _Typed(_strip_det(ctx, i, j), "anonymous")  # "a spokesman for the ministry"
    if best:
        name = text[a.starts[best[0]]:a.ends[best[-1]]]
        if any(norms[t] in heads for t in best) or any(norms[t] in heads for t in range(i, j) if not arabic):
            return _Typed(_strip_det(ctx, i, j), "organisation")
        if arabic and len(best) == 1 and roles and not any(r == "title" for _, r in roles):
            pass  # "مصدر دبلوماسي" style: role + unknown adjective, not a name
        else:
            title = text[a.starts[i]:a.ends[j - 1]].replace(name, "").strip(" ,،") or None
            return _Typed(name, "person", title, None, tuple(norms[t] for t in best if norms[t] != "."))
    if any(norms[t] in heads for t in range(i, j)):
        return _Typed(_strip_det(ctx, i, j), "government" if _has_entity(ctx, i, j) else "organisation")
    if roles:
        kinds = [r for _, r in roles]
        if "outlet_ref" in kinds:
            return _Typed(_strip_det(ctx, i, j), "outlet_ref")
        if "document" in kinds:
            return _Typed(_strip_det(ctx, i, j), "document")
        if "anonymous" in kinds or "title" in kinds:
            return _Typed(_strip_det(ctx, i, j), "anonymous")
        if "person_ref" in kinds:
            return _Typed(phrase, "person_ref")
    if _has_entity(ctx, i, j):
        return _Typed(_strip_det(ctx, i, j), "government")
    return _Typed(_strip_det(ctx, i, j), "anonymous" if not arabic else "unknown")


def _has_entity(ctx: Context, i: int, j: int) -> bool:
    return any(ctx.entity_at(t) for t in range(i, j)) or any(
        ctx.analysis.norms[t] in ctx.gazetteer.adjectives for t in range(i, j))


def _strip_det(ctx: Context, i: int, j: int) -> str:
    a = ctx.analysis
    dets = ctx.lexicon.word_class("determiners")
    k = i
    while k < j - 1 and a.norms[k] in dets and a.norms[k] in {"the", "a", "an"}:
        k += 1
    s, e = trim_chars(ctx.text, a.starts[k], a.ends[j - 1], keep_quotes=False)
    name = ctx.text[s:e]
    if a.article.lang == "ar":
        name = _strip_proclitic(name)
    return name


def _strip_proclitic(name: str) -> str:
    """'للتقرير' -> 'التقرير', 'والمجلة' -> 'المجلة': a name without its glued preposition."""
    if name.startswith("لل"):
        return "ال" + name[2:]
    for p in ("وال", "بال", "فال", "كال"):
        if name.startswith(p):
            return name[1:]
    return name


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Surname or spelling-variant match between two names' normalised tokens."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) == 1:
        return any(_close(short[0], t) for t in long_[-2:]) if len(long_) > 1 else _close(short[0], long_[0])
    return len(short) == len(long_) and all(_close(x, y) for x, y in zip(short, long_, strict=True))


def _close(x: str, y: str) -> bool:
    if x == y:
        return True
    if min(len(x), len(y)) < 4:
        return False
    return bool(_jw.normalized_similarity(x, y) >= 0.9)


@attrs.define
class Resolver:
    ctx: Context
    persons: list[tuple[tuple[str, ...], str]] = attrs.field(factory=list)
    outlets_seen: list[tuple[int, str]] = attrs.field(factory=list)
    last: Attribution | None = None
    reporter: str | None = None
    mentions: list[tuple[int, str]] | None = None

    def _outlet_before(self, pos: int) -> str | None:
        """The last outlet named before ``pos`` (what "the magazine" refers to)."""
        from attrib.outlets import find_outlets

        if self.mentions is None:
            self.mentions = [(s.start, name) for s, name in find_outlets(self.ctx.text)]
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
        t = type_speaker(ctx, i, j)
        if t.kind == "outlet" and t.outlet:
            return Speaker(mention, t.name, "outlet"), Outlet(t.outlet, "reporter", mention), False
        if t.kind == "outlet_ref":
            name = self._outlet_before(a.starts[i])
            if name:
                return Speaker(mention, name, "outlet"), Outlet(name, "reporter", mention), False
            return Speaker(mention, t.name, "outlet"), None, False
        if t.kind == "person_ref" and prev:
            return Speaker(mention, prev.name, prev.kind, prev.title), None, True
        if t.kind == "person":
            for toks, full in self.persons:
                if _same_person(t.person_tokens, toks):
                    continuing = bool(prev and prev.name == full)
                    return Speaker(mention, full, "person", t.title), None, continuing
            self.persons.append((t.person_tokens, t.name))
        if t.kind == "document" and self.reporter and _definite(t.name):
            return Speaker(mention, t.name, "document"), Outlet(self.reporter, "reporter", None), False
        return Speaker(mention, t.name, t.kind, t.title), None, False

    def _issuer(self, c: Candidate) -> Speaker | None:
        ctx = self.ctx
        a, _ = ctx.analysis.sentence_tokens[c.sentence]
        for k in range(c.cue[0] - 1, a - 1, -1):
            m = ctx.outlet_at(k) or ctx.entity_at(k)
            if m:
                t = type_speaker(ctx, k, k + m.length)
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
        outlet: Outlet | None = None
        if c.outlet:
            outlet = _outlet(text, c.outlet)
        elif implied:
            outlet = implied
        elif continuing and self.last and self.last.outlet and self.last.outlet.role == "channel":
            outlet = Outlet(self.last.outlet.name, self.last.outlet.role, None)
        if outlet and outlet.role == "reporter":
            self.reporter = outlet.name
        parts = tuple(Span.of(text, s, e) for s, e in c.content)
        quote = quote_kind(ctx, c.content)
        return Attribution(
            id=f"a{n}", cue=cue, speaker=speaker, content=parts[0], outlet=outlet, quote=quote,
            sentence=c.sentence, rule=c.rule, confidence=round(c.confidence, 2),
            content_parts=parts if len(parts) > 1 else (),
        )


def _definite(name: str) -> bool:
    low = name.lower()
    return low.startswith(("the ", "ال", "لل", "ول", "وال")) or not low.startswith(("a ", "an "))


def _outlet(text: str, ref: OutletRef) -> Outlet:
    span = Span.of(text, *ref.span) if ref.span else None
    return Outlet(ref.name, ref.role, span)

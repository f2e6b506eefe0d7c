"""Speaker typing: what a speaker phrase is (a named person, an anonymous source, an
organisation, a government, a document, a pronoun) and its name, title and head."""


import attrs

from attrib.lexicon.names import fuzzy_outlet, match_at
from attrib.resolve.names import AR_ARTICLE, AR_RELATIVES, EN_PREPS, head_noun, name_runs, pick_person, role_words
from attrib.rules.base import Context
from attrib.rules.common import is_word, tok, trim_chars


@attrs.define
class Typed:
    name: str
    kind: str
    title: str | None = None
    outlet: str | None = None
    person_tokens: tuple[str, ...] = ()


# Endings of English agent nouns in the plural ("engineers", "economists", "physicians").
_AGENT_PLURALS = ("ists", "ians", "eers", "ants", "ents", "ors", "ives")


def type_speaker(ctx: Context, i: int, j: int) -> Typed:
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
    both = None if arabic else _coordinated(ctx, i, j)
    if both:
        return both
    k = i
    dets = ctx.lexicon.word_class("determiners")
    while k < j and norms[k] in dets:
        k += 1
    # an outlet or an entity that is the whole phrase
    for k2 in range(k, j):
        m = ctx.outlet_at(k2)
        if m and (k2 == k or k2 + m.length == j) and m.length >= (j - k) // 2:
            return Typed(m.name, "outlet", None, m.name)
    # the same with the phrase's punctuation left out: 'صحيفة "التايمز" البريطانية', '»الحياة«'
    words = [norms[t] for t in range(k, j) if is_word(ctx, t)]
    if 0 < len(words) < j - k:
        for x in range(len(words)):
            m = match_at(ctx.gazetteer.outlets, words, x, arabic)
            if m and (x == 0 or x + m.length == len(words)) and m.length >= len(words) // 2:
                return Typed(m.name, "outlet", None, m.name)
    if k < j:
        m = ctx.entity_at(k)
        if m and k + m.length >= j - (1 if arabic else 0):
            ent = ctx.gazetteer.entity_entries.get(m.name)
            return Typed(m.name, ent.kind if ent else "organisation")
    if k >= j:
        return Typed(phrase, "unknown")
    sentence_initial = k in ctx.sentence_starts
    if j - k <= 4 and (arabic or (_is_capitalised(ctx, k, j) and not (j - k == 1 and sentence_initial))):
        # "Al-Jazeera English", "وكالة رويتر": an outlet spelt a little differently (but a
        # capital that only opens the sentence proves nothing: "Economists say ...")
        near = fuzzy_outlet(_strip_det(ctx, k, j))
        if near is None and j - k >= 2 and role_words(ctx, norms[k]) == "outlet_ref":
            near = fuzzy_outlet(_strip_det(ctx, k + 1, j))
        if near:
            return Typed(near, "outlet", None, near)
    first_role = role_words(ctx, norms[k])
    last = j - 1
    while last > k and not is_word(ctx, last):
        last -= 1
    if not arabic and role_words(ctx, norms[last]) in ("document", "outlet_ref") and not tok(ctx, last)[0].isupper():
        return Typed(_strip_det(ctx, i, j), role_words(ctx, norms[last]) or "document")
    if arabic and first_role is None and any(norms[t] in ctx.lexicon.word_class("org_heads") for t in (k,)):
        return Typed(_strip_det(ctx, i, j), "government" if _has_entity(ctx, i, j) else "organisation")
    if arabic and first_role in ("document", "outlet_ref"):
        return Typed(_strip_det(ctx, i, j), first_role)
    head = k if arabic else head_noun(ctx, k, j)
    head_role = role_words(ctx, norms[head])
    # Arabic: a relative clause describes the speaker; its words name someone else
    # ("كلينتون الذي ألقى آخر خطاب له")
    rel = next((t for t in range(k + 1, j) if norms[t] in AR_RELATIVES), j) if arabic else j
    runs = name_runs(ctx, i, rel)
    comma_runs = [r for r in runs if r[0] > i and tok(ctx, r[0] - 1) == "," and not ctx.entity_at(r[0])]
    if not arabic and comma_runs and len(comma_runs[-1]) >= 2 and comma_runs[-1][-1] >= j - 1 \
            and comma_runs[-1][0] > k + 1 and not ctx.outlet_at(comma_runs[-1][0]):
        # "Another delegate on the Cruz slate, Jim Poolman": a description, then the name
        r = comma_runs[-1]
        name = text[a.starts[r[0]]:a.ends[r[-1]]]
        title = text[a.starts[i]:a.ends[r[0] - 2]].strip(" ,") or None
        return Typed(name, "person", title, None, tuple(norms[t] for t in r if norms[t] != "."))
    # "Analysts at Karachi brokerage X", "Residents of Samanabad": a role phrase about a place
    if not arabic and first_role == "anonymous" and (k + 1 == j or norms[k + 1] in EN_PREPS):
        return Typed(_strip_det(ctx, i, j), "anonymous")
    if not arabic and head_role in ("anonymous", "title") and comma_runs:
        # "A ministry spokesman, Anis Ben Salah, told ...": the apposition names the person
        r = comma_runs[0]
        name = text[a.starts[r[0]]:a.ends[r[-1]]]
        title = text[a.starts[i]:a.ends[r[0] - 2]].strip(" ,") or None
        return Typed(name, "person", title, None, tuple(norms[t] for t in r if norms[t] != "."))
    if not arabic and head_role in ("document", "anonymous", "outlet_ref") and not (
            runs and runs[-1][-1] == head):
        return Typed(_strip_det(ctx, i, j), "outlet_ref" if head_role == "outlet_ref" else head_role)
    if not arabic and runs and runs[-1][-1] == head and norms[head] in ctx.lexicon.word_class("outlet_heads") \
            and len(runs[-1]) >= 2:
        # "the Riverton Herald": a paper the gazetteer does not know is still an outlet
        name = text[a.starts[runs[-1][0]]:a.ends[runs[-1][-1]]]
        return Typed(name, "outlet", None, name)
    if not arabic and j - k == 1 and sentence_initial and norms[k].endswith(_AGENT_PLURALS):
        # "Engineers believe ...", "Economists say ...": a capital that only opens the sentence,
        # on an agent noun in the plural, is a group of people, not a name
        return Typed(_strip_det(ctx, i, j), "anonymous")
    best = pick_person(ctx, k, runs)
    heads = ctx.lexicon.word_class("org_heads")
    if not arabic and norms[last] in heads and not best and not tok(ctx, last)[0].isupper():
        # "the shopkeepers' association", "the city's planning board": the head names a body
        return Typed(_strip_det(ctx, i, j), "government" if _has_entity(ctx, i, j) else "organisation")
    roles = [(t, role_words(ctx, norms[t])) for t in range(i, j) if role_words(ctx, norms[t])]
    if best and arabic and len(best) == 1 and roles and not any(r == "title" for _, r in roles) \
            and best[0] > roles[0][0]:
        best = None  # "مصدر دبلوماسي": a role and an adjective, not a name
    if best:
        name = text[a.starts[best[0]]:a.ends[best[-1]]]
        title = text[a.starts[i]:a.ends[j - 1]].replace(name, "").strip(" ,،") or None
        return Typed(name, "person", title, None, tuple(norms[t] for t in best if norms[t] != "."))
    if any(norms[t] in heads for t in range(i, j)) and first_role != "anonymous":
        return Typed(_strip_det(ctx, i, j), "government" if _has_entity(ctx, i, j) else "organisation")
    if runs and not arabic and not roles:
        return Typed(_strip_det(ctx, i, j), "organisation")
    if roles:
        kinds = [r for _, r in roles]
        if "outlet_ref" in kinds:
            return Typed(_strip_det(ctx, i, j), "outlet_ref")
        if "document" in kinds and first_role != "anonymous":
            return Typed(_strip_det(ctx, i, j), "document")
        if "anonymous" in kinds or "title" in kinds:
            return Typed(_strip_det(ctx, i, j), "anonymous")
        if "person_ref" in kinds:
            return Typed(phrase, "person_ref")
    if _has_entity(ctx, i, j):
        return Typed(_strip_det(ctx, i, j), "government")
    return Typed(_strip_det(ctx, i, j), "anonymous" if not arabic else "unknown")


def _coordinated(ctx: Context, i: int, j: int) -> Typed | None:
    """'Omar Khan and Sadia Malik': two people who speak together are one speaker named by both
    names; 'the mayor and her deputy' stays a description (None here)."""
    norms = ctx.analysis.norms
    t = next((t for t in range(i + 1, j - 1) if norms[t] == "and"), None)
    if t is None:
        return None
    left, right = type_speaker(ctx, i, t), type_speaker(ctx, t + 1, j)
    if left.kind == right.kind == "person" and left.person_tokens and right.person_tokens:
        return Typed(f"{left.name} and {right.name}", "person", None, None,
                     (*left.person_tokens, "and", *right.person_tokens))
    return None


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
        name = strip_proclitic(name)
        first = a.norms[k]
        if first[:1] in {"ل", "ب"} and not first.startswith(AR_ARTICLE) and ctx.lexicon.roles.get(first[1:]) \
                and name[:1] in {"ل", "ب"}:
            name = name[1:]  # "وفقا لتقارير إخبارية": the governed preposition is no part of the name
    return name


def strip_proclitic(name: str) -> str:
    """'للتقرير' -> 'التقرير', 'والمجلة' -> 'المجلة': a name without its glued preposition."""
    if name.startswith("لل"):
        return "ال" + name[2:]
    for p in ("وال", "بال", "فال", "كال"):
        if name.startswith(p):
            return name[1:]
    return name

"""Names inside a speaker phrase: runs of capitalised (English) or known (Arabic) words,
the person named after a title or role, and the head noun of a description."""



from attrib.rules.base import Context
from attrib.rules.common import is_word, tok
from attrib.text.tokens import ar_variants

AR_ARTICLE = "ال"


_AR_SUFFIXES = ("هما", "هم", "ها", "ه")


def role_words(ctx: Context, w: str) -> str | None:
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


def known_ar(ctx: Context, w: str, raw: str = "") -> bool:
    if raw in _AR_FUNCTION:
        return True  # checked on the raw word: "على" and the name "علي" normalise alike
    lex = ctx.lexicon
    if w in ctx.gazetteer.adjectives or role_words(ctx, w):
        return True
    if w in lex.cues.by_first or w in ctx.lexicon.word_class("not_names"):
        return True
    for cls in ("np_stop", "complementizers_bare", "complementizers_pronoun", "org_heads", "openers"):
        if w in lex.word_class(cls):
            return True
    if w.startswith(AR_ARTICLE) and (w.endswith("ي") or w.endswith("يه") or w.endswith("يين") or w.endswith("يون")):
        return True  # nisba adjective: الباكستاني، السياسية
    if w.endswith(("يون", "يين")) and len(w) > 4:
        return True  # plural nisba ("أمريكيون"); a singular in -ية may be a name ("سعدية")
    return w in {"في", "من", "باسم", "و", "عن", "مع", "ب", "ل", "،", ",", "الي"}


AR_RELATIVES = {"الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي", "اللائي"}

EN_PREPS = {"of", "at", "for", "from", "in", "with", "on", "to", "by", "familiar", "close"}


def name_runs(ctx: Context, i: int, j: int) -> list[list[int]]:
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
            elif w.startswith(AR_ARTICLE) and run and w not in common_adj and w not in AR_RELATIVES \
                    and not role_words(ctx, w) and not ctx.entity_at(t) and not ctx.outlet_at(t):
                ok = True  # a family name after a first name: الشهري، الأهدل، المصري
            else:
                ok = bool(w) and w[0].isalpha() and not known_ar(ctx, w, tok(ctx, t)) and not (
                    not run and w.startswith(AR_ARTICLE)) and not ctx.entity_at(t) and not ctx.outlet_at(t)
                if ok and not run and w.startswith("و") and t > i and is_word(ctx, t - 1):
                    ok = False  # "سكان وأصحاب مخابز": a coordinated noun, not the start of a name
        else:
            raw = tok(ctx, t)
            ok = bool(raw) and raw[0].isupper() and not role_words(ctx, w) and w not in ctx.gazetteer.adjectives \
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


def pick_person(ctx: Context, i: int, runs: list[list[int]]) -> list[int] | None:
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
        if arabic and any(norms[t] in heads and not norms[t].startswith(AR_ARTICLE)
                          and not any(norms[u].startswith(AR_ARTICLE) for u in range(t + 1, r[0]))
                          for t in range(max(i, r[0] - 2), r[0])):
            continue  # "شركة النيل كابيتال": an indefinite head names a company, not a person
            # (but "المتحدثة باسم وزارة الخارجية سميرة نواز": the definite genitive closes the body's name)
        if arabic and r[0] > i and not norms[r[0] - 1].startswith(AR_ARTICLE) \
                and not tok(ctx, r[0] - 1).endswith(("ه", "ها", "هم", "هما")) \
                and role_words(ctx, norms[r[0] - 1]) in ("title", "anonymous") \
                and not (r[0] - 2 >= i and norms[r[0] - 2].startswith(AR_ARTICLE)):
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
        if p - 1 >= i and not norms[p].startswith(AR_ARTICLE) and norms[p - 1].startswith(AR_ARTICLE) \
                and role_words(ctx, norms[p]) and norms[p][:1].isalpha():
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
    return t >= i and role_words(ctx, norms[t]) in ("title", "anonymous")


def head_noun(ctx: Context, i: int, j: int) -> int:
    """The head word of an English phrase: the last word before its first preposition."""
    norms = ctx.analysis.norms
    k = i
    while k < j and norms[k] not in EN_PREPS and tok(ctx, k) != ",":
        k += 1
    k -= 1
    while k > i and not is_word(ctx, k):
        k -= 1
    return max(k, i)

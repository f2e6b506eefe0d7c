"""The resolver: speakers linked across an article (pronouns, pro-drop, surnames,
definite descriptions), outlets inherited and channels found, candidates turned into attributions."""

from collections.abc import Sequence

import attrs

from attrib.model import Attribution, Cue, Outlet, Span, Speaker
from attrib.resolve.antecedents import ar_but_subject, person_subject_before
from attrib.resolve.names import AR_ARTICLE, known_ar, role_words
from attrib.resolve.same import ar_verb_form, bare_word, close_names, is_definite, make_outlet, same_person
from attrib.resolve.speaker import Typed, strip_proclitic, type_speaker
from attrib.rules.base import Candidate, CharRange, Context, OutletRef
from attrib.rules.common import is_word, quote_kind, tok, trim_chars
from attrib.text.footnotes import without_markers
from attrib.text.normalize import norm

# Possessive suffixes of an Arabic noun that stands for the speaker's side ("بلاده", "حكومتها").
_AR_POSSESSIVE = ("ه", "ها", "هم", "هما")

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
    # (kind, word of a group's name) -> normalised name -> its latest index in ``groups``: the
    # lookup of "the analysts" is then a few dictionary reads, not a scan of every earlier group
    _group_words: dict[tuple[str, str], dict[str, int]] = attrs.field(factory=dict)
    _by_initial: dict[str, list[tuple[str, list[int]]]] | None = None
    outlet_of: dict[str, tuple[Outlet, int]] = attrs.field(factory=dict)  # speaker -> last outlet, sentence
    titled: list[Speaker] = attrs.field(factory=list)  # named speakers with a title, in text order

    def _tokens_close_to(self, word: str) -> list[int]:
        """Positions of the tokens that are ``word`` or a spelling variant of it, in text order.

        Variants share their first letter (see :func:`close_names`), so the article's distinct
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
        hits = [k for w, ks in self._by_initial.get(word[:1], ()) if close_names(w, word) for k in ks]
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
                if not self._nested(att, out):
                    self.last = att
        return out

    def _nested(self, att: Attribution, out: list[Attribution]) -> bool:
        """A report inside a quotation or inside another report's claim ('"Critics say ...," she
        countered', 'قال الوزير إن بلاده طلبت ...'): its speaker is never what a later pronoun or
        subjectless verb outside it refers to."""
        pos = att.cue.span.start
        if self.ctx.quote_at(pos) is not None:
            return True
        mention = att.speaker.mention.text if att.speaker.mention else ""
        if self.ctx.analysis.article.lang == "ar" and not (" " not in mention and mention.endswith(_AR_POSSESSIVE)):
            return False  # an Arabic report in a claim may be continued by its own speaker ("طالبت ... وشددت")
        return any(p.start <= pos < p.end for other in out[-4:-1] for p in other.parts)

    def _speaker(self, c: Candidate) -> tuple[Speaker, Outlet | None, bool]:
        """Speaker, outlet implied by the speaker, and whether it continues the last speaker."""
        ctx = self.ctx
        a = ctx.analysis
        prev = self.last.speaker if self.last else None
        if c.hint == "agentless":
            return Speaker(None, "unknown", "unknown"), None, False  # an agentless passive: no source
        if c.hint in {"prodrop", "subject", "issuer"} or c.speaker is None:
            person = ar_but_subject(self.ctx, c, self.persons) if c.hint == "prodrop" else None
            if person:
                return person, None, bool(prev and prev.name == person.name)
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
            subject = person_subject_before(self.ctx, c, self.last, self.persons)
            if subject:
                return Speaker(mention, subject.name, "person", subject.title), None, False
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
                if same_person(t.person_tokens, toks):
                    continuing = bool(prev and prev.name == full)
                    return Speaker(mention, full, "person", t.title), None, continuing
            if len(t.person_tokens) == 1:
                full_name = self._full_name_before(t.person_tokens[0], a.starts[i])
                if full_name:
                    t = Typed(full_name[1], "person", t.title, None, full_name[0])
            self.persons.append((t.person_tokens, t.name))
            if t.title:
                self.titled.append(Speaker(mention, t.name, "person", t.title))
        if t.kind in ("unknown", "anonymous") and j - i <= 2:
            for toks, full in self.persons:  # "وأوضح الشناوي": a surname written with ال
                if same_person(tuple(ctx.analysis.norms[x] for x in range(i, j)), toks):
                    return Speaker(mention, full, "person", None), None, bool(prev and prev.name == full)
        seg = next((x for x in range(i, j) if ctx.analysis.norms[x] in {"،", ","}), j)
        if t.kind in ("anonymous", "document") and seg - i <= 3 and is_definite(mention.text, strict=True):
            earlier = self._earlier_group(t.kind, ctx.analysis.norms[seg - 1])
            if earlier:
                return Speaker(mention, earlier.name, earlier.kind, earlier.title), self._doc_outlet(t), False
        if t.kind == "anonymous" and seg - i <= 3 and is_definite(mention.text, strict=True):
            titled = self._titled_person(ctx.analysis.norms[i:seg])
            if titled:  # "the spokesman" / "المتحدث" after "spokesman John Kirby": that person
                same = bool(prev and prev.name == titled.name)
                return Speaker(mention, titled.name, "person", titled.title), None, same
        if t.kind == "document" and self.reporter and is_definite(t.name):
            return Speaker(mention, t.name, "document"), Outlet(self.reporter, "reporter", None), False
        speaker = Speaker(mention, t.name, t.kind, t.title)
        self._add_group(speaker)
        return speaker, None, False

    def _antecedent(self, k: int) -> tuple[int, int] | None:
        """The noun phrase a relative pronoun refers to ("Barkley, who said ...")."""
        from attrib.rules.en.phrases import np_back

        ctx = self.ctx
        sent = ctx.sentence_of(k)
        if sent is None:
            return None
        a = sent[0]
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
        if norms[m].startswith(AR_ARTICLE):
            # a relative follows a definite noun and its adjectives: "معالجة التقارير التي" -> التقارير
            start = m
            while start - 1 >= a and m - start < 3 and norms[start - 1].startswith(AR_ARTICLE) \
                    and norms[start - 1] not in stop:
                start -= 1
            return (start, m + 1)
        start = m
        while start - 1 >= a and m - start < 3 and is_word(ctx, start - 1) and \
                norms[start - 1] not in stop and norms[start - 1] not in ctx.lexicon.cues.by_first:
            start -= 1
        return (start, m + 1)

    def _doc_outlet(self, t: Typed) -> Outlet | None:
        if t.kind == "document" and self.reporter:
            return Outlet(self.reporter, "reporter", None)
        return None

    def _reintroduced(self, speaker: Speaker) -> bool:
        """A speaker written out again with a title or an apposition ("Finance Minister Aisha
        Rahman", «الباحث في المركز، عائشة صديقي،») opens a new statement, not a continuation."""
        m = speaker.mention
        if m is None or (speaker.kind != "person" and is_definite(m.text, strict=True)):
            return False  # "المصدر، الذي طلب ...": a definite reference back continues
        if "," in m.text or "،" in m.text:
            return True
        first = norm(m.text.split()[0]) if m.text.split() else ""
        return role_words(self.ctx, first) in ("title", "anonymous") and speaker.kind == "person"

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
                return OutletRef(m.name, "channel", CharRange((a.starts[k], a.ends[end])))
            k += 1
        return None

    def _titled_person(self, words: Sequence[str]) -> Speaker | None:
        """The last named speaker whose title holds the role words of a definite description
        ("the minister" for "Finance Minister Aisha Rahman", "المتحدث" for "المتحدث باسم
        الخارجية حامد رضا آصفي"); only role words count, so "the officials" finds no one."""
        roles = {bare_word(w) for w in words if role_words(self.ctx, w) in ("anonymous", "title")}
        if not roles:
            return None
        for sp in reversed(self.titled):
            title = {bare_word(w) for w in norm(sp.title or "").split()}
            if roles <= title:
                return sp
        return None

    def _add_group(self, speaker: Speaker) -> None:
        name = norm(speaker.name)
        words = name.split()
        for w in {*words, *(w[2:] for w in words if w.startswith("ال"))}:
            self._group_words.setdefault((speaker.kind, w), {})[name] = len(self.groups)
        self.groups.append(speaker)

    def _earlier_group(self, kind: str, head: str) -> Speaker | None:
        """"the analysts" / "التقرير" -> the analysts or report introduced earlier: the latest
        group of that kind with a word of ``head`` in its name (but not ``head`` itself)."""
        head = norm(strip_proclitic(head.strip()))
        if len(head) < 3:
            return None
        stems = {head, head[2:] if head.startswith(AR_ARTICLE) else head}
        latest = max((n for stem in stems for name, n in self._group_words.get((kind, stem), {}).items()
                      if name != head), default=None)
        return None if latest is None else self.groups[latest]

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
                ok = raw[:1].isupper() and raw.isalpha() and not role_words(self.ctx, w) \
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
            sent = self.ctx.sentence_of(k)
            first = sent[0] if sent else 0
            m = k
            while m - 1 >= first and k - m < 3:
                raw = tok(self.ctx, m - 1)
                w = a.norms[m - 1]
                if not (raw[:1].isalpha() and not known_ar(self.ctx, w, raw) and not w.startswith(AR_ARTICLE)
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
            if norms[k] in heads or role_words(ctx, norms[k]) in ("anonymous", "title"):
                # "وأصدرت وزارة المالية بيانا قالت فيه": the phrase up to the document noun
                end = k + 1
                while end < c.cue[0] and role_words(ctx, norms[end]) != "document" and is_word(ctx, end):
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
            outlet = make_outlet(text, c.outlet)
        elif implied:
            outlet = implied
        elif continuing and c.hint in ("pronoun", "prodrop", "subject") and self.last and self.last.outlet \
                and self.last.outlet.role in ("channel", "reporter") and c.sentence - self.last.sentence <= 2:
            outlet = Outlet(self.last.outlet.name, self.last.outlet.role, None)  # same reporting event
        elif speaker.name in self.outlet_of and not self._reintroduced(speaker) and (
                speaker.kind == "person" or (speaker.mention and is_definite(speaker.mention.text, strict=True))):
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
        content = without_markers(text, c.content)
        parts = tuple(Span.of(text, s, e) for s, e in content)
        quote = quote_kind(ctx, content)
        return Attribution(
            id=f"a{n}", cue=cue, speaker=speaker, content=parts[0], outlet=outlet, quote=quote,
            sentence=c.sentence, rule=c.rule, confidence=round(c.confidence, 2),
            content_parts=parts if len(parts) > 1 else (),
        )

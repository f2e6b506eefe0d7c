"""Sentence patterns for constructions found in text nobody here wrote (issue 12).

Other projects' test suites and a newcomer's own articles showed constructions our dev sets
lack: coordinated speakers after a quotation, British single quotes, a dash glued to the
quotation, manner-of-speaking verbs, Title Case headlines, collective nouns, "Name, United
Nations spokesman", a reporting verb inside a quotation next to a pronoun outside it, a
pronoun whose antecedent did something other than speak; in Arabic wire copy, the anonymity
clause between the cue and its claim, a name right after a role, an outlet's name in
quotation marks after its kind word, a possessive «بلاده» inside the claim, «لكنه يؤكد».
Importing this module registers the patterns (``attrib.testing`` does).
"""

from __future__ import annotations

from hypothesis import strategies as st

from attrib.testing.generate import Builder, Expected, vocabulary
from attrib.testing.parts import claims, clause, expect, outlet_name, outlets, pattern, quotes, speakers

_AFTER = ["en.verb.inverted", "en.verb.speaker_after_content"]


@pattern("en.coordinated_after", "en", _AFTER)
def _en_coordinated_after(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'"QUOTE," said A and B.' / '"QUOTE," A and B said.' (both speak; one attribution)"""
    a = draw(speakers("en", kinds=("person",), titles=False))
    c2 = draw(speakers("en", kinds=("person",), titles=False))
    if c2.name.split()[-1] == a.name.split()[-1] or c2.name.split()[0] == a.name.split()[0]:
        return _en_coordinated_roles(draw, b)
    q = draw(quotes("en"))
    both = f"{a.name} and {c2.name}"
    b.add("“")
    k = b.add(q)
    if draw(st.booleans()):
        b.add(",” ")
        c = b.add("said")
        b.add(f" {both}. ")
    else:
        b.add(f",” {both} ")
        c = b.add("said")
        b.add(". ")
    return [expect(b, c, both, k, "en.coordinated_after", _AFTER, kind="person", quote="direct")]


def _en_coordinated_roles(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'"QUOTE," said the mayor and her deputy.'"""
    q = draw(quotes("en"))
    group = draw(st.sampled_from(["the mayor and her deputy", "the minister and his aides"]))
    b.add("“")
    k = b.add(q)
    b.add(",” ")
    c = b.add("said")
    b.add(f" {group}. ")
    return [expect(b, c, group.removeprefix("the "), k, "en.coordinated_after", _AFTER, kind="anonymous",
                 quote="direct")]


@pattern("en.single_quote", "en", _AFTER)
def _en_single_quote(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """British style: "'A,' said X, 'B.'" and "'A,' X said." (straight or curly single quotes)"""
    sp, q1, q2 = draw(speakers("en", kinds=("person",))), draw(quotes("en")), draw(quotes("en"))
    left, right = draw(st.sampled_from([("'", "'"), ("‘", "’")]))
    b.add(left)
    k = b.add(q1)
    if draw(st.booleans()):
        b.add(f",{right} ")
        c = b.add("said")
        b.add(f" {sp.text}, {left}{q2[0].lower() + q2[1:]}.{right} ")
    else:
        b.add(f",{right} {sp.text} ")
        c = b.add("said")
        b.add(". ")
    return [expect(b, c, sp, k, "en.single_quote", _AFTER, quote="direct")]


@pattern("en.manner", "en", _AFTER)
def _en_manner(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'"QUOTE," X muttered.' / '"QUOTE," sighed X.' (manner-of-speaking and reaction verbs)"""
    sp, q = draw(speakers("en", kinds=("person",))), draw(quotes("en"))
    verb = draw(st.sampled_from(vocabulary("en")["manner_cues"]))
    b.add("“")
    k = b.add(q)
    if draw(st.booleans()):
        b.add(f",” {sp.text} ")
        c = b.add(verb)
        b.add(". ")
    else:
        b.add(",” ")
        c = b.add(verb)
        b.add(f" {sp.text}. ")
    return [expect(b, c, sp, k, "en.manner", _AFTER, quote="direct")]


@pattern("en.dash_glued", "en", _AFTER)
def _en_dash_glued(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'"QUOTE"— X said.' / '"QUOTE" -- said X.' (a dash glued to the quotation before the cue)"""
    sp, q = draw(speakers("en", kinds=("person",))), draw(quotes("en"))
    dash = draw(st.sampled_from(["—", " —", "--", " --", "–"]))
    b.add("“")
    k = b.add(q)
    b.add(f"”{dash} ")
    if draw(st.booleans()):
        b.add(f"{sp.text} ")
        c = b.add("said")
        b.add(". ")
    else:
        c = b.add("said")
        b.add(f" {sp.text}. ")
    return [expect(b, c, sp, k, "en.dash_glued", _AFTER, quote="direct")]


@pattern("en.headline_case", "en", ["en.verb.speaker_before"])
def _en_headline_case(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """A headline in Title Case: 'Finance Minister Ayesha Khan Says Talks Would Resume Next Week'."""
    sp, claim = draw(speakers("en", kinds=("person",))), draw(claims("en"))
    title = " ".join(w[:1].upper() + w[1:] for w in claim.split(" "))
    c, k = clause(b, sp.text + " ", "Says", " ", title, "\n\n")
    return [expect(b, c, sp, k, "en.headline_case", ["en.verb.speaker_before"])]


@pattern("en.collective", "en", ["en.verb.speaker_before", "en.verb.speaker_after_content"])
def _en_collective(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'The household said that CLAIM.' / '"QUOTE," the jury said.' (a collective noun speaks)"""
    phrase, name, kind = draw(st.sampled_from(vocabulary("en")["collectives"]))
    if draw(st.booleans()):
        c, k = clause(b, phrase + " ", "said", " that ", draw(claims("en")))
        return [expect(b, c, name, k, "en.collective", ["en.verb.speaker_before"], kind=kind)]
    b.add("“")
    k = b.add(draw(quotes("en")))
    b.add(f",” {phrase[0].lower() + phrase[1:]} ")
    c = b.add("said")
    b.add(". ")
    return [expect(b, c, name, k, "en.collective", ["en.verb.speaker_after_content"], kind=kind, quote="direct")]


@pattern("en.org_spokesman", "en", ["en.verb.speaker_before"])
def _en_org_spokesman(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'Farah Khan, United Nations spokesman, said that CLAIM.' (one named speaker)"""
    sp = draw(speakers("en", kinds=("person",), titles=False))
    role = draw(st.sampled_from(vocabulary("en")["org_roles"]))
    c, k = clause(b, f"{sp.text}, {role}, ", "said", " that ", draw(claims("en")))
    return [expect(b, c, sp, k, "en.org_spokesman", ["en.verb.speaker_before"])]


@pattern("en.quote_inner_cue", "en", ["en.verb.speaker_before", *_AFTER])
def _en_quote_inner_cue(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'X said that A. "Critics say B," she countered.' (the pronoun is X, never "Critics")"""
    sp = draw(speakers("en", kinds=("person",)))
    c1, k1 = clause(b, sp.text + " ", "said", " that ", draw(claims("en")))
    b.add("“")
    k2 = b.add("Critics say " + draw(claims("en")))
    b.add(f",” {draw(st.sampled_from(['he', 'she']))} ")
    c2 = b.add(draw(st.sampled_from(["countered", "said", "replied"])))
    b.add(". ")
    return [expect(b, c1, sp, k1, "en.quote_inner_cue", ["en.verb.speaker_before"]),
            expect(b, c2, sp, k2, "en.quote_inner_cue", _AFTER, quote="direct")]


@pattern("en.pronoun_activity", "en", ["en.verb.speaker_before"])
def _en_pronoun_activity(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'X inspected the site on Monday. He said that CLAIM.' (the antecedent did not speak)"""
    sp = draw(speakers("en", kinds=("person",)))
    act = draw(st.sampled_from(vocabulary("en")["activities"]))
    pron = draw(st.sampled_from(["He", "She"]))
    c, k = clause(b, f"{sp.text} {act}. {pron} ", "said", " that ", draw(claims("en")))
    return [expect(b, c, sp, k, "en.pronoun_activity", ["en.verb.speaker_before"])]


# ----------------------------------------------------------------- Arabic


@pattern("ar.anonymity", "ar", ["ar.verb.vs"])
def _ar_anonymity(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وقال مسؤول لرويترز، طالبا عدم نشر اسمه ...، إن CLAIM.' (the clause hides nothing)"""
    v = vocabulary("ar")
    phrase, name = draw(st.sampled_from([a for a in v["anonymous"] if " " in a[0] and not a[0].startswith("ال")
                                         and a[0].split()[0] in ("مصدر", "مسؤول")]))
    outlet = draw(outlets("ar"))
    c = b.add("وقال")
    b.add(f" {phrase} ل{outlet}، {draw(st.sampled_from(v['anonymity']))}، إن ")
    k = b.add(draw(claims("ar")))
    b.add(". ")
    return [expect(b, c, name, k, "ar.anonymity", ["ar.verb.vs"], kind="anonymous",
                 outlet=outlet_name("ar", outlet), role="channel")]


@pattern("ar.role_name", "ar", ["ar.verb.vs"])
def _ar_role_name(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وقالت المتحدثة باسم وزارة الخارجية سميرة نواز إن CLAIM.' (a named person, no commas)"""
    role, name = draw(st.sampled_from(vocabulary("ar")["role_names"]))
    cue = "وقالت" if role.startswith("المتحدثة") else "وقال"
    c = b.add(cue)
    b.add(f" {role} {name} إن ")
    k = b.add(draw(claims("ar")))
    b.add(". ")
    return [expect(b, c, name, k, "ar.role_name", ["ar.verb.vs"], kind="person")]


@pattern("ar.possessive", "ar", ["ar.verb.vs", "ar.verb.prodrop"])
def _ar_possessive(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'وقال X إن بلاده مستعدة ... . وأضاف أن B.' («بلاده» is in the claim, never the speaker)"""
    sp = draw(speakers("ar", kinds=("person",)))
    c = b.add("وقال")
    b.add(f" {sp.text} إن ")
    k = b.add("بلاده مستعدة لاستضافة جولة جديدة من المحادثات")
    c2, k2 = clause(b, ". ", "وأضاف", " أن ", draw(claims("ar")), ". ")
    return [expect(b, c, sp, k, "ar.possessive", ["ar.verb.vs"]),
            expect(b, c2, sp, k2, "ar.possessive", ["ar.verb.prodrop"])]


@pattern("ar.lakinnahu", "ar", ["ar.verb.prodrop"])
def _ar_lakinnahu(draw: st.DrawFn, b: Builder) -> list[Expected]:
    """'ويتعرض X لانتقادات واسعة، لكنه يؤكد أن CLAIM.' (the pronoun is the person criticised)"""
    sp = draw(speakers("ar", kinds=("person",)))
    pressure = draw(st.sampled_from(["لانتقادات واسعة من المعارضة", "لضغوط متزايدة من البرلمان"]))
    c, k = clause(b, f"ويتعرض {sp.text} {pressure}، لكنه ", "يؤكد", " أن ", draw(claims("ar")))
    return [expect(b, c, sp, k, "ar.lakinnahu", ["ar.verb.prodrop"])]



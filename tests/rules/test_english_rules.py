"""English surface rules: asides between speaker and verb, noun/verb forms, sign-off dashes.

Every sentence here is ours, written in the style of wire copy; each test states the
attribution a careful reader finds (or that there is none) and checks offsets exactly."""

from __future__ import annotations

import pytest

import attrib
from attrib.model import ArticleAttributions

HEAD = "Talks resume in Doha\n\n"


def _run(body: str) -> ArticleAttributions:
    r = attrib.extract(HEAD + body, lang="en")
    text = r.article.text
    for a in r.attributions:
        assert text[a.cue.span.start:a.cue.span.end] == a.cue.span.text
        if a.speaker.mention:
            m = a.speaker.mention
            assert text[m.start:m.end] == m.text
        for part in a.parts:
            assert text[part.start:part.end] == part.text
    return r


def _rows(r: ArticleAttributions) -> list[tuple[str, str | None, str]]:
    return [(a.cue.span.text, a.speaker.mention.text if a.speaker.mention else None, a.content.text)
            for a in r.attributions]


@pytest.mark.parametrize("body, speaker", [
    ("Foreign Minister Ishaq Dar, however, said the delegation would stay another week.",
     "Foreign Minister Ishaq Dar"),
    ("The finance ministry however said the deficit target would be met.", "The finance ministry"),
    ("The central bank, in a statement, said reserves had risen to $9 billion.", "The central bank"),
    ("Senator Maria Alvarez of Ohio, the No. 2 Democrat on the panel, said the bill would pass.",
     "Senator Maria Alvarez of Ohio, the No. 2 Democrat on the panel"),
    ("Rep. Tom Hale (R-Texas), chair of the budget committee, said the vote would slip to June.",
     "Rep. Tom Hale (R-Texas), chair of the budget committee"),
    ("Sen. Ann Moore, R-Ky., a member of the panel, said the vote would slip to June.",
     "Sen. Ann Moore, R-Ky., a member of the panel"),
    ("Governor Asif Baig, also campaigning in Multan, said the canal would be finished by May.",
     "Governor Asif Baig"),
])
def test_speaker_before_verb_across_asides(body: str, speaker: str) -> None:
    rows = _rows(_run(body))
    assert [(c, s) for c, s, _ in rows] == [("said", speaker)]
    assert rows[0][2].startswith(("the ", "reserves"))
    assert rows[0][1] == speaker


@pytest.mark.parametrize("body, cue, speaker", [
    ("The Washington Post reports that the agency missed two deadlines.", "reports", "The Washington Post"),
    ("Polls show the governor trailing by six points in the state.", "show", "Polls"),
    ("Senator Khan calls the proposal a betrayal of farmers.", "calls", "Senator Khan"),
    ("Analysts fear the currency will slide further before the budget.", "fear", "Analysts"),
    ("The spokesman notes that no date has been set for the vote.", "notes", "The spokesman"),
    ("The reports show the ruling party spent twice as much on advertising.", "show", "The reports"),
    ("Some economists back the plan, but others say it will fuel inflation.", "say", "others"),
])
def test_noun_forms_read_as_verbs_after_a_subject(body: str, cue: str, speaker: str) -> None:
    rows = _rows(_run(body))
    assert [(c, s) for c, s, _ in rows] == [(cue, speaker)]


@pytest.mark.parametrize("body", [
    "Local news reports of flooding reached the capital late on Monday.",
    "The crowd cheered Khan's attacks on the government during the rally.",
    "She hosts a popular weekly show on the state broadcaster.",
    "Exports continue to fall as the drought hits cotton farms.",
    "The two parties found themselves at odds over the budget again.",
    "The company's reported profit fell by a third in the second quarter.",
    "The delays only added to the anger of traders at the crossing.",
    "Her record was called into question during the hearing.",
    "The families started a charity called Safe Roads Now last spring.",
    "Our correspondent reported from Peshawar and Quetta this week.",
])
def test_noun_forms_and_non_reports_are_not_cues(body: str) -> None:
    assert _rows(_run(body)) == []


def test_sign_off_dash_same_line_and_next_paragraph() -> None:
    body = ("“We came for jobs, not promises.” ― Amina Yusuf, a teacher from Kano\n\n"
            "“The water has not been clean for a year.”\n\n"
            "- Jide Okafor\n\n"
            "A well-known — and rather divisive — figure spoke last.")
    r = _run(body)
    rows = _rows(r)
    assert rows == [
        ("―", "Amina Yusuf, a teacher from Kano", "“We came for jobs, not promises.”"),
        ("-", "Jide Okafor", "“The water has not been clean for a year.”"),
    ]
    assert [a.rule for a in r.attributions] == ["en.dash", "en.dash"]
    assert [a.speaker.kind for a in r.attributions] == ["person", "person"]


def test_dash_inside_running_text_is_no_cue() -> None:
    body = "The minister — who arrived late — said “the talks are over” and left."
    rows = _rows(_run(body))
    assert [c for c, _, _ in rows] == ["said"]


@pytest.mark.parametrize("body", [
    "Editor’s note: The figures in this story were updated on Friday.",
    "The goal: to keep the border open through the winter.",
    "Follow our reporter at https://example.org/desk for updates.",
    "The minister said to reporters: the talks would resume.",
    "Pakistan Live Updates: Imran Khan and Supreme Court News",
])
def test_colon_lead_ins_are_not_speakers(body: str) -> None:
    assert [a.rule for a in _run(body).attributions if a.rule == "en.colon"] == []


def test_headline_colon_after_a_label_or_an_addressee() -> None:
    rows = _rows(_run("EXCLUSIVE – Ishaq Dar: Talks With Kabul Will Resume Next Week\n\n"
                      "Khan to Farmers: Prices Will Be Fixed Before Harvest"))
    assert [(c, s) for c, s, _ in rows] == [(":", "Ishaq Dar"), (":", "Khan")]
    assert rows[0][2] == "Talks With Kabul Will Resume Next Week"


def test_apposition_before_the_verb_beats_an_inverted_reading() -> None:
    body = ("Nadia Rahman, a former adviser to the finance ministry, said the way the budget was "
            "written left provinces short.")
    rows = _rows(_run(body))
    assert rows[0][:2] == ("said", "Nadia Rahman, a former adviser to the finance ministry")
    assert rows[0][2].startswith("the way the budget")


@pytest.mark.parametrize("body, speaker, claim", [
    ('"There is no deal yet," said former finance minister Omar Ayub, a party leader.',
     "former finance minister Omar Ayub, a party leader", '"There is no deal yet,"'),
    ("Vice President Ana R. Lopez Jr. said the talks had stalled.", "Vice President Ana R. Lopez Jr",
     "the talks had stalled"),
    ("Sen. Dan Ruiz (D-N.M.), said after a briefing on Tuesday that the plan was sound.",
     "Sen. Dan Ruiz (D-N.M.)", "that the plan was sound"),
    ('"It is over," Khan said matter-of-factly.', "Khan", '"It is over,"'),
    ('"It was the biggest crowd yet," Khan added to Reuters.', "Khan", '"It was the biggest crowd yet,"'),
])
def test_speaker_and_claim_boundaries(body: str, speaker: str, claim: str) -> None:
    rows = _rows(_run(body))
    assert (rows[0][1], rows[0][2]) == (speaker, claim)


def test_outlets_and_companies_missing_from_the_gazetteer() -> None:
    r = _run("According to the Riverton Herald, tolls will be dropped. "
             "The mayor told the Riverton Herald that the bridge was safe. "
             "Riverton Capital said that profits rose.")
    herald, told, capital = r.attributions
    assert (herald.speaker.name, herald.speaker.kind) == ("Riverton Herald", "outlet")
    assert herald.outlet is not None and (herald.outlet.name, herald.outlet.role) == ("Riverton Herald", "reporter")
    assert told.outlet is not None and (told.outlet.name, told.outlet.role) == ("Riverton Herald", "channel")
    assert (capital.speaker.name, capital.speaker.kind) == ("Riverton Capital", "organisation")


@pytest.mark.parametrize("body, name, kind", [
    ("Engineers believe the bridge will last another decade.", "Engineers", "anonymous"),
    ("Economists say the plan will fail.", "Economists", "anonymous"),
    ("The plan will fail, Economists say.", "Economists", "anonymous"),
    ("Sanders said the bill was dead.", "Sanders", "person"),
    ('"It is over," said Reuter.', "Reuters", "outlet"),
])
def test_speaker_kinds_of_capitalised_words(body: str, name: str, kind: str) -> None:
    (a,) = _run(body).attributions
    assert (a.speaker.name, a.speaker.kind) == (name, kind)


def test_a_claim_ends_before_the_speakers_next_report() -> None:
    r = _run("The minister said exports rose by a fifth, adding that imports fell. "
             "Prices rose again in May, according to the statistics bureau. "
             "Officials said the talks, according to a source close to them, had stalled.")
    claims = {(a.cue.span.text, a.content.text) for a in r.attributions}
    assert ("said", "exports rose by a fifth") in claims
    assert ("adding", "that imports fell") in claims
    assert ("according to", "Prices rose again in May") in claims
    assert ("said", "the talks, according to a source close to them, had stalled") in claims


def test_a_claim_stops_where_another_speakers_report_begins() -> None:
    r = _run("The mayor promised to rebuild the bridge by June, but engineers say the work will take "
             "two years. Officials said that analysts expect the plan to fail.")
    claims = {(a.cue.span.text, a.content.text) for a in r.attributions}
    assert ("promised", "to rebuild the bridge by June") in claims
    assert ("say", "the work will take two years") in claims
    # a report nested with no break stays inside the claim
    assert ("said", "that analysts expect the plan to fail") in claims


@pytest.mark.parametrize("body, claim", [
    ("Khan told reporters the talks had failed.", "the talks had failed"),
    ("Khan told him the talks had failed.", "the talks had failed"),
])
def test_addressee_before_a_claim_without_that(body: str, claim: str) -> None:
    assert _rows(_run(body))[0][2] == claim


@pytest.mark.parametrize("body, speaker", [
    ('"We will win," said Sen. Ann Moore, R-Ky., on Tuesday.', "Sen. Ann Moore, R-Ky"),
    ('"We will win," said pollster Dan Ruiz, who advised the campaign in 2012.',
     "pollster Dan Ruiz, who advised the campaign in 2012"),
    ("Sen. Ann Moore (D-Md.) toured the site, saying the repairs were overdue.", "Sen. Ann Moore (D-Md.)"),
])
def test_source_spans_keep_labels_and_relative_clauses(body: str, speaker: str) -> None:
    assert _rows(_run(body))[0][1] == speaker


@pytest.mark.parametrize("body, mention, name", [
    ('“It takes an election,” said Senate Minority Whip Dan Ruiz (D-Ill.) in an interview.',
     "Senate Minority Whip Dan Ruiz (D-Ill.)", "Dan Ruiz"),
    ("Another delegate on the slate, Jim Poolman, said he was only leaning.",
     "Another delegate on the slate, Jim Poolman", "Jim Poolman"),
    ('The bridge is unsafe, said a source close to the council.', "a source close to the council",
     "source close to the council"),
    ("The server was set up in haste, current and former officials said.", "current and former officials",
     "current and former officials"),
    ("Theresa May said the deal was done.", "Theresa May", "Theresa May"),
    ("Yin Myint May, 60, a doctor, said she was elated.", "Yin Myint May, 60, a doctor", "Yin Myint May"),
])
def test_speaker_phrases_and_names(body: str, mention: str, name: str) -> None:
    (a,) = _run(body).attributions
    assert a.speaker.mention is not None and a.speaker.mention.text == mention
    assert a.speaker.name == name


def test_subject_after_a_place_with_its_state_and_object_before_a_participle() -> None:
    r = _run("Speaking at a rally in Salem, Oregon, Khan attacked the plan, calling it “a disaster.” "
             "At a rally on Monday, Malik praised the farmers, saying they had saved the harvest.")
    rows = {(a.cue.span.text, a.speaker.name, a.content.text) for a in r.attributions}
    assert ("calling", "Khan", "“a disaster.”") in rows
    assert ("praised", "Malik", "the farmers") in rows
    assert ("saying", "Malik", "they had saved the harvest") in rows

"""Arabic surface rules (no parse), one module per job; importing the package registers its rules.

News Arabic puts the verb first, so the speaker is the phrase between the cue and the
complementizer (إن/أن) or the quotation; when nothing stands there the subject is dropped and
the resolver supplies the previous speaker.

- :mod:`~attrib.rules.ar.words`: word tests the rules share;
- :mod:`~attrib.rules.ar.claims`: claims, channels and quoted names;
- :mod:`~attrib.rules.ar.verb_first`: verb-subject, pro-drop, «قال فيه», «كما», masdar rules;
- :mod:`~attrib.rules.ar.subject_first`: subject-verb, «كان ... قد», according-to, colon rules.
"""

from attrib.rules.ar import subject_first, verb_first

__all__ = ["subject_first", "verb_first"]

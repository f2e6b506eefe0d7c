"""English surface rules (no parse), one module per job; importing the package registers its
rules and its cue filter:

- :mod:`~attrib.rules.en.phrases`: noun phrases around a cue (speaker back, forward, addressees);
- :mod:`~attrib.rules.en.subjects`: the speaker phrase before a verb, sentence subjects;
- :mod:`~attrib.rules.en.claims`: the claim after or before a cue;
- :mod:`~attrib.rules.en.clause`: passives, non-finite forms, noun uses, building a candidate;
- :mod:`~attrib.rules.en.verbs`: the reporting-verb rules;
- :mod:`~attrib.rules.en.marks`: colon, dash and in-document rules;
- :mod:`~attrib.rules.en.cue_filter`: which cue words are used as reporting verbs here.
"""

from attrib.rules.en import cue_filter, marks, verbs

__all__ = ["cue_filter", "marks", "verbs"]

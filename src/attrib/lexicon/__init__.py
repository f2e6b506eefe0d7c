"""Language knowledge as data, and the matchers that find it in text.

- :mod:`attrib.lexicon.load`: the TOML lexicons (cues, roles, entities, outlets) and user folders;
- :mod:`attrib.lexicon.names`: names of outlets, governments and organisations found in text;
- :mod:`attrib.lexicon.translit`: comparing names across Arabic and Latin script.

The face re-exports what users extend or call: adding a lexicon folder and loading one.
"""

from attrib.lexicon.load import (
    CueEntry,
    Gazetteer,
    Lexicon,
    PhraseTable,
    add_lexicon_dir,
    load_gazetteer,
    load_lexicon,
    remove_lexicon_dir,
)

__all__ = ["CueEntry", "Gazetteer", "Lexicon", "PhraseTable", "add_lexicon_dir", "load_gazetteer", "load_lexicon",
           "remove_lexicon_dir"]

"""Text views shared by every layer: matching forms (:mod:`~attrib.text.normalize`) and words with
offsets (:mod:`~attrib.text.tokens`). Nothing here knows about lexicons, rules or articles."""

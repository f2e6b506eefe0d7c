"""Scoring against annotated corpora: gold readers and span scores (:mod:`~attrib.evaluate.corpus`),
resolution scores (:mod:`~attrib.evaluate.resolution`) and compare scores
(:mod:`~attrib.evaluate.compare`)."""

"""The learned attribution engine: span boundaries learned from annotated corpora.

``attrib train`` fits a small BiLSTM tagger (:mod:`attrib.learned.net`) on brat/PolNeAR
annotations, with our tokens, lexicon cue kinds and light-rule candidates as input features
(:mod:`attrib.learned.features`); ``--engine learned`` tags an article with it and hands the
spans to the usual resolver (:mod:`attrib.learned.infer`). Importing this package does not
import torch: only training and tagging do, so the light engine never pays for it.
"""


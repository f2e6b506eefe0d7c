"""From bytes or files to an :class:`~attrib.model.Article`: decoding and structure
(:mod:`~attrib.reader.article`), paragraphs, sentences and quotations
(:mod:`~attrib.reader.segment`), dateline, publisher and wire (:mod:`~attrib.reader.metadata`).

(Named ``reader``, not ``read``: ``attrib.read`` is the public function that reads a file.)"""

from attrib.reader.article import check_lang, decode, make_article
from attrib.reader.files import read

__all__ = ["check_lang", "decode", "make_article", "read"]

"""Resolution: from rule candidates to attributions with typed, linked speakers and outlets.

- :mod:`~attrib.resolve.names`: names inside a speaker phrase;
- :mod:`~attrib.resolve.speaker`: what a speaker phrase is (typing);
- :mod:`~attrib.resolve.same`: whether two mentions are the same speaker;
- :mod:`~attrib.resolve.resolver`: the pass over an article that links them.
"""

from attrib.resolve.resolver import Resolver

__all__ = ["Resolver"]

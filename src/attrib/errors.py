"""One exception hierarchy for everything a user can get wrong.

Every message is written for the person running the tool (it names the file, the
option or the line at fault), so the CLI can print it as-is without a traceback.
"""

from __future__ import annotations


class AttribError(Exception):
    """Base class: a problem the user can fix (bad input, bad option, missing data)."""

    exit_code = 2  # what ``attrib`` exits with: 2 for a mistake found before any work


class OutputError(AttribError):
    """The output could not be written once the run had started (a full disk, a folder that
    refuses the temporary file): exit 1, as for any article that failed, and what was written
    so far stays valid for ``--resume``."""

    exit_code = 1


class InputError(AttribError):
    """The input cannot be read: missing file, directory, empty or binary content."""


class DecodeError(InputError):
    """The bytes are not text in any encoding we accept."""


class OptionError(AttribError):
    """An option has a value we do not support (format, language, engine)."""


class LexiconError(AttribError):
    """A lexicon file is malformed; the message names the file and the entry."""


class GoldError(AttribError):
    """A gold-standard annotation file cannot be parsed."""


class ModelError(AttribError):
    """A parser model is missing or cannot be loaded; the message says how to get it."""


class ConlluError(AttribError):
    """A CoNLL-U file is malformed; the message names the file and the line."""

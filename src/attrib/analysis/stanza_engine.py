"""The ``stanza`` analyzer: tokens, lemmas, tags and dependencies from a stanza pipeline.

The pipeline is built once per (language, model folder) and reused: loading takes
seconds, parsing a sentence milliseconds. Our own sentence splits are kept (each sentence
is given to stanza as its own paragraph, ``tokenize_no_ssplit``), so sentence indices
agree with the light engine and every offset maps back into the original text exactly.

Models: by default stanza's own resources folder (``STANZA_RESOURCES_DIR`` or
``~/stanza_resources``); ``model_dir`` points elsewhere (the project's offline models).
Nothing is ever downloaded implicitly: a missing model is an error that says how to get it.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from attrib.analysis.base import Analysis
from attrib.analysis.words import ParsedToken, ParsedWord, build_analysis
from attrib.errors import ModelError
from attrib.model import Article

PROCESSORS = "tokenize,mwt,pos,lemma,depparse"
_PIPELINES: dict[tuple[str, str], Any] = {}
_LOCK = threading.Lock()


def default_model_dir() -> str:
    return os.environ.get("STANZA_RESOURCES_DIR") or str(Path.home() / "stanza_resources")


def _check_models(lang: str, model_dir: str) -> None:
    """Fail fast, with the command to run, when the models are not on disk."""
    import json

    hint = (f"download them with: python -c \"import stanza; stanza.download('{lang}', model_dir='{model_dir}')\" "
            "(needs network access), or pass --model-dir with a folder that has them")
    res = Path(model_dir) / "resources.json"
    if not res.is_file():
        raise ModelError(f"no stanza models in {model_dir} (resources.json is missing); {hint}")
    try:
        resources = json.loads(res.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{res}: unreadable stanza resources file ({exc})") from None
    if lang not in resources:
        raise ModelError(f"no stanza models for language '{lang}' in {model_dir}; {hint}")
    if not (Path(model_dir) / lang).is_dir():
        raise ModelError(f"stanza models for '{lang}' are listed but not present in {model_dir}/{lang}; {hint}")


def get_pipeline(lang: str, model_dir: str | None = None, use_gpu: bool | None = None) -> Any:
    """The cached stanza pipeline for ``lang`` (built on first use)."""
    model_dir = model_dir or default_model_dir()
    key = (lang, os.path.abspath(model_dir))
    with _LOCK:
        if key in _PIPELINES:
            return _PIPELINES[key]
        try:
            import stanza
        except ImportError:
            raise ModelError(
                "the stanza engine needs the stanza package: pip install 'attrib[stanza]' "
                "(install torch first, e.g. pip install torch, for a CPU-only build)"
            ) from None
        _check_models(lang, model_dir)
        kwargs: dict[str, Any] = {}
        if use_gpu is not None:
            kwargs["use_gpu"] = use_gpu
        try:
            nlp = stanza.Pipeline(lang=lang, dir=model_dir, processors=PROCESSORS, download_method=None,
                                  tokenize_no_ssplit=True, logging_level="WARN", **kwargs)
        except Exception as exc:  # stanza raises many types for missing or bad files
            raise ModelError(f"cannot load the stanza '{lang}' models from {model_dir}: {exc}") from None
        _PIPELINES[key] = nlp
        return nlp


class StanzaAnalyzer:
    """Callable analyzer; one instance per model folder."""

    def __init__(self, model_dir: str | None = None, use_gpu: bool | None = None) -> None:
        self.model_dir = model_dir
        self.use_gpu = use_gpu

    def __call__(self, article: Article) -> Analysis:
        nlp = get_pipeline(article.lang, self.model_dir, self.use_gpu)
        # our sentences, each a paragraph of its own, with their place in the joined input
        pieces: list[str] = []
        origin: list[tuple[int, int]] = []  # (offset in joined text, offset in original)
        pos = 0
        for sent in article.sentences:
            origin.append((pos, sent.span.start))
            pieces.append(sent.span.text)
            pos += len(sent.span.text) + 2
        joined = "\n\n".join(pieces)
        doc = nlp(joined) if joined.strip() else None
        parsed: list[list[ParsedToken]] = []
        if doc is not None:
            import bisect

            keys = [o[0] for o in origin]
            for s in doc.sentences:
                toks = []
                for t in s.tokens:
                    k = bisect.bisect_right(keys, t.start_char) - 1
                    shift = origin[k][1] - origin[k][0]
                    words = tuple(ParsedWord(w.text, w.lemma, w.upos, int(w.head), w.deprel) for w in t.words)
                    toks.append(ParsedToken(t.start_char + shift, t.end_char + shift, words))
                parsed.append(toks)
        return build_analysis(article, parsed, "stanza")

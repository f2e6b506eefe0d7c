"""The ``attrib`` command: a thin layer over the Python API.

User errors (:class:`~attrib.errors.AttribError`) print one line on stderr and exit
non-zero, never a traceback. With several files, a file that fails is reported in
place (an error record in JSON output) and the others still run; exit code 1 says
that something failed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from attrib import __version__, batch, outfile
from attrib.errors import AttribError, InputError, OptionError
from attrib.learned.cli import add_model_option
from attrib.learned.cli import add_parser as add_train_parser
from attrib.reader.article import check_lang
from attrib.reader.files import read
from attrib.render.formats import FORMATS, check_format, render_chunks

if TYPE_CHECKING:
    from attrib.progress import Progress


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"attrib: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="attrib", description="Who said what, and through which outlet, in news articles.")
    p.add_argument("--version", action="version", version=f"attrib {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    ex = sub.add_parser("extract", help="attribution table for one or more articles")
    ex.add_argument("files", nargs="+", metavar="ARTICLE", help="text files ('-' reads standard input)")
    ex.add_argument("-f", "--format", default="table", help=f"output format: {', '.join((*FORMATS, 'parquet'))}")
    ex.add_argument("-l", "--lang", default="auto", help="language: auto (by script), en, ar")
    ex.add_argument("--input-format", default="auto",
                    help="auto (default: .html/.htm files are news pages), text, html (main text of a page)")
    ex.add_argument("-e", "--engine", default="light",
                    help="light (default, no models), stanza (dependency parses), conllu (read .conllu files), "
                         "learned (a trained model, see attrib train)")
    ex.add_argument("--model-dir", help="stanza models folder (default: stanza's own resources folder)")
    add_model_option(ex)
    ex.add_argument("--rule", action="append", dest="rules", metavar="RULE_ID",
                    help="run only this rule (repeatable)")
    ex.add_argument("--lexicon", action="append", default=[], metavar="DIR",
                    help="extra lexicon folder (repeatable)")
    ex.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                    help="worker processes (default 1; 0 = one per CPU); output keeps input order")
    ex.add_argument("-o", "--output", metavar="FILE",
                    help="write to FILE instead of standard output (jsonl is written as it goes)")
    ex.add_argument("--resume", action="store_true",
                    help="with -o FILE and -f jsonl: skip articles FILE already holds, retry failed ones")
    ex.add_argument("--csv-keep-formulas", action="store_true",
                    help="csv: leave cells starting with = + - @ as they are (default: a leading apostrophe "
                         "stops spreadsheets from running them as formulas)")
    from attrib.archive_cli import add_arguments

    add_arguments(ex)

    ev = sub.add_parser("eval", help="score the extractor against a gold corpus (brat standoff)")
    ev.add_argument("--gold", required=True, help="gold folder (with text/ and attributions/) or .ann file")
    ev.add_argument("--format", dest="gold_format", default="auto",
                    help="gold conventions: auto (default: polnear for PolNeAR's file names), brat, polnear")
    ev.add_argument("--text", help="folder of the texts (default: GOLD/text or beside the .ann)")
    ev.add_argument("--subset", default="all", help="attributions scored: all, speech (speech and according-to)")
    ev.add_argument("-e", "--engine", default="light", help="light, stanza, learned, or conllu (with --conllu)")
    ev.add_argument("--conllu", help="gold parses (CoNLL-U) of the gold documents, for --engine conllu")
    ev.add_argument("--model-dir", help="stanza models folder (default: stanza's own resources folder)")
    add_model_option(ev)
    ev.add_argument("-l", "--lang", default="auto")
    ev.add_argument("-o", "--output", default="table", help="report format: table, json")
    ev.add_argument("--limit", type=int, default=0, help="score only the first N documents")

    cp = sub.add_parser("compare", help="align the attributions of two versions of a story")
    cp.add_argument("a", metavar="ORIGINAL")
    cp.add_argument("b", metavar="OTHER")
    cp.add_argument("-f", "--format", default="table",
                    help="table, markdown, github, csv, json, jsonl (one line per pair), html")
    cp.add_argument("-l", "--lang", default="auto", help="language of both files: auto, en, ar")
    cp.add_argument("-e", "--engine", default="light", help="light, stanza or learned")
    cp.add_argument("--model-dir", help="stanza models folder")
    add_model_option(cp)

    te = sub.add_parser("test", help="property-test one rule with generated sentences (hypothesis)")
    te.add_argument("--rule", action="append", dest="rules", metavar="RULE_ID", required=True,
                    help="rule to test (repeatable)")
    te.add_argument("--module", action="append", default=[], metavar="FILE.py",
                    help="a module that registers your rules and sentence patterns (repeatable)")
    te.add_argument("--lexicon", action="append", default=[], metavar="DIR", help="extra lexicon folder")
    te.add_argument("--profile", default="ci", help="ci (fast) or thorough")

    sv = sub.add_parser("serve", help="the local web app (needs: pip install 'attrib[serve]')")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    sv.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    sv.add_argument("--max-upload-mb", type=float, default=10.0, help="largest request in MB (default 10)")
    sv.add_argument("--max-file-mb", type=float, default=2.0, help="largest file in MB (default 2)")
    sv.add_argument("--time-limit", type=float, default=30.0, help="seconds per request (default 30)")
    add_train_parser(sub)

    ru = sub.add_parser("rules", help="list the extraction rules, or show one rule's examples")
    ru.add_argument("--examples", metavar="RULE_ID", help="print the rule's doc and examples, and whether each holds")
    ru.add_argument("--lexicon", action="append", default=[], metavar="DIR", help="extra lexicon folder")
    ru.add_argument("--module", action="append", default=[], metavar="FILE.py", help="a module that registers rules")
    return p


def _extract(args: argparse.Namespace) -> int:
    from attrib import archive_cli
    from attrib.progress import Progress, wanted

    check_format(args.format, (*FORMATS, "parquet"))
    lang = check_lang(args.lang)
    from attrib.reader.htmlpage import INPUT_FORMATS

    if args.input_format not in INPUT_FORMATS:
        raise AttribError(f"unknown input format {args.input_format!r}; choose one of: {', '.join(INPUT_FORMATS)}")
    from attrib.analysis import ENGINES, get_analyzer

    if args.engine not in ENGINES:
        get_analyzer(args.engine)  # raises the unknown-engine error
    if args.engine == "learned" and args.model_dir:
        from attrib.learned.store import load

        load(args.model_dir)  # a missing or damaged model stops here, before any article
    from attrib.lexicon.load import add_lexicon_dir, check_lexicons

    for d in args.lexicon:
        add_lexicon_dir(d)  # checks the folders here, before any worker starts
    if args.lexicon or os.environ.get("ATTRIB_LEXICONS"):
        check_lexicons()  # a bad user file is one error now, not an error record per article
    options = batch.BatchOptions(lang=lang, engine=args.engine, rules=tuple(args.rules) if args.rules else None,
                                 model_dir=args.model_dir, lexicon_dirs=tuple(args.lexicon),
                                 input_format=args.input_format)
    if archive_cli.is_dataset_run(args):
        return archive_cli.run_dataset(args, options)
    if args.resume and not (args.output and args.format == "jsonl"):
        raise AttribError("--resume needs -o FILE and -f jsonl (the records already written are what it skips)")
    # refuses a file that is not attrib output, before anything is planned or written
    skip = outfile.prepare_resume(args.output) if args.resume else frozenset()
    pairs, total = archive_cli.pairs(args, options, skip)
    # opened first, so a bad path fails before any work is done
    sink = (outfile.open_output(args.output, append=args.resume, direct=args.format == "jsonl")
            if args.output else outfile.StdoutSink())
    failed: list[str] = []
    ok = False
    try:
        with Progress(total, wanted(args.quiet)) as bar:
            results = _reported(pairs, failed, bar)
            for chunk in render_chunks(results, args.format, "keep" if args.csv_keep_formulas else "escape"):
                sink.write(chunk)  # each article as soon as it is done: a kill keeps the finished ones
        ok = True
    finally:
        sink.close(ok)
    if args.resume:  # articles done again were appended: put them back in input order
        outfile.restore_order(args.output, [batch.article_id(p) for p in args.files])
    return 1 if failed else 0


def _reported(results: Iterator[tuple[str, batch.Result]], failed: list[str], bar: Progress) -> Iterator[batch.Result]:
    """The results, with one stderr line per failed article (and its id kept in ``failed``);
    the progress bar advances as each article is done."""
    for _path, result in results:
        bar.advance(1, isinstance(result, dict))
        if isinstance(result, dict):
            failed.append(str(result["id"]))
            bar.write(f"attrib: {result['error']}")
        yield result


def _eval(args: argparse.Namespace) -> int:
    from attrib.evaluate.corpus import evaluate_corpus
    from attrib.evaluate.score import format_report

    if args.output not in {"table", "json"}:
        raise AttribError(f"unknown report format {args.output!r}; choose one of: table, json")
    report = evaluate_corpus(args.gold, gold_format=args.gold_format, text_dir=args.text,
                             subset=args.subset, engine=args.engine, lang=check_lang(args.lang),
                             limit=args.limit, model_dir=args.model_dir, conllu=args.conllu)
    sys.stdout.write(format_report(report, args.output))
    return 0


def _compare(args: argparse.Namespace) -> int:
    from attrib.compare import compare
    from attrib.render.compare import COMPARE_FORMATS, render_comparison

    check_format(args.format, COMPARE_FORMATS)
    lang = check_lang(args.lang)
    try:  # a file that cannot be read or compared exits 1, as in extract; bad options exit 2
        a = read(args.a, lang=lang)
        b = read(args.b, lang=lang)
        result = compare(a, b, engine=args.engine, model_dir=args.model_dir)
    except InputError as exc:
        print(f"attrib: {exc}", file=sys.stderr)
        return 1
    notes = result.summary.get("input_notes", [])
    for note in notes if isinstance(notes, list) else []:
        print(f"attrib: note: {note}", file=sys.stderr)
    sys.stdout.write(render_comparison(result, args.format))
    return 0


def _test(args: argparse.Namespace) -> int:
    from attrib.lexicon.load import add_lexicon_dir
    from attrib.testing.runner import check_rule, load_module

    for d in args.lexicon:
        add_lexicon_dir(d)
    for m in args.module:
        load_module(m)
    failed = 0
    for rule_id in args.rules:
        report = check_rule(rule_id, args.profile, tuple(args.lexicon))
        status = "ok" if report.failure is None else "FAILED"
        print(f"{rule_id}: {status} ({report.examples} examples; patterns: {', '.join(report.patterns)})")
        if report.failure:
            failed += 1
            print("  " + report.failure.replace("\n", "\n  "))
    return 1 if failed else 0


def _serve(args: argparse.Namespace) -> int:
    from attrib.serve import serve
    from attrib.serve.inputs import MB, Limits

    if min(args.max_upload_mb, args.max_file_mb, args.time_limit) <= 0:
        raise AttribError("--max-upload-mb, --max-file-mb and --time-limit must be positive")
    serve(args.host, args.port, Limits(max_request_bytes=int(args.max_upload_mb * MB),
                                       max_file_bytes=int(args.max_file_mb * MB), time_limit_s=args.time_limit))
    return 0


def _rules(args: argparse.Namespace) -> int:
    from tabulate import tabulate

    from attrib.rules import all_rules

    if args.examples:
        return _rule_examples(args)
    if args.lexicon or args.module:
        raise OptionError("--lexicon and --module go with --examples RULE_ID")
    rows = [[r.id, r.lang, r.priority, r.doc.splitlines()[0] if r.doc else ""] for r in all_rules()]
    print(tabulate(rows, headers=["rule", "lang", "priority", "what it matches"]))
    return 0


def _rule_examples(args: argparse.Namespace) -> int:
    """``attrib rules --examples RULE_ID``: exit 1 when an example does not hold."""
    from attrib.evaluate.examples import run_rule_examples
    from attrib.lexicon.load import add_lexicon_dir
    from attrib.render.examples import render_examples

    for d in args.lexicon:
        add_lexicon_dir(d)
    if args.module:
        from attrib.testing.runner import load_module

        for m in args.module:
            load_module(m)
    doc, examples, results = run_rule_examples(args.examples)
    sys.stdout.write(render_examples(doc, examples, results))
    return 1 if any(not r.passed for r in results) else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "eval":
            return _eval(args)
        if args.command == "compare":
            return _compare(args)
        if args.command == "test":
            return _test(args)
        if args.command == "serve":
            return _serve(args)
        if args.command == "train":
            from attrib.learned.cli import run

            return run(args)
        return _rules(args)
    except AttribError as exc:
        print(f"attrib: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())

"""The HTML view of a comparison: both articles side by side, coloured by verdict.

Every attribution's claim is highlighted in the colour of its pair's verdict (the key is at
the top); clicking a row of the table, or a highlight, outlines that pair's two sentences in
both articles and scrolls them into view, so a reader checks a verdict against the texts in
one click. The page is self-contained (inline CSS and a few lines of script).
"""

from __future__ import annotations

import html

from attrib.compare import Comparison
from attrib.compare_verdict import VERDICTS
from attrib.model import ArticleAttributions
from attrib.render.compare_parts import CLAIM_MARK, LEGEND, claim_of, summary_line

COLOURS = {"same": "#bbf7d0", "cue_changed": "#fde68a", "speaker_changed": "#fecaca", "outlet_changed": "#fed7aa",
           "dropped": "#ddd6fe", "missing": "#e5e7eb", "added": "#bfdbfe"}
Mark = tuple[int, int, str, str, int]  # start, end, verdict, title, pair number

_SCRIPT = """
function show(n){document.querySelectorAll('.on').forEach(e=>e.classList.remove('on'));
 document.querySelectorAll('[data-pair~="'+n+'"]').forEach(e=>e.classList.add('on'));
 var f=document.querySelector('.sent[data-pair~="'+n+'"]'); if(f){f.scrollIntoView({block:'center'});}}
document.querySelectorAll('tr[data-n], mark[data-n]').forEach(e=>e.addEventListener('click',()=>show(e.dataset.n)));
"""

_STYLE = """body{font-family:sans-serif;margin:1em} .cols{display:flex;gap:2em} .col{flex:1;line-height:1.6}
table{border-collapse:collapse;margin:1em 0} td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}
tr[data-n]{cursor:pointer} mark{padding:0 1px;cursor:pointer} .key span{padding:2px 6px;margin-right:4px}
.sent.on{outline:2px solid #2563eb;background:#eff6ff} tr.on{outline:2px solid #2563eb} .notes{color:#555}"""


def _marked(text: str, start: int, end: int, marks: list[Mark]) -> str:
    """``text[start:end]`` as HTML with the marks inside it highlighted (clipped to the stretch)."""
    out = []
    pos = start
    for s, e, verdict, title, n in sorted(marks):
        s, e = max(s, start), min(e, end)
        if s < pos or s >= e:
            continue
        out.append(html.escape(text[pos:s]))
        out.append(f'<mark style="background:{COLOURS[verdict]}" data-n="{n}" title="{html.escape(title)}">'
                   f"{html.escape(text[s:e])}</mark>")
        pos = e
    out.append(html.escape(text[pos:end]))
    return "".join(out)


def _article(r: ArticleAttributions, marks: list[Mark], pairs_of: dict[int, list[int]], which: str) -> str:
    art = r.article
    text = art.text
    chunks = []
    pos = 0
    for i, sent in enumerate(art.sentences):
        s, e = sent.span.start, sent.span.end
        chunks.append(html.escape(text[pos:s]))
        ids = " ".join(str(n) for n in pairs_of.get(i, []))
        chunks.append(f'<span class="sent" data-pair="{ids}">{_marked(text, s, e, marks)}</span>')
        pos = e
    chunks.append(html.escape(text[pos:]))
    direction = "rtl" if art.lang == "ar" else "ltr"
    body = "".join(chunks).replace("\n", "<br>\n")
    return (f'<div class="col" dir="{direction}" lang="{art.lang}"><h2>{which}: {html.escape(art.id)}</h2>'
            f"<p>{body}</p></div>")


def comparison_html(c: Comparison) -> str:
    marks_a: list[Mark] = []
    marks_b: list[Mark] = []
    sents_a: dict[int, list[int]] = {}
    sents_b: dict[int, list[int]] = {}
    rows = []
    for n, p in enumerate(c.pairs, 1):
        for att, marks, sents in ((p.a, marks_a, sents_a), (p.b, marks_b, sents_b)):
            if att:
                title = f"#{n} {p.verdict}: {att.speaker.name} ({att.cue.span.text})"
                marks.extend((part.start, part.end, p.verdict, title, n) for part in att.parts)
                sents.setdefault(att.sentence, []).append(n)
        cells = [str(n), p.a.speaker.name if p.a else "", p.a.cue.span.text if p.a else "", claim_of(p.a),
                 p.b.speaker.name if p.b else "", p.b.cue.span.text if p.b else "", claim_of(p.b),
                 p.verdict + (f" {CLAIM_MARK}" if p.claim_changed else "")]
        notes = "; ".join([*p.notes, *(f"{CLAIM_MARK} {r}" for r in p.claim_reasons)])
        rows.append(f'<tr data-n="{n}" data-pair="{n}" style="background:{COLOURS[p.verdict]}">' +
                    "".join(f"<td>{html.escape(x)}</td>" for x in cells) +
                    f'<td class="notes">{html.escape(notes)}</td></tr>')
    key = "".join(f'<span style="background:{COLOURS[v]}" title="{html.escape(LEGEND[v])}">{v}</span>'
                  for v in VERDICTS)
    legend = " · ".join(f"<b>{v}</b>: {html.escape(LEGEND[v])}" for v in VERDICTS)
    summary = html.escape(summary_line(c)).replace("\n", "<br>")
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>attrib compare</title>
<style>{_STYLE}</style></head><body>
<h1>Attribution comparison</h1><p>{summary}</p>
<p class="key">{key}</p><p class="notes">{legend}; {CLAIM_MARK}: the claim itself changed (reasons in notes).
Click a row or a highlight to outline both sentences.</p>
<table><tr><th>#</th><th>A speaker</th><th>A cue</th><th>A claim</th><th>B speaker</th><th>B cue</th>
<th>B claim</th><th>verdict</th><th>notes</th></tr>
{"".join(rows)}</table>
<div class="cols">{_article(c.a, marks_a, sents_a, "A")}{_article(c.b, marks_b, sents_b, "B")}</div>
<script>{_SCRIPT}</script>
</body></html>
"""

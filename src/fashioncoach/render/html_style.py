"""The progress page's stylesheet: light and dark screens, 320 px phones to wide
monitors with nothing wider than the window, and A4 paper in black on white.

Tables stack into labelled lines below 640 px (and scroll inside their own box if
something is still too wide); dates never wrap; long ids and links break anywhere.
In print, sections may break across pages but headings stay with what follows.
"""

from __future__ import annotations

CSS = """
:root {
  color-scheme: light dark;
  --bg: #fbfaf8; --fg: #1f2328; --muted: #5f6670; --card: #ffffff; --line: #d9dce1;
  --accent: #b03a74; --accent-soft: #f2d5e3; --ok: #1a7f37; --warn: #b35900; --bad: #c62828;
  --track: #eceef1;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #14161a; --fg: #e8e9eb; --muted: #a2a8b1; --card: #1d2026; --line: #343a43;
    --accent: #f07ab3; --accent-soft: #5a2a43; --ok: #4ac26b; --warn: #f0a04b; --bad: #ff6b6b;
    --track: #2a2f37;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0 auto; max-width: 1080px; padding: 2rem 1.25rem 3rem;
  background: var(--bg); color: var(--fg); overflow-wrap: break-word;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif;
}
h1 { font-size: 1.6em; line-height: 1.25; margin: 0 0 .3rem; }
h2 { font-size: 1.15em; margin: 0 0 .6rem; }
h3 { font-size: .95em; margin: 1rem 0 .4rem; color: var(--muted); }
p { margin: .4rem 0; }
.subtitle { color: var(--muted); margin: 0 0 1.5rem; }
.lead { color: var(--muted); margin: -.2rem 0 .8rem; }
section {
  background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  padding: 1rem 1.25rem; margin: 0 0 1rem; min-width: 0;
}
time { white-space: nowrap; }
code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
code.id, .file, a { overflow-wrap: anywhere; }
a { color: var(--accent); }
.muted { color: var(--muted); }
.hint { border-left: 3px solid var(--warn); padding-left: .6rem; }
footer { color: var(--muted); font-size: .8em; margin-top: 1.5rem; }

/* Summary cards */
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: .75rem; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .6rem .8rem; min-width: 0; }
.card .label { color: var(--muted); font-size: .78em; text-transform: uppercase;
  letter-spacing: .04em; }
.card .value { font-size: 1.25em; font-weight: 650; line-height: 1.3; }
.card .detail { color: var(--muted); font-size: .85em; }
.status-ahead, .status-on-track, .status-complete { color: var(--ok); }
.status-behind { color: var(--bad); }
.status-paused { color: var(--warn); }

/* Tables: a table on a wide screen, labelled lines on a narrow one */
.table-box { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; }
table.tally { table-layout: fixed; }
table.tally th:nth-child(1) { width: 40%; }
table.tally th:nth-child(2) { width: 12%; }
table.tally th:nth-child(3) { width: 22%; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line);
  vertical-align: top; }
th { color: var(--muted); font-weight: 600; font-size: .85em; }
th.num, td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.spent { color: var(--muted); }
.spent::before { content: " · "; }
.here { color: var(--accent); font-weight: 650; white-space: nowrap; }
.bar { display: inline-block; vertical-align: middle; width: 7rem; height: .6rem;
  border-radius: 99px; background: var(--track); overflow: hidden; }
.bar > span { display: block; height: 100%; background: var(--accent); }
@media (max-width: 640px) {
  body { padding: 1rem .75rem 2rem; font-size: 14px; }
  section { padding: .8rem .8rem; }
  table.stack thead { display: none; }
  table.stack, table.stack tbody { display: block; width: 100%; }
  table.stack tr { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: baseline;
    border-bottom: 1px solid var(--line); padding: .35rem 0; }
  table.stack td, table.stack td.num { display: block; border: none; padding: .05rem 0;
    text-align: left; white-space: normal; }
  table.stack td:first-child { flex: 1 0 100%; }
  .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: .5rem; }
  .card { padding: .5rem .6rem; }
  .card .value { font-size: 1.05em; }
  table.stack td:first-child { font-weight: 600; }
  table.stack td[data-label]:not(:first-child)::before {
    content: attr(data-label) ": "; color: var(--muted); font-size: .85em; }
}

/* The timeline: phases on the plan's weeks */
.gantt { display: grid; gap: .35rem; }
.g-row { display: grid; grid-template-columns: minmax(11rem, 17rem) minmax(0, 1fr);
  gap: .2rem 1rem; align-items: center; }
.g-label { min-width: 0; }
.g-title { font-weight: 550; }
.g-current .g-title { font-weight: 750; color: var(--accent); }
.g-when { display: block; color: var(--muted); font-size: .8em; }
.g-track { position: relative; height: 1.1rem; border-radius: 4px; background: var(--track); }
.g-axis .g-track, .g-foot .g-track, .g-milestones .g-track { background: none; }
.g-axis .g-track { height: 1.2rem; }
.g-tick, .x-ticks span { position: absolute; top: 0; font-size: .75em; color: var(--muted);
  white-space: nowrap; }
.g-bar { position: absolute; top: 0; bottom: 0; background: var(--accent-soft);
  border-radius: 4px; overflow: hidden; }
.g-done { display: block; height: 100%; background: var(--accent); }
.g-here { position: absolute; top: -.25rem; bottom: -.25rem; width: 2px; margin-left: -1px;
  background: var(--fg); }
ul.g-marks { list-style: none; margin: 0; padding: 0; position: absolute; inset: 0; }
.g-ms { position: absolute; top: 50%; width: 1.05rem; height: 1.05rem;
  transform: translate(-50%, -50%); display: flex; align-items: center;
  justify-content: center; }
.g-ms::before { content: ""; position: absolute; inset: .16rem; background: var(--warn);
  transform: rotate(45deg); }
.g-ms.done::before { background: var(--ok); }
.g-ms.closed::before { background: var(--muted); }
.g-ms.overdue::before { background: var(--bad); }
.g-count { position: relative; font-size: .6rem; font-weight: 750; line-height: 1;
  color: var(--card); }
.sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.g-foot .g-track { height: 1.5rem; }
.g-here-label { position: absolute; top: .1rem; white-space: nowrap; font-weight: 700;
  color: var(--accent); }
@media (max-width: 640px) {
  .g-row { grid-template-columns: minmax(0, 1fr); }
  .g-label:empty { display: none; }
  .g-row + .g-row:not(.g-foot) { margin-top: .25rem; }
}

/* Burndown and activity: SVG stretched to the box, labelled in HTML */
.chart { position: relative; margin-top: .4rem; padding-left: 3.6rem; }
.plot { display: block; width: 100%; height: 220px; border-left: 1px solid var(--line);
  border-bottom: 1px solid var(--line); overflow: hidden; }
.plot.short { height: 110px; }
.y-top, .y-bottom { position: absolute; left: 0; width: 3.3rem; text-align: right;
  font-size: .75em; color: var(--muted); white-space: nowrap; }
.y-top { top: -.3rem; }
.y-bottom { bottom: -.3rem; }
.x-axis { display: flex; justify-content: space-between; gap: 1rem; font-size: .8em;
  color: var(--muted); margin-left: 3.6rem; }
.x-ticks { position: relative; height: 1.2rem; margin-left: 3.6rem; }
.b-grid { stroke: var(--line); stroke-width: 1; }
.b-actual { stroke: var(--accent); stroke-width: 3; }
.b-planned { stroke: var(--fg); stroke-opacity: .6; stroke-width: 1.5; stroke-dasharray: 6 4; }
.b-original { stroke: var(--muted); stroke-opacity: .4; stroke-width: 1.5; }
.b-pause { fill: var(--warn); fill-opacity: .16; }
.b-replan { stroke: var(--warn); stroke-width: 2; stroke-dasharray: 4 3; }
.b-today { stroke: var(--accent); stroke-opacity: .6; stroke-width: 1; }
.a-bar { fill: var(--accent); fill-opacity: .65; }
.a-now { fill-opacity: 1; }
.a-none { fill: var(--muted); fill-opacity: .5; }
ul.legend { list-style: none; padding: 0; margin: .4rem 0; display: flex; flex-wrap: wrap;
  gap: .2rem 1.2rem; font-size: .85em; color: var(--muted); }
ul.legend i { display: inline-block; width: 1.4rem; height: 0; margin-right: .35rem;
  vertical-align: middle; border-top: 3px solid var(--accent); }
ul.legend i.k-planned { border-top: 2px dashed var(--fg); opacity: .6; }
ul.legend i.k-original { border-top: 2px solid var(--muted); opacity: .45; }
ul.legend i.k-pause { height: .8rem; border: none; background: var(--warn); opacity: .3; }
ul.legend i.k-replan { border-top: 2px dashed var(--warn); }
ul.legend i.k-today { border-top: 1px solid var(--accent); }
.figures { font-size: .9em; }
details { margin-top: .6rem; }
summary { cursor: pointer; color: var(--muted); }

/* Milestones */
ul.milestones { list-style: none; padding: 0; margin: 0; }
ul.milestones li { padding: .3rem 0; border-bottom: 1px solid var(--line); }
.tag { display: inline-block; font-size: .75em; border-radius: 999px; padding: 0 .5rem;
  margin-left: .4rem; border: 1px solid currentColor; }
.tag.done { color: var(--ok); }
.tag.overdue { color: var(--bad); }
.tag.open { color: var(--warn); }
.tag.closed { color: var(--muted); }

/* Confidence, reviews, notes and evidence */
ul.confidence, ol.reviews, ul.journal { list-style: none; padding: 0; margin: 0; }
.skill-confidence { display: grid; grid-template-columns: minmax(10rem, 14rem) 160px minmax(0, 1fr);
  gap: .3rem 1rem; align-items: center; padding: .4rem 0; border-bottom: 1px solid var(--line); }
.sc-name { font-weight: 600; }
ol.points { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap;
  gap: .1rem 1rem; font-size: .9em; }
.level { font-weight: 700; }
.spark { display: block; }
.spark polyline { stroke: var(--accent); stroke-width: 2; }
.spark circle { fill: var(--accent); }
.c-grid { stroke: var(--line); stroke-width: 1; }
@media (max-width: 640px) {
  .skill-confidence { grid-template-columns: minmax(0, 1fr); }
}
.review, .journal li { padding: .45rem 0; border-bottom: 1px solid var(--line); }
.r-head, .j-head { font-weight: 600; }
.j-head { font-weight: 400; color: var(--muted); font-size: .9em; }
.j-body { margin: .4rem 0; }
.thumb { margin: .3rem 0 0; }
.thumb img { display: block; max-width: min(160px, 100%); max-height: 120px;
  border-radius: 6px; border: 1px solid var(--line); }
.thumb figcaption { font-size: .85em; }

@page { size: A4; margin: 12mm; }
@media print {
  :root { color-scheme: light; --bg: #fff; --fg: #000; --muted: #333; --card: #fff;
    --line: #aaa; --accent: #000; --accent-soft: #d0d0d0; --ok: #000; --warn: #555;
    --bad: #000; --track: #ececec; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.35;
    background: #fff; color: #000; }
  h1 { font-size: 16pt; }
  h2 { font-size: 11.5pt; break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  .subtitle { margin-bottom: .6rem; }
  section { border: none; border-top: 1px solid #999; border-radius: 0; padding: .45rem 0 .2rem;
    margin: 0; background: #fff; }
  .lead, h2 + * { break-before: avoid; page-break-before: avoid; }
  /* A heading, its lead and its chart are one block: never a heading at a page's foot
     and its chart on the next page. */
  .keep { break-inside: avoid; page-break-inside: avoid; }
  .keep + * { break-before: avoid; page-break-before: avoid; }
  .card, tr, li, .chart, .g-row, .x-axis, .legend, figure { break-inside: avoid; }
  .cards { grid-template-columns: repeat(4, minmax(0, 1fr)); gap: .4rem; }
  .card { padding: .3rem .5rem; }
  .card .value { font-size: 11pt; }
  .plot { height: 150px; }
  .plot.short { height: 70px; }
  .gantt { gap: .15rem; }
  details { display: none; }
  ul.milestones li { padding: .15rem 0; }
  ul.milestones li > div { display: inline; margin-left: .6rem; }
  .g-row { grid-template-columns: 19rem minmax(0, 1fr); }
  .g-when { font-size: 7.5pt; }
  .j-head code.id { display: none; }
  .review, .journal li { padding: .25rem 0; }
  .review p, .journal p, .journal .j-body { margin: .1rem 0; }
  ol.reviews, ul.journal { columns: 2; column-gap: 1.5rem; }
  .card .detail { font-size: 8pt; }
  h2 { margin-bottom: .3rem; }
  a { color: #000; }
  th, td { padding: .2rem .4rem; }
}
"""

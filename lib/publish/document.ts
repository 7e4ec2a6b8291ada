import { messages } from "../messages";
import { palettes } from "../timeline";
import type { EmbedKind, EmbedTheme } from "../share";
import { escapeHtml as e, jsonForScript } from "../text";

export type EmbedDocument = {
  kind: EmbedKind;
  nonce: string;
  theme: EmbedTheme;
  controls: boolean;
  /** the document title (the chart's title) */
  title: string;
  articleTitle: string;
  /** the dashboard at the same view: "/articles/<id>?<query>" */
  dashboardHref: string;
  /** trusted markup: produced by toSvgString / tablesHtml, which escape every string */
  body: string;
  notices: readonly string[];
  /**
   * The body holds one `.nl-drawing[data-width]` per width, ascending: each is shown in frames from
   * its width up to the next one's (the first also in narrower frames).
   */
  drawingWidths?: readonly number[];
  /** data for the script; absent for the table */
  data?: unknown;
  script?: string;
};

/** Media rules that show each server drawing only in frames of its width band. */
function drawingBands(widths: readonly number[]): string {
  if (widths.length === 0) return "";
  const bands = widths.map((w, i) => {
    const from = i === 0 ? "" : `(min-width:${w}px)`;
    const next = widths[i + 1];
    const to = next === undefined ? "" : `(max-width:${next - 0.02}px)`;
    const query = [from, to].filter(Boolean).join(" and ");
    const rule = `.nl-drawing[data-width="${w}"]{display:block}`;
    return query ? `@media ${query}{${rule}}` : rule;
  });
  return [".nl-drawing{display:none}", ...bands].join("\n");
}

/** Only the look the charts need; by nonce, so the strict policy allows nothing else. */
function css(theme: EmbedTheme, drawingWidths: readonly number[] = []): string {
  const p = palettes[theme];
  return `
:root{color-scheme:${theme}}
*{box-sizing:border-box}
html,body{margin:0;background:${p.background};color:${p.text};font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
a{color:${p.selection}}
.nl-chart{position:relative;overflow:hidden}
.nl-chart svg{display:block;max-width:100%;height:auto}
.nl-chart svg:focus,.nl-chart [tabindex]:focus{outline:none}
.nl-chart [tabindex]:focus-visible{outline:2px solid ${p.selection};outline-offset:2px}
.nl-controls{display:flex;gap:4px;padding:4px 8px}
.nl-controls[hidden]{display:none}
.nl-controls button{font:inherit;font-size:13px;padding:2px 10px;border:1px solid ${p.grid};border-radius:4px;background:${p.laneA};color:${p.text};cursor:pointer}
.nl-controls button:focus-visible{outline:2px solid ${p.selection}}
.nl-tooltip{position:absolute;z-index:2;max-width:min(340px,90vw);padding:8px 10px;border:1px solid ${p.grid};border-radius:6px;background:${p.background};color:${p.text};box-shadow:0 2px 8px rgba(0,0,0,.25);font-size:12px;pointer-events:none}
.nl-tooltip strong{display:block;font-size:13px}
.nl-tooltip .nl-muted{color:${p.muted}}
.nl-tooltip[hidden]{display:none}
.nl-footer{display:flex;flex-wrap:wrap;gap:4px 12px;align-items:baseline;padding:6px 8px;border-top:1px solid ${p.grid};font-size:12px;color:${p.muted}}
.nl-footer .nl-title{color:${p.text};font-weight:600}
.nl-notice{width:100%}
.nl-table{border-collapse:collapse;width:100%;margin:0 0 16px;font-size:13px}
.nl-table caption{text-align:left;font-weight:600;padding:8px}
.nl-table th,.nl-table td{text-align:left;vertical-align:top;padding:4px 8px;border-bottom:1px solid ${p.grid}}
.nl-table th[scope=row]{font-weight:400}
.nl-table .nl-selected{background:${p.selection};color:${p.background}}
.nl-table .nl-linked{background:${p.laneA};font-weight:600}
.nl-wrap{overflow-x:auto}
${drawingBands(drawingWidths)}
`.trim();
}

/**
 * A complete, self-contained embed page: the chart as server-rendered SVG (visible before any
 * script runs), a footer with the article title and a link to the dashboard, the script's data as
 * an inert JSON block, and at most one script, allowed by nonce.
 */
export function embedDocument(d: EmbedDocument): string {
  const controls =
    d.kind === "table"
      ? ""
      : `<div class="nl-controls" role="toolbar" aria-label="Chart controls"${d.controls ? "" : " hidden"}>` +
        `<button type="button" data-action="zoom-in" aria-label="Zoom in">+</button>` +
        `<button type="button" data-action="zoom-out" aria-label="Zoom out">−</button>` +
        `<button type="button" data-action="fit">Fit all</button></div>`;
  const chart =
    d.kind === "table"
      ? `<div class="nl-wrap">${d.body}</div>`
      : `<div class="nl-chart" id="nl-chart">${d.body}<div class="nl-tooltip" id="nl-tooltip" role="tooltip" hidden></div></div>`;
  const notices = d.notices.map((n) => `<span class="nl-notice" role="status">${e(n)}</span>`).join("");
  return [
    "<!doctype html>",
    `<html lang="en" data-theme="${e(d.theme)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    // No favicon request: the embed loads nothing but its script.
    '<link rel="icon" href="data:,">',
    `<title>${e(d.title)}</title>`,
    `<style nonce="${e(d.nonce)}">${css(d.theme, d.drawingWidths)}</style>`,
    "</head>",
    `<body data-embed="${e(d.kind)}">`,
    `<main id="nl-embed">${controls}${chart}</main>`,
    `<footer class="nl-footer"><span class="nl-title">${e(d.articleTitle)}</span>`,
    `<a id="nl-open" href="${e(d.dashboardHref)}" target="_blank" rel="noopener">${e(messages.embedOpenDashboard)} ↗</a>${notices}</footer>`,
    d.data === undefined ? "" : `<script type="application/json" id="nl-data">${jsonForScript(d.data)}</script>`,
    d.script ? `<script src="${e(d.script)}" nonce="${e(d.nonce)}" defer></script>` : "",
    "</body>",
    "</html>",
  ].join("\n");
}

/** The small page an embed shows for an unknown article or one that could not be analysed. */
export function embedProblemDocument(nonce: string, message: string): string {
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><link rel="icon" href="data:,">',
    `<title>${e(messages.embedUnavailable)}</title>`,
    `<style nonce="${e(nonce)}">body{margin:0;padding:12px;font:14px system-ui,sans-serif}</style></head>`,
    `<body><p role="alert">${e(messages.embedUnavailable)} ${e(message)}</p></body></html>`,
  ].join("\n");
}

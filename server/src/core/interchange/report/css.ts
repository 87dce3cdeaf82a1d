// The report's stylesheet, inlined so the file opens anywhere, offline, and prints well.
import { STATUSES } from '../../types';
import { STATUS_COLORS } from './statusStyle';

const pills = STATUSES.map(
  (s) => `.st-${s}{color:${STATUS_COLORS[s].text};background:${STATUS_COLORS[s].background};border-color:${STATUS_COLORS[s].bar}}`,
).join('\n');

export const REPORT_CSS = `
:root{--ink:#1d232a;--muted:#5c6670;--rule:#dfe3e8;--paper:#fff;--accent:#24527a}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f4f5f7;color:var(--ink);font:16px/1.55 Charter,"Bitstream Charter","Iowan Old Style",Georgia,"Times New Roman",serif}
main{max-width:1040px;margin:0 auto;padding:40px 48px 64px;background:var(--paper);min-height:100vh}
h1,h2,h3,h4,.ui{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
h1{font-size:30px;line-height:1.2;margin:0 0 4px}
h2{font-size:22px;margin:48px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--ink)}
h3{font-size:18px;margin:32px 0 4px}
h4{font-size:14px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:20px 0 6px}
a{color:var(--accent)}
.meta{color:var(--muted);font-size:14px;margin:0 0 24px}
.lede{color:var(--muted);font-style:italic;margin:0 0 10px;max-width:70ch}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(135px,1fr));gap:12px;margin:20px 0 28px}
.card{border:1px solid var(--rule);border-radius:8px;padding:12px 14px}
.card b{display:block;font:700 28px/1.1 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.card span{font:13px/1.3 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--muted)}
.card.alert b{color:#a11a1a}
.chart{display:block;margin:8px 0 4px}
.chart text{font:13px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:var(--ink)}
.chart .count{fill:#fff;font-weight:600;font-size:12px}
.chart .total{fill:var(--muted)}
.chart .track{fill:#f0f2f4}
table{width:100%;border-collapse:collapse;margin:8px 0 16px;font-size:15px}
th{font:600 12px/1.3 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);text-align:left;padding:6px 8px;border-bottom:1px solid var(--ink)}
td{padding:8px;border-bottom:1px solid var(--rule);vertical-align:top}
th.num{text-align:right}
table.grid{table-layout:fixed}
.c-where{width:5.5em}.c-where-wide{width:13em}.c-text{width:46%}.c-status{width:8.5em}
table.grid td.where{white-space:normal;word-break:break-all}
td.where{font:13px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;white-space:nowrap}
td.num{font:13px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--muted);white-space:nowrap;text-align:right}
tr.quiet td{padding-top:4px;padding-bottom:4px;color:var(--muted);font-size:14px}
tr.quiet mark{color:var(--ink)}
mark{background:none;font-weight:700;color:var(--ink);border-bottom:2px solid currentColor}
.pill{display:inline-block;font:600 12px/1 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;padding:4px 8px;border-radius:999px;border:1px solid;white-space:nowrap}
${pills}
.kind{font:12px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--muted)}
.evidence{font-size:14px}
.evidence p{margin:0 0 6px}
.evidence ul{margin:0;padding-left:18px}
.evidence blockquote{margin:2px 0 4px;padding-left:8px;border-left:3px solid var(--rule);color:var(--muted);font-style:italic}
.who{font:12px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--muted)}
.counts{font:14px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--muted);margin:0 0 8px}
.counts .pill{margin-right:4px}
.claim{border:1px solid var(--rule);border-radius:8px;padding:4px 18px 10px;margin:16px 0;break-inside:avoid}
.claim h3{margin-top:14px}
.conflict{background:#fbdcdc;border-left:4px solid #cf3030;padding:8px 12px;margin:8px 0;font-size:15px}
.warning{background:#fff1d6;border-left:4px solid #e0a526;padding:8px 12px;margin:8px 0;font-size:15px}
.muted{color:var(--muted)}
code{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
nav ol{columns:2;font-size:15px;padding-left:20px}
footer{margin-top:48px;color:var(--muted);font-size:13px;border-top:1px solid var(--rule);padding-top:12px}
@media print{
  body{background:none;font-size:11pt}
  main{max-width:none;padding:0}
  h2{break-before:page}
  h2.first{break-before:avoid}
  tr,.claim,.card{break-inside:avoid}
  a{color:inherit;text-decoration:none}
  .evidence a[href]::after{content:" (" attr(href) ")";font-size:9pt;color:var(--muted);word-break:break-all}
  .pill{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .chart rect{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

// The import report as lines for people (CLI stderr, the VS Code output channel).
import type { ImportReport } from './importPlan';

export function importSummary(report: ImportReport, dryRun = false): string[] {
  const lines: string[] = [];
  for (const i of report.imported) lines.push(`${dryRun ? 'would import' : 'imported'} ${i.label} -> ${i.file} (id ${i.id})`);
  for (const r of report.renamed) lines.push(`renamed ${r.label}: id ${r.from} was taken, used ${r.to}`);
  for (const d of report.duplicates) lines.push(`duplicate ${d.label}: same span and status as ${d.article}#${d.existingId}; skipped`);
  for (const c of report.conflicts) lines.push(`conflict ${c.label}: ${c.article}#${c.existingId} has the same span with status ${c.existingStatus}, the import says ${c.status}; skipped (nothing is overwritten)`);
  for (const o of report.orphaned) lines.push(`orphaned ${o.label}${o.article ? ` in ${o.article}` : ''}: ${o.reason}; not imported`);
  for (const v of report.invalid) lines.push(`invalid ${v.label}: ${v.reason}`);
  lines.push(
    `${report.imported.length} ${dryRun ? 'to import' : 'imported'}, ${report.duplicates.length} duplicate, ${report.conflicts.length} conflicting, ${report.orphaned.length} orphaned, ${report.invalid.length} invalid.`,
  );
  return lines;
}

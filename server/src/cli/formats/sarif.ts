// SARIF 2.1.0, so CI code scanning can show FactLens findings on the article lines.
import { CODE_DESCRIPTIONS } from '../../core/codes';
import { ProblemCode } from '../../core/types';
import { CheckReport } from './located';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function formatSarif(report: CheckReport, version: string): string {
  const codes = [...new Set(report.problems.map((p) => p.code))].sort() as ProblemCode[];
  const ruleIndex = new Map(codes.map((c, i) => [c, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'FactLens',
            version,
            rules: codes.map((code) => ({
              id: code,
              shortDescription: { text: CODE_DESCRIPTIONS[code] },
              help: { text: CODE_DESCRIPTIONS[code] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.problems.map((p) => ({
          ruleId: p.code,
          ruleIndex: ruleIndex.get(p.code),
          level: LEVEL[p.severity],
          message: { text: p.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(p.file) },
                region: {
                  startLine: p.line + 1,
                  startColumn: p.character + 1,
                  endLine: p.endLine + 1,
                  endColumn: p.endCharacter + 1,
                  charOffset: p.start,
                  charLength: p.end - p.start,
                },
              },
            },
          ],
          ...(p.data?.related?.length
            ? {
                relatedLocations: p.data.related.map((r, id) => ({
                  id,
                  message: { text: r.message },
                  physicalLocation: { artifactLocation: { uri: encodeURI(r.file) }, region: { charOffset: r.start, charLength: r.end - r.start } },
                })),
              }
            : {}),
          ...(p.data?.annotationId || p.data?.claimId
            ? { properties: { annotationId: p.data.annotationId, claimId: p.data.claimId } }
            : {}),
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

// A small workspace for the read-side protocol tests (hover, lenses, navigation, symbols,
// custom requests): two articles sharing a claim whose mentions disagree (1,200 vs 1,400),
// CRLF line ends and astral emoji before figures, hostile text in sources and notes,
// a source with a javascript: URL, and an orphaned annotation.
import { makeWorkspace, startServer, TestServer } from './lspClient';

export const ALPHA = 'seeds/alpha.txt';
export const BETA = 'seeds/beta.txt';
export const ALPHA_YAML = 'annotations/alpha.yaml';
export const BETA_YAML = 'annotations/beta.yaml';
export const CLAIMS_YAML = 'annotations/claims.yaml';

export const FILES: Record<string, string> = {
  // Line 0 has a flag (two astral code points, 4 UTF-16 units), line 2 starts with 🚑 (2 units); CRLF throughout.
  [ALPHA]:
    'Gaza report 🇵🇸 — summary\r\n' +
    'The ministry said 1,200 people were killed in the first week.\r\n' +
    '🚑 Rescuers counted at least 45 bodies on Wednesday.\r\n' +
    'About 300 aid trucks entered Gaza on Monday.\r\n',
  [BETA]:
    'Later figures differ.\n' +
    'Officials now say 1,400 people were killed in the first week.\n' +
    'Some 300 aid trucks crossed into Gaza, officials said.\n' +
    'The ministry said 1,200 people were killed in the first week, a figure repeated here.\n',
  [ALPHA_YAML]: [
    '# Annotations for alpha (comments survive edits)',
    'annotations:',
    '  - id: toll-alpha',
    '    quote: 1,200 people were killed',
    '    status: disputed',
    '    claim: first-week-toll',
    '    sources:',
    '      - url: https://example.org/report?a=1&b=(2)',
    '        title: "Ministry [report] <b>bold</b> ](command:evil)"',
    '        accessed: 2025-06-01',
    '        quote: "We counted *1,200* <img src=x onerror=alert(1)>"',
    '      - url: "https://example.org/a)](command:evil.run)"',
    '        title: Tricky URL',
    '    note: "<script>alert(1)</script> see [x](command:foo)"',
    '    by: "@rita"',
    '    updated: 2025-06-02',
    '  - id: js-source',
    '    quote: at least 45 bodies',
    '    status: verified',
    '    sources:',
    '      - url: "javascript:alert(1)"',
    '        title: Not a web page',
    '',
  ].join('\n'),
  [BETA_YAML]: [
    'annotations:',
    '  - id: toll-beta',
    '    quote: 1,400 people were killed',
    '    status: unverified',
    '    claim: first-week-toll',
    '  - id: toll-beta-repeat',
    '    quote: 1,200 people were killed in the first week, a figure',
    '    status: verified',
    '    claim: first-week-toll',
    '    sources:',
    '      - url: https://example.org/ministry',
    '        title: Ministry bulletin',
    '  - id: gone',
    '    quote: 9,999 tanks were destroyed',
    '    status: "false"',
    '',
  ].join('\n'),
  [CLAIMS_YAML]: [
    'claims:',
    '  first-week-toll:',
    '    statement: Deaths in the first week of the war',
    '    verdict: disputed',
    '  unused-claim:',
    '    statement: Nobody links to this one',
    '',
  ].join('\n'),
};

/** Starts the server on a fresh copy of the workspace and waits until every article is indexed. */
export async function startReadSide(): Promise<TestServer> {
  const server = await startServer(makeWorkspace(FILES));
  // Opening every file indexes it at once, independent of the background pass and its timing;
  // the YAML files first, as an editor restoring its tabs might.
  for (const rel of [CLAIMS_YAML, ALPHA_YAML, BETA_YAML, BETA, ALPHA]) await server.open(rel, FILES[rel]);
  await server.waitForDiagnostics(server.uri(BETA), (d) => d.length > 0);
  await server.waitForDiagnostics(server.uri(ALPHA), (d) => d.length > 0);
  return server;
}

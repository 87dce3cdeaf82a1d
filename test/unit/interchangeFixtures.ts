// A small workspace for the interchange tests: an article with an emoji, curly quotes,
// a dash and CRLF line breaks before its figures; every status; a claim shared by two
// articles (with conflicting figures); sources with title, accessed date and passage.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FactWorkspace } from '../../server/src/core/workspace';

export const ARTICLE_A =
  'Officials 😀 said at least 45 people were killed on October 7.\r\n' +
  'A “reported” 2.3 million residents fled — some 1,200 returned.\r\n' +
  'The 🇵🇸 ministry said 1,200 were killed; the UN said it could not verify this.\r\n';
export const ARTICLE_B = 'Another report says 1,400 were killed, and 45 people died in the first strike.\n';

export const YAML_A = `# Hand-written notes stay when FactLens adds annotations.
annotations:
  - id: killed-45
    quote: "at least 45 people"
    prefix: "said "
    suffix: " were killed"
    status: verified
    sources:
      - url: https://example.org/report
        title: "Ministry report: “45”"
        accessed: 2024-05-01
        quote: "At least 45 people died."
    note: "Two sources agree.\\nSecond line."
    by: Ana
    updated: 2024-05-02
  - id: residents
    quote: "2.3 million residents"
    status: misleading
    note: Refers to the whole region.
  - id: returned # a comment on the id
    quote: "some 1,200 returned"
    status: false
  - id: toll-a
    quote: "1,200 were killed"
    status: disputed
    claim: death-toll
    by: Ben
    updated: 2024-06-10
  - id: date
    quote: "October 7"
    status: not-a-claim
  - id: gone
    quote: "this sentence was deleted"
    status: verified
`;
export const YAML_B = `annotations:
  - id: toll-b
    quote: "1,400 were killed"
    status: unverified
    claim: death-toll
`;
export const CLAIMS = `claims:
  death-toll:
    statement: The attack killed about 1,200 people.
    verdict: disputed
    note: Counts differ between the ministry and the UN.
    sources:
      - url: https://example.org/un
        title: UN casualty update
  hostages:
    statement: About 250 people were taken hostage.
`;

export const FILES: Record<string, string> = {
  'seeds/a.txt': ARTICLE_A,
  'seeds/b.txt': ARTICLE_B,
  'annotations/a.yaml': YAML_A,
  'annotations/b.yaml': YAML_B,
  'annotations/claims.yaml': CLAIMS,
};

export function fixtureWorkspace(files: Record<string, string> = FILES): FactWorkspace {
  const ws = new FactWorkspace();
  for (const [p, text] of Object.entries(files)) {
    if (p.endsWith('.txt')) ws.setArticle(p, text);
    else ws.setAnnotationFile(p, text);
  }
  ws.flush();
  return ws;
}

/** The same files on disk, in a temp folder. */
export function fixtureFolder(files: Record<string, string> = FILES): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-interchange-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

// The prompt rules of the VS Code client (no `vscode` needed): run with plain mocha.
import * as assert from 'assert';
import { suggestClaimId, today, validateClaimId, validateSourceUrl } from '../../../client/src/validation';

describe('client validation', () => {
  it('accepts http and https sources and refuses other schemes', () => {
    assert.strictEqual(validateSourceUrl('https://example.org/report?id=1', true), undefined);
    assert.strictEqual(validateSourceUrl('  http://example.org ', true), undefined);
    for (const bad of ['javascript:alert(1)', 'command:workbench.action.quit', 'file:///etc/passwd', 'data:text/html,x', 'ftp://example.org']) {
      assert.match(validateSourceUrl(bad, false) ?? '', /http/, bad);
    }
    assert.match(validateSourceUrl('example.org/report', false) ?? '', /full address/);
  });

  it('requires a source only when asked to (verified)', () => {
    assert.strictEqual(validateSourceUrl('', false), undefined);
    assert.match(validateSourceUrl('  ', true) ?? '', /needs a source/);
  });

  it('checks claim ids like the schema and refuses existing ones', () => {
    assert.strictEqual(validateClaimId('gaza-death-toll', []), undefined);
    assert.strictEqual(validateClaimId('un.2735_vote', []), undefined);
    assert.match(validateClaimId('Gaza Toll', []) ?? '', /lower-case/);
    assert.match(validateClaimId('-x', []) ?? '', /lower-case/);
    assert.match(validateClaimId('gaza-death-toll', ['gaza-death-toll']) ?? '', /exists already/);
    assert.match(validateClaimId('', []) ?? '', /Enter/);
  });

  it('suggests claim ids from the annotated text, with curly quotes, dashes and emoji dropped', () => {
    assert.strictEqual(suggestClaimId('at least 45 Palestinians'), 'at-least-45-palestinians');
    assert.strictEqual(suggestClaimId('“surpassed 40,000” — 🇵🇸 officials'), 'surpassed-40-000-officials');
    assert.strictEqual(suggestClaimId('Café 2.3 million'), 'cafe-2-3-million');
    assert.strictEqual(suggestClaimId('x'.repeat(60)).length, 48);
  });

  it('writes today as YYYY-MM-DD in local time', () => {
    assert.strictEqual(today(new Date(2025, 0, 9, 23, 59)), '2025-01-09');
  });
});

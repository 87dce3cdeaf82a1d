// server/src/markdown.ts: user text can never become a link, a command or HTML in a hover.
import * as assert from 'assert';
import * as md from '../../server/src/markdown';

describe('hover markdown', () => {
  it('links only http and https URLs', () => {
    assert.strictEqual(md.webLink('Report', 'https://example.org/a?b=1'), '[Report](https://example.org/a?b=1)');
    assert.strictEqual(md.webLink('Old', 'HTTP://Example.org'), '[Old](http://example.org/)');
    for (const url of ['command:workbench.action.terminal.new', 'javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', 'vscode://x', 'not a url']) {
      const out = md.webLink('Title', url);
      assert.ok(!out.includes(']('), `${url} became a link: ${out}`);
      assert.ok(out.endsWith(', not a web link)'), out);
    }
    assert.strictEqual(md.webLink('T', 'javascript:alert(1)'), 'T (javascript\\:alert\\(1\\), not a web link)');
  });

  it('keeps a URL that tries to close the link early inside one link', () => {
    assert.strictEqual(
      md.webLink('x', 'https://example.org/a)](command:evil) "t"'),
      '[x](https://example.org/a%29%5D%28command:evil%29%20%22t%22)',
    );
  });

  it('escapes Markdown and HTML in user text and flattens its lines', () => {
    assert.strictEqual(md.text('<script>alert(1)</script>'), '&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    assert.strictEqual(md.text('[x](command:foo)'), '\\[x\\]\\(command\\:foo\\)');
    assert.strictEqual(md.text('*a* _b_ `c` # d\r\n> e &amp;'), '\\*a\\* \\_b\\_ \\`c\\` \\# d &gt; e &amp;amp;');
    assert.strictEqual(md.text('“1,200” — 👍🏽'), '“1,200” — 👍🏽');
  });

  it('quotes each line of a passage separately, escaped', () => {
    assert.strictEqual(md.quote('one <b>\r\n\r\ntwo*'), '> one &lt;b&gt;\n>\n> two\\*');
  });

  it('links only to file: URIs the server made', () => {
    assert.strictEqual(md.fileLink('a.txt:3', 'file:///w/my (1).txt#L3'), '[a\\.txt\\:3](file:///w/my%20%281%29.txt#L3)');
    assert.strictEqual(md.fileLink('x', 'command:foo'), 'x');
  });

  it('puts ids in code spans without letting backticks out', () => {
    assert.strictEqual(md.code('a`b'), "`a'b`");
  });
});

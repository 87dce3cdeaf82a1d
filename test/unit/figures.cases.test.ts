// Figure detection, case by case: each row is a text and the exact list of figures
// it must yield (nothing more). Offsets are found from the expected text (searching
// after the previous figure) unless a row gives `start`, as the CRLF and emoji rows do.
import * as assert from 'assert';
import { detectFigures } from '../../server/src/core/figures';
import type { Figure } from '../../server/src/core/types';

/** A figure as the row expects it; `start` only where searching the text would be ambiguous. */
type Expect = Omit<Figure, 'start' | 'end'> & { start?: number };
type Row = [name: string, text: string, figures: Expect[]];

const count = (text: string, value: number, qualifier?: string): Expect => ({ text, value, kind: 'count', qualifier });
const dur = (text: string, value: number, unit: string, qualifier?: string): Expect => ({ text, value, kind: 'duration', unit, qualifier });
const pct = (text: string, value: number, qualifier?: string): Expect => ({ text, value, kind: 'percent', unit: 'percent', qualifier });
const money = (text: string, value: number, unit: string, qualifier?: string): Expect => ({ text, value, kind: 'money', unit, qualifier });
const ratio = (text: string, value: number): Expect => ({ text, value, kind: 'ratio' });
const range = (text: string, low: number, high: number, unit?: string, qualifier?: string): Expect => ({ text, value: null, kind: 'range', low, high, unit, qualifier });
const date = (text: string, unit?: string): Expect => ({ text, value: null, kind: 'date', unit });

const ROWS: Row[] = [
  // Digits, separators, decimals, scale words
  ['thousands separators', 'The toll passed 40,000 and then 1,206.', [count('40,000', 40000), count('1,206', 1206)]],
  ['decimal with million', 'Most of its 2.3 million residents fled.', [count('2.3 million', 2300000)]],
  ['billion and bn', 'It cost 4 billion, later 1.5bn more.', [count('4 billion', 4e9), count('1.5bn', 1.5e9)]],
  ['plain integer', 'Rockets hit 100 Israeli towns.', [count('100', 100)]],
  ['long digit runs are not figures', 'Ref 12345678901234567890123 was filed.', []],
  // Number words
  ['single number word', 'A bomb killed seven Israeli soldiers.', [count('seven', 7)]],
  ['hyphenated tens', 'Some twenty-five people were hurt.', [count('twenty-five', 25, 'some')]],
  ['hundred and', 'They freed two hundred and fifty prisoners.', [count('two hundred and fifty', 250)]],
  ['a dozen', 'A dozen trucks crossed.', [count('A dozen', 12)]],
  ['a million', 'Nearly a million people are displaced.', [count('a million', 1e6, 'nearly')]],
  ['half a million', 'Half a million people fled.', [count('Half a million', 500000)]],
  ['word number with scale', 'Two million people live there.', [count('Two million', 2e6)]],
  ['repeated words stop at grammar', 'seven seven', [count('seven', 7), count('seven', 7)]],
  // Hyphenated adjectives and durations
  ['60-day', 'a 60-day ceasefire', [dur('60-day', 60, 'day')]],
  ['six-week', 'a six-week truce', [dur('six-week', 6, 'week')]],
  ['12-day war', 'the 12-day war ended', [dur('12-day', 12, 'day')]],
  ['duration words', 'It took four days and then 15 months.', [dur('four days', 4, 'day'), dur('15 months', 15, 'month')]],
  ['duration hours', 'Talks lasted 36 hours.', [dur('36 hours', 36, 'hour')]],
  ['age', 'a 50-year-old man', [{ text: '50-year-old', value: 50, kind: 'count', unit: 'year-old' }]],
  ['compound adjectives are not figures', 'A two-state solution and a one-sided deal in three-way talks.', []],
  // Percentages
  ['percent sign', 'Turnout was 80%.', [pct('80%', 80)]],
  ['percent word', 'About 90 percent of homes.', [pct('90 percent', 90, 'about')]],
  ['per cent in words', 'ninety per cent of them', [pct('ninety per cent', 90)]],
  ['decimal percent', 'Prices rose 5.5% last year.', [pct('5.5%', 5.5)]],
  ['percentage points', 'down 3 percentage points', [{ text: '3 percentage points', value: 3, kind: 'percent', unit: 'percentage point' }]],
  // Money
  ['dollars with billion', 'The US sent $53 billion in aid.', [money('$53 billion', 53e9, 'USD')]],
  ['pounds attached bn', 'a £1.2bn fund', [money('£1.2bn', 1.2e9, 'GBP')]],
  ['euro attached m', 'a €5m grant', [money('€5m', 5e6, 'EUR')]],
  ['currency code', 'USD 5 million was pledged', [money('USD 5 million', 5e6, 'USD')]],
  ['currency word', 'worth 53 billion dollars', [money('53 billion dollars', 53e9, 'USD')]],
  ['qualified money', 'more than $2 million', [money('$2 million', 2e6, 'USD', 'more than')]],
  ['5 m is not money', 'a 5 m wall', [count('5', 5)]],
  // Ranges
  ['digit range', '10-15 trucks', [range('10-15', 10, 15)]],
  ['word range with unit', 'in two or three days', [range('two or three days', 2, 3, 'day')]],
  ['to range with unit', 'from 5 to 10 years', [range('5 to 10 years', 5, 10, 'year')]],
  ['between and', 'between 10 and 15 people', [range('10 and 15', 10, 15, undefined, 'between')]],
  ['money range shares scale', 'aid of $10-15 billion', [range('$10-15 billion', 10e9, 15e9, 'USD')]],
  ['percent range', 'a 10-15% rise', [range('10-15%', 10, 15, 'percent')]],
  ['score is not a range', 'They won 3-2 in the 2023-24 season.', []],
  ['and without between is two counts', 'killed 10 and 15 injured', [count('10', 10), count('15', 15)]],
  // Fractions and ratios
  ['two-thirds', 'Two-thirds of residents fled.', [ratio('Two-thirds', 0.667)]],
  ['three quarters', 'three quarters of the city', [ratio('three quarters', 0.75)]],
  ['3 in 4', '3 in 4 households lack water', [ratio('3 in 4', 0.75)]],
  ['nine in ten', 'nine in ten children', [ratio('nine in ten', 0.9)]],
  ['one out of five', 'one out of five homes', [ratio('one out of five', 0.2)]],
  ['half of', 'half of the population', [ratio('half', 0.5)]],
  ['a third of', 'a third of homes', [ratio('a third', 0.333)]],
  ['in with a year is not a ratio', 'Killed 5 in 2023.', [count('5', 5), date('2023', 'year')]],
  // Dates
  ['month day', 'the assault on October 7, 2023 and after October 7', [date('October 7, 2023'), date('October 7')]],
  ['month day year', 'signed January 19, 2025.', [date('January 19, 2025')]],
  ['day month year', 'since 7 October 2023', [date('7 October 2023')]],
  ['abbreviated month with ordinal', 'on Oct. 7th', [date('Oct. 7th')]],
  ['month year', 'in May 2024', [date('May 2024')]],
  ['numeric dates', 'on 2023-10-07 and 7/10/2023', [date('2023-10-07'), date('7/10/2023')]],
  ['lowercase may is not a month', 'they may 5 times', [count('5', 5)]],
  ['year after preposition', 'Since 2014 and in mid-2024', [date('2014', 'year'), date('2024', 'year')]],
  // Qualifiers
  ['at least', 'At least 45 Palestinians died.', [count('45', 45, 'at least')]],
  ['over capitalised', 'Over 1,200 Israelis were killed.', [count('1,200', 1200, 'over')]],
  ['around', 'around 250 hostages', [count('250', 250, 'around')]],
  ['only', 'with only 100 being released', [count('100', 100, 'only')]],
  ['surpassed', 'the toll surpassed 40,000', [count('40,000', 40000, 'surpassed')]],
  ['fewer than / up to / roughly', 'fewer than 10, up to 30, roughly 12',
    [count('10', 10, 'fewer than'), count('30', 30, 'up to'), count('12', 12, 'roughly')]],
  ['as many as / approximately / almost', 'as many as 20, approximately 5, almost 9',
    [count('20', 20, 'as many as'), count('5', 5, 'approximately'), count('9', 9, 'almost')]],
  ['qualifier across a verb for durations', 'a truce that had only barely held for two days', [dur('two days', 2, 'day', 'only barely')]],
  ['no qualifier across an article', 'Over the two days of talks', [dur('two days', 2, 'day')]],
  ['qualifier needs a word boundary', 'Moreover 5 died.', [count('5', 5)]],
  // Not figures: numbering, identifiers, names, phones, clocks, idioms, ordinals
  ['list numbering at line start', '1. First\nII. Second\n  2) Third', []],
  ['line-start decimal is a figure', '2.3 million people', [count('2.3 million', 2300000)]],
  ['identifiers', 'Under Section 2.1 and Article 37 of Resolution 2735, Phase 1, Route 60, room 101, version 3.2.', []],
  ['identifier words', 'Chapter 11, No. 10, #5, Phase One', []],
  ['no without period is not an identifier', 'no 5 ways', [count('5', 5)]],
  ['names with digits', 'The G7, COVID-19, the F-16, an A320 and MH17.', []],
  ['phone numbers', 'Call +1 202-555-0123, (020) 7946 0958 or 202-555-0199.', []],
  ['clock times', 'At 10:30, at 3 p.m., at 5pm, at three o\'clock.', []],
  ['ordinals and suffixes', 'The 19th century, 3D films, 5G, the 1990s, 24/7.', []],
  ['versions', 'Release 3.2.1 shipped.', []],
  ['one idioms', 'It is one of the most brutal wars. No one knows. The one in Gaza. They blame one another.', []],
  ['one as a count', 'One hostage and only one.', [count('One', 1), count('one', 1, 'only')]],
  ['ordinal words and weekdays', 'The first wave on the second day, on Tuesday.', []],
  ['vague plurals', 'Thousands of people, tens of thousands, dozens.', []],
  // Positions
  ['CRLF line endings', 'Line one\r\n1. item\r\nKilled 45 people.\r\n', [{ ...count('45', 45), start: 26 }]],
  ['emoji before a figure', '🔥🔥 At least 45 died', [{ ...count('45', 45, 'at least'), start: 14 }]],
  ['curly quotes and dashes', '“Over 1,200” – and 2.3 million', [count('1,200', 1200, 'over'), count('2.3 million', 2300000)]],
  ['non-breaking space', 'around\u00a0250\u00a0million', [count('250\u00a0million', 250e6, 'around')]],
  ['non-breaking spaces inside a qualifier', 'at\u00a0least\u00a045 died', [count('45', 45, 'at least')]],
  ['letters outside ASCII do not glue to digits', 'Über 45 Menschen, café 12 and naïve 7.', [count('45', 45), count('12', 12), count('7', 7)]],
  ['curly apostrophes before a figure', 'It’s 5 or rock’n’roll 12; he’s over 30', [count('5', 5), count('12', 12), count('30', 30, 'over')]],
  ['CRLF before a qualifier', 'Killed 45 people.\r\nAt least 12 more.\r\n', [count('45', 45), count('12', 12, 'at least')]],
  ['emoji after a figure', '👍 5 people 🎉 and 7🔥', [count('5', 5), count('7', 7)]],
  // Case: number words, qualifiers and articles match in any case; month names only capitalised
  ['upper-case month names are not months', 'OCTOBER 7 and MAY 2024 but October 7', [count('7', 7), date('2024', 'year'), date('October 7')]],
  ['upper-case number words', 'TWO MILLION people, A DOZEN eggs, HALF OF them, A Third of homes',
    [count('TWO MILLION', 2e6), count('A DOZEN', 12), ratio('HALF', 0.5), ratio('A Third', 0.333)]],
  ['qualifiers in any case', 'At Least 10, Approximately 12, UP TO 30, No More Than 5',
    [count('10', 10, 'at least'), count('12', 12, 'approximately'), count('30', 30, 'up to'), count('5', 5, 'no more than')]],
  ['upper-case duration with a qualifier across a verb', 'only barely held for TWO DAYS', [dur('TWO DAYS', 2, 'day', 'only barely')]],
  ['abbreviated months', 'Sept 5, Sep 5, Sept. 5th, sept 5, 5 of October, 21st March 2024',
    [date('Sept 5'), date('Sep 5'), date('Sept. 5th'), count('5', 5), date('5 of October'), date('21st March 2024')]],
  ['identifiers in any case', 'Article 5, ARTICLE 5, No. 5, NO. 5, # 5, Fig. 3', []],
  // Articles before scale words
  ['articles before scale words', 'a hundred and five, an hundred, a \u00a0dozen', [count('a hundred', 100), count('five', 5), count('an hundred', 100), count('a \u00a0dozen', 12)]],
  ['articles glued to other words are not numbers', 'x-a hundred, 5a hundred, _a dozen, a hundreds, a dozens', []],
  // Digits: thousands groups, decimals, long runs
  ['broken thousands groups are not figures', 'codes 1,234,5678 and 12,34 here', []],
  ['decimals, commas and scales', '3.14159 and 0.5% and 1,000.50 dollars and $2.5bn and 1.5 million',
    [count('3.14159', 3.14159), pct('0.5%', 0.5), money('1,000.50 dollars', 1000.5, 'USD'), money('$2.5bn', 2.5e9, 'USD'), count('1.5 million', 1.5e6)]],
  ['seventeen digits are parsed, not summed', 'a run of 12345678901234567 units', [count('12345678901234567', 12345678901234568)]],
  // Text that starts or ends with a figure
  ['text that is one figure', '45', [count('45', 45)]],
  ['text that is one number word', 'seven', [count('seven', 7)]],
  ['text starting and ending with figures', 'twenty-five people died in 2023', [count('twenty-five', 25), date('2023', 'year')]],
];

function expected(text: string, rows: Expect[]): Figure[] {
  let from = 0;
  return rows.map((e) => {
    const start = e.start ?? text.indexOf(e.text, from);
    assert.ok(start >= 0, `expected text "${e.text}" is not in the row`);
    from = start + e.text.length;
    const f: Figure = { start, end: start + e.text.length, text: e.text, value: e.value, kind: e.kind };
    if (e.qualifier !== undefined) f.qualifier = e.qualifier;
    if (e.unit !== undefined) f.unit = e.unit;
    if (e.low !== undefined) f.low = e.low;
    if (e.high !== undefined) f.high = e.high;
    return f;
  });
}

describe('figures: cases', () => {
  for (const [name, text, figures] of ROWS) {
    it(name, () => {
      const got = detectFigures(text).map((f) => ({ ...f }));
      assert.deepStrictEqual(got, expected(text, figures));
    });
  }

  // Linear-time guards: these assert completion, not speed; the generous timeout keeps a busy machine from failing them.
  it('finishes on a 1 MB line of digits', function () {
    this.timeout(60000);
    const figures = detectFigures('7'.repeat(1 << 20));
    assert.deepStrictEqual(figures, []);
  });

  it('finishes on 1 MB of "one one one"', function () {
    this.timeout(60000);
    const figures = detectFigures('one '.repeat(1 << 18));
    assert.ok(figures.length <= 1);
  });

  it('finishes on 1 MB of repeated separators and digits', function () {
    this.timeout(60000);
    const text = '1,000,'.repeat(1 << 17) + ' 1-2-3-'.repeat(1 << 15) + 'one-'.repeat(1 << 16);
    assert.ok(Array.isArray(detectFigures(text)));
  });

  it('is stateless between calls', () => {
    const text = 'At least 45 died on October 7.';
    assert.deepStrictEqual(detectFigures(text), detectFigures(text));
    detectFigures('7'.repeat(100));
    assert.strictEqual(detectFigures(text).length, 2);
  });
});

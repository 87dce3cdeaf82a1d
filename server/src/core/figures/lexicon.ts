// Word tables for figure detection: number words, scales, time units, months,
// currencies. Kept as plain maps so the scanner does one lookup per word.

/** How a number word combines with its neighbours ("twenty-five", "two hundred and fifty"). */
export type WordRole = 'unit' | 'teen' | 'tens' | 'hundred' | 'scale';

export interface NumberWord {
  value: number;
  role: WordRole;
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export const NUMBER_WORDS = new Map<string, NumberWord>();
UNITS.forEach((w, i) => NUMBER_WORDS.set(w, { value: i, role: 'unit' }));
TEENS.forEach((w, i) => NUMBER_WORDS.set(w, { value: 10 + i, role: 'teen' }));
TENS.forEach((w, i) => NUMBER_WORDS.set(w, { value: 20 + 10 * i, role: 'tens' }));
NUMBER_WORDS.set('hundred', { value: 100, role: 'hundred' });
NUMBER_WORDS.set('thousand', { value: 1e3, role: 'scale' });
NUMBER_WORDS.set('million', { value: 1e6, role: 'scale' });
NUMBER_WORDS.set('billion', { value: 1e9, role: 'scale' });
NUMBER_WORDS.set('trillion', { value: 1e12, role: 'scale' });

/** Scale words after digits: "2.3 million", "$53bn". */
/** Scale words after digits ("2.3 million", "$53bn") to powers of ten, so "2.3e6" parses exactly. */
export const DIGIT_SCALES = new Map<string, number>([
  ['thousand', 3], ['million', 6], ['billion', 9], ['trillion', 12],
  ['bn', 9], ['mn', 6], ['tn', 12], ['m', 6], ['k', 3], ['b', 9],
]);
/** Short scales that only count after a currency ("$5m"), since "5 m" may be metres. */
export const MONEY_ONLY_SCALES = new Set(['m', 'k', 'b']);

/** Denominators of fraction words: "two-thirds", "three quarters". */
export const FRACTIONS = new Map<string, number>([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4],
  ['fourth', 4], ['fourths', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6],
  ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9],
  ['tenth', 10], ['tenths', 10],
]);

/** Time units, plural or singular, to their singular form (the figure's `unit`). */
export const TIME_UNITS = new Map<string, string>();
for (const u of ['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade']) {
  TIME_UNITS.set(u, u);
  TIME_UNITS.set(u + 's', u);
}
TIME_UNITS.set('century', 'century');
TIME_UNITS.set('centuries', 'century');

/** Capitalised month names; abbreviations may take a period ("Oct. 7"). */
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])';

/** Currency signs before a number and currency words after it, to ISO codes. */
export const CURRENCY_SIGNS = new Map<string, string>([
  ['$', 'USD'], ['US$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₪', 'ILS'], ['₹', 'INR'],
  ['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['ILS', 'ILS'],
]);
export const CURRENCY_WORDS = new Map<string, string>([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['pound', 'GBP'],
  ['pounds', 'GBP'], ['shekel', 'ILS'], ['shekels', 'ILS'], ['yen', 'JPY'], ['rupees', 'INR'],
]);

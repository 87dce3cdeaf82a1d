// Sentence templates for synthetic news articles. Each returns the sentence and the
// quotable figure phrases in it (exact substrings an annotation can anchor to), so
// generated annotations always start out anchored. Templates mix digits, number words,
// money, percentages, dates, durations, ranges, fractions, and the identifiers and
// names with digits that are *not* figures (Resolution 2735, Route 60, G7, 14:30).

const PLACES = ['Gaza', 'Rafah', 'Khan Younis', 'the West Bank', 'Jenin', 'Beirut', 'southern Lebanon', 'Cairo', 'Doha', 'Amman', 'Haifa', 'Sderot'];
const ACTORS = ['the health ministry', 'the United Nations', 'UNRWA', 'the World Food Programme', 'Israeli officials', 'Hamas officials', 'Egyptian mediators', 'the Red Crescent', 'local journalists', 'the State Department', 'Qatari negotiators', 'aid agencies'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'twenty-five', 'forty', 'a dozen', 'two hundred and fifty'];
const QUALIFIERS = ['at least ', 'more than ', 'nearly ', 'around ', 'about ', 'over ', 'some ', ''];
const COUNT_SUBJECTS = [
  ['people were killed', 'killed'], ['civilians were wounded', 'wounded'], ['aid trucks entered', 'trucks'], ['hostages were released', 'hostages'],
  ['prisoners were freed', 'prisoners'], ['families were displaced', 'displaced'], ['schools were damaged', 'schools'], ['homes were destroyed', 'homes'],
  ['rockets were fired', 'rockets'], ['medical staff were evacuated', 'medics'], ['tonnes of flour were delivered', 'flour'], ['patients were transferred', 'patients'],
];
const FILLER = [
  'Diplomats described the atmosphere as tense but constructive.',
  'Residents said the situation remained uncertain as night fell.',
  'The talks are expected to continue later in the week, according to people familiar with them.',
  'Neither side commented on the reports when contacted.',
  'Observers cautioned that previous agreements had collapsed within days.',
  'Aid workers said access to the north remained severely restricted.',
  'The statement did not say how the figures had been compiled.',
  '“We are doing everything we can,” a spokesperson said, declining to give details.',
  'Analysts say the coming days will test the fragile understanding — and the patience of both sides.',
  'Hospitals in the area reported shortages of fuel, medicine and clean water.',
];

const fmt = (n) => n.toLocaleString('en-US');

/** Each template: (r) => { text, quotes: string[] } with every quote a substring of text. */
export const TEMPLATES = [
  (r) => {
    const [subject] = r.pick(COUNT_SUBJECTS);
    const q = `${r.pick(QUALIFIERS)}${fmt(r.int(2, 40) * r.pick([1, 10, 100]))} ${subject}`;
    return { text: `In ${r.pick(PLACES)}, ${q} on ${r.pick(DAYS)}, ${r.pick(ACTORS)} said.`, quotes: [q] };
  },
  (r) => {
    const q = `$${r.int(2, 90)} ${r.pick(['million', 'billion'])}`;
    return { text: `Donors pledged ${q} in reconstruction aid, while ${r.pick(ACTORS)} warned that needs would exceed that sum.`, quotes: [q] };
  },
  (r) => {
    const q = `${r.int(5, 95)}${r.pick(['%', ' percent'])}`;
    return { text: `Roughly ${q} of the population now depends on food assistance, according to ${r.pick(ACTORS)}.`, quotes: [q] };
  },
  (r) => {
    const q = `${r.pick(MONTHS)} ${r.int(1, 28)}, ${r.int(2019, 2025)}`;
    return { text: `The agreement, first drafted on ${q}, was never fully implemented.`, quotes: [q] };
  },
  (r) => {
    const n = r.pick(WORDS);
    const q = `${n} ${r.pick(['days', 'weeks', 'months'])}`;
    return { text: `The truce held for ${q} before fighting resumed near ${r.pick(PLACES)}.`, quotes: [q] };
  },
  (r) => {
    const q = `${r.int(2, 30)}-day`;
    return { text: `Negotiators proposed a ${q} pause to allow the exchange of prisoners.`, quotes: [q] };
  },
  (r) => {
    const low = r.int(10, 60);
    const q = `${low}-${low + r.int(5, 30)}`;
    return { text: `Officials estimated that ${q} buildings were hit overnight.`, quotes: [q] };
  },
  (r) => {
    const q = r.pick(['two-thirds', 'three in four', 'nine in ten', 'a third', 'half']);
    return { text: `Surveys suggest ${q} of households have been displaced at least once.`, quotes: [q] };
  },
  (r) => ({
    text: `Under Resolution ${r.int(2400, 2799)}, adopted by the Security Council, all parties must allow aid along Route ${r.int(4, 90)}.`,
    quotes: [],
  }),
  (r) => ({
    text: `Leaders of the G7 discussed the crisis at ${r.int(10, 20)}:${r.pick(['00', '15', '30', '45'])} local time, citing Article ${r.int(2, 60)} of the charter.`,
    quotes: [],
  }),
  (r) => {
    const q = `${fmt(r.int(1, 60) * 1000)} tonnes`;
    return { text: `Since the crossing reopened, ${q} of aid has passed through, ${r.pick(ACTORS)} said, well short of the ${fmt(r.int(100, 600))} trucks a day needed.`, quotes: [q] };
  },
  (r) => {
    const q = `${r.pick(WORDS)} ${r.pick(['ambulances', 'journalists', 'aid workers', 'soldiers'])}`;
    return { text: `${r.pick(ACTORS).replace(/^./, (c) => c.toUpperCase())} confirmed that ${q} had been killed since ${r.pick(MONTHS)}.`, quotes: [q] };
  },
  (r) => ({ text: r.pick(FILLER), quotes: [] }),
  (r) => ({ text: r.pick(FILLER), quotes: [] }),
  (r) => ({ text: `The COVID-19 field hospital in ${r.pick(PLACES)} has been converted into a shelter.`, quotes: [] }),
];

export const HEADINGS = ['Background', 'On the ground', 'Diplomacy', 'Humanitarian situation', 'Reactions', 'What comes next', 'The numbers', 'Regional impact'];

/** A claim sentence: the same subject and (usually) value in several articles. */
export function claimSentence(claim, value) {
  const q = `${fmt(value)} ${claim.subject}`;
  return { text: `According to ${claim.actor}, ${q} ${claim.when}.`, quote: q };
}

export const CLAIM_SUBJECTS = COUNT_SUBJECTS;
export { ACTORS, MONTHS, fmt };

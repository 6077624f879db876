import { formatDuration, type PitchMessages } from './pitch-messages.ts';

const q = (text: string) => `“${text}”`;

/** Suggestions in English. */
export const englishMessages: PitchMessages = {
  empty: ({ targetWords, targetSeconds }) =>
    `There is no text to analyse yet. Write your pitch in 3 to 5 short sentences, about ${targetWords} words for ${targetSeconds} s, saying whom you help, the problem you solve, the result they get, one proof, what makes you different and what you are looking for.`,
  missingPart: {
    audience: 'Say whom you help, precisely: not “businesses” but “dental clinics in Leeds” or “freelancers who bill by the hour”.',
    problem: 'Name the problem you solve in your client’s words: “they lose ten hours a month on invoices”, “bookings slip away at night”.',
    result: 'Say what your clients get thanks to you, a result people notice: “they get paid in 15 days”, “their Tuesday diary fills up”.',
    proof: 'Add one proof: a number, a named client or a real case (“I won back 40 patients for Smile Clinic in three months”).',
    difference: 'Say what makes you different from the alternatives: “Unlike a big agency, I visit your premises every week”.',
    ask: 'End with a specific ask, whom you want to meet: “Do you know a restaurant owner in Leeds? I’d love an introduction”.',
  },
  otherLanguage: (detected) =>
    detected === 'es'
      ? 'This text looks Spanish, but you are analysing it as English. Analyse it as Spanish, or write it in English, so that the suggestions are useful.'
      : 'This text does not look English or Spanish, the two languages the analysis understands. Write your pitch in English (or analyse it as Spanish) so that the suggestions are useful.',
  tooShort: ({ words, seconds, targetWords, targetSeconds }) =>
    `At ${words} words (${formatDuration(seconds)}) your pitch is too short for ${targetSeconds} s: aim for about ${targetWords} words and add what is missing (whom you help, the result, a proof, your ask).`,
  tooLong: ({ words, seconds, targetWords, targetSeconds }) =>
    `Your pitch has ${words} words (${formatDuration(seconds)} spoken) and is meant for ${targetSeconds} s: cut it to about ${targetWords} words. Keep whom you help, the result, one proof and your ask.`,
  longSentence: (quote, words) =>
    `This sentence has ${words} words: ${q(quote)}. Split it into sentences of fewer than 20 words; spoken aloud they are far easier to follow.`,
  buzzPhrase: (quote) =>
    `${q(quote)} is jargon your listener has heard a thousand times and will not remember. Say exactly what you do, in your client’s words.`,
  vaguePhrase: (quote) =>
    `${q(quote)} says nothing anyone can check. Replace it with a number, a client or a specific result.`,
  selfFocus: (quote) =>
    `${q(quote)} is about you. Turn it towards your listener and what they gain: “If you run a clinic…”, “You get…”, “Do you know…?”.`,
  noListener:
    'Talk to your listener: a question or a “you” (“Do you know how many hours you lose on…?”) makes them part of the conversation.',
  noNumbers: (quote) =>
    quote
      ? `${q(quote)}: by how much? Give it a number or a time frame, for example “30% fewer late payments in three months”.`
      : 'Add at least one number: how much, how many or how fast (“I win back 15 hours a month”).',
  noTimeFrame: 'Say how soon the result shows: “within three months”, “every week”.',
  noNamedClient: 'Name a client or a real case (with their permission): a name sticks far better than “many clients”.',
  vagueAsk: (quote) =>
    `${q(quote)} is too general an ask: nobody thinks of a name when they hear it. Say exactly whom you want to meet (sector, role, area).`,
};

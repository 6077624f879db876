import type { PitchVocabulary } from './vocabulary.ts';

/** English word lists for the pitch analysis. Add phrases freely: matching ignores case and accents. */
export const english: PitchVocabulary = {
  stopWords: [
    'the', 'of', 'and', 'to', 'a', 'in', 'is', 'you', 'that', 'it', 'he', 'was', 'for', 'on', 'are', 'as', 'with',
    'his', 'they', 'i', 'at', 'be', 'this', 'have', 'from', 'or', 'one', 'had', 'by', 'but', 'not', 'what',
    'all', 'were', 'we', 'when', 'your', 'can', 'there', 'an', 'which', 'their', 'if', 'do', 'will', 'each',
    'about', 'how', 'up', 'out', 'them', 'then', 'she', 'many', 'some', 'so', 'these', 'would', 'other', 'into',
    'has', 'more', 'her', 'like', 'him', 'could', 'no', 'my', 'than', 'been', 'who', 'its', 'now', 'our', 'me',
    "i'm", "we're", "you're", 'am', 'any', 'just', 'also', 'very', 'get', 'us',
  ],
  buzzPhrases: [
    'synerg*', '360-degree', '360°', '360º', 'win-win', 'innovative', 'innovation', 'cutting-edge',
    'state-of-the-art', 'disrupt*', 'game changer', 'game-changing', 'next level', 'paradigm*', 'leverag*',
    'seamless*', 'robust', 'scalable solutions', 'holistic', 'ecosystem*', 'digital transformation',
    'thought leader*', 'passionate', 'customer-centric', 'client-centric', 'empower*', 'unlock your potential',
    'add value', 'adding value', 'added value', 'value-added', 'value proposition', 'strategic partner',
    'take your business to the next level', 'one-stop shop', 'turnkey',
  ],
  vaguePhrases: [
    'best-in-class', 'world-class', 'leading provider', 'industry leader*', 'industry-leading', 'market leader*',
    'leaders in', 'leader in', 'end-to-end solutions', 'end-to-end', 'integrated solutions', 'comprehensive solutions',
    'innovative solutions', 'tailored solutions', 'customised solutions', 'customized solutions', 'bespoke solutions',
    'solutions provider', 'high quality', 'high-quality', 'top quality', 'quality', 'the best', 'excellence',
    'competitive prices', 'highly qualified', 'extensive experience', 'wide experience', 'wide range of',
    'full range of', 'all kinds of', 'whatever you need', 'anything you need', 'customer satisfaction',
    'we care', 'trusted partner', 'premier', 'top-notch',
  ],
  listenerWords: [
    'you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'll", "you'd",
  ],
  selfWords: [
    'i', "i'm", "i've", "i'll", "i'd", 'me', 'my', 'mine', 'myself', 'we', "we're", "we've", "we'll", "we'd",
    'us', 'our', 'ours', 'ourselves',
  ],
  partCues: {
    audience: [
      'i help', 'we help', 'helping', 'i work with', 'we work with', 'i work for', 'my clients', 'our clients',
      'clients like', 'i advise', 'we advise', 'i support', 'we support', 'i serve', 'we serve', 'speciali* in',
      'if you run', 'if you own', 'if you are a', "if you're a", 'if you have a', 'managers of', 'for people who',
      'for companies that', 'for businesses that', 'for teams that', 'who run', 'who own', 'owner*', 'founder*', 'freelancer*', 'small business*', 'startups', 'families',
    ],
    problem: [
      'problem*', 'struggl*', 'lose', 'loses', 'losing', 'lost', 'waste*', 'wasting', "can't", 'cannot',
      "don't have time", 'no time', 'headache*', 'pain', 'frustrat*', 'worr*', 'stuck', 'miss', 'missing',
      'overwhelm*', 'chaos', 'errors', 'delays', 'fines', 'late payments', 'hard to', 'difficult',
      'spend hours', 'paperwork', 'costs them', 'costing', "don't know", 'do not know', "doesn't know",
      'does not know',
    ],
    result: ['so that', 'so they', 'so you', 'which means', 'meaning they', 'thanks to'],
    proof: [
      'for example', 'for instance', 'clients like', 'clients include', 'customers like', 'case study',
      'last year', 'last month', 'this year', 'so far', "i've helped", 'i have helped', "we've helped",
      'we have helped', 'helped', 'trusted by', 'like i did for',
    ],
    difference: [
      'unlike', 'what makes me different', 'what makes us different', 'different from', 'the only',
      'instead of', 'rather than', 'without having to', 'while most', 'unlike most', 'unique', 'my own method',
      'guarantee*', 'i used to be', 'i was a', 'before that', 'years of experience', 'i spent', 'not like',
    ],
  },
  outcomes: [
    'save*', 'saving*', 'increase*', 'reduc*', 'cut', 'cuts', 'doubl*', 'tripl*', 'grow', 'grows', 'grew',
    'grown', 'boost*', 'raise*', 'recover*', 'win', 'wins', 'won', 'fill', 'fills', 'filled', 'land', 'lands',
    'get more', 'more clients', 'more customers', 'more sales', 'more bookings', 'fewer', 'less time',
    'avoid*', 'eliminat*', 'sell more', 'close more', 'get paid', 'speed up', 'halve*', 'lower costs',
    'earn more',
  ],
  askCues: [
    "i'm looking for", 'i am looking for', "we're looking for", 'we are looking for', 'looking for',
    'introduce me to', 'an introduction to', 'introductions to', 'who do you know', 'do you know anyone',
    'do you know someone', 'do you know a', 'do you know any', 'if you know', "i'd love to meet",
    'i would love to meet', "i'd like to meet", 'i would like to meet', 'i want to meet', 'connect me with',
    'put me in touch with', 'my ask', "i'd love an introduction", 'could you introduce', 'can you introduce',
  ],
  vagueAskWords: [
    'client', 'clients', 'customer', 'customers', 'new', 'more', 'opportunity', 'opportunities', 'collaboration',
    'collaborations', 'collaborate', 'synergies', 'contact', 'contacts', 'project', 'projects', 'business',
    'businesses', 'company', 'companies', 'people', 'person', 'anyone', 'someone', 'anybody', 'somebody',
    'everyone', 'partner', 'partners', 'leads', 'grow', 'growing', 'help', 'interested', 'might', 'need', 'needs',
    'services', 'kind', 'type', 'work', 'together',
  ],
  numberWords: [
    'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
    'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million',
    'millions', 'dozen', 'dozens',
  ],
  ratioCues: ['percent', 'per cent', 'double', 'triple', 'half', 'twice'],
  timeUnits: ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes', 'quarter', 'quarters'],
  periodCues: [
    'a month', 'per month', 'a week', 'per week', 'a year', 'per year', 'a day', 'per day', 'every month',
    'every week', 'every year', 'every day', 'each month', 'each week', 'within a', 'last year', 'this year',
  ],
  introCues: ["i'm", 'i am', 'my name is', 'this is'],
  capitalisedCommonWords: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
    'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  ],
};

import type { Locale } from '../../i18n/locale.ts';
import type { ReasonLabels } from './relation-index.ts';
import type { Reason, SeekingGoal } from './types.ts';

/**
 * A label inside a sentence: "Fotografía de bodas" → "fotografía de bodas", while names that look
 * proper or are acronyms ("SEO", "Google Ads", "Wedding Photography" in title case) stay as written.
 */
function inSentence(label: string): string {
  const words = label.split(' ');
  const first = words[0] ?? '';
  const capitalisedLater = words.slice(1).some((word) => /^\p{Lu}/u.test(word));
  if (capitalisedLater || /\p{Lu}/u.test(first.slice(1))) return label;
  return first.charAt(0).toLocaleLowerCase() + label.slice(1);
}

// What the viewer ("you") and the candidate (no pronoun in Spanish, "they" in English) are looking for.
const seekingYou: Record<Locale, Record<SeekingGoal, string>> = {
  es: { investors: 'buscas inversores', mentors: 'buscas mentor', talent: 'buscas talento', learning: 'quieres aprender' },
  en: {
    investors: 'you are looking for investors', mentors: 'you are looking for a mentor',
    talent: 'you are looking for talent', learning: 'you want to learn',
  },
};
const seekingThem: Record<Locale, Record<SeekingGoal, string>> = {
  es: { investors: 'Busca inversores', mentors: 'Busca mentor', talent: 'Busca talento', learning: 'Quiere aprender' },
  en: {
    investors: 'They are looking for investors', mentors: 'They are looking for a mentor',
    talent: 'They are looking for talent', learning: 'They want to learn',
  },
};

/**
 * Why to meet, said the way a well-connected friend would, in the viewer's language. Labels are
 * placed where neither gender nor number has to agree with them ("lo suyo", "justo lo que ofreces"),
 * and the candidate is never given a pronoun ("Necesita…", "They need…").
 */
export function reasonText(reason: Reason, locale: Locale, labels: ReasonLabels): string {
  const concept = (id: string) => inSentence(labels.concept(id, locale));
  const es = locale === 'es';
  switch (reason.code) {
    case 'theyNeedWhatYouOffer':
      return es
        ? `Necesita ${concept(reason.concept)}, justo lo que ofreces`
        : `They need ${concept(reason.concept)} — you offer it`;
    case 'youNeedWhatTheyOffer':
      return es
        ? `Ofrece ${concept(reason.concept)}, que es lo que buscas`
        : `They offer ${concept(reason.concept)} — just what you need`;
    case 'theyAreYourTargetClient':
      return es
        ? `Es el tipo de cliente que buscas (${concept(reason.concept)})`
        : `They are the kind of client you are looking for (${concept(reason.concept)})`;
    case 'youAreTheirTargetClient':
      return es
        ? `Busca clientes como tú (${concept(reason.concept)})`
        : `They are looking for clients like you (${concept(reason.concept)})`;
    case 'mutualBenefit':
      return es ? 'Os podéis ayudar mutuamente: 1 + 1 = 3' : 'You can help each other: 1 + 1 = 3';
    case 'complementaryServices':
      return es
        ? `Lo suyo (${concept(reason.theirs)}) complementa lo tuyo (${concept(reason.yours)}): podéis recomendaros clientes`
        : `What they do (${concept(reason.theirs)}) complements what you do (${concept(reason.yours)}): ` +
          'you can refer clients to each other';
    case 'sameClients':
      return es
        ? `Los dos trabajáis para ${concept(reason.concept)}, sin competir`
        : `You both work for ${concept(reason.concept)}, without competing`;
    case 'sameSphereNoCompetition': {
      const sphere = inSentence(labels.sphere(reason.sphere, locale));
      return es
        ? `Servís a los mismos clientes (${sphere}) sin competir`
        : `You serve the same clients (${sphere}) without competing`;
    }
    case 'sameTradeElsewhere':
      return es
        ? `También ofrece ${concept(reason.concept)}, pero en ${reason.place}: podéis pasaros trabajo`
        : `They also offer ${concept(reason.concept)}, but in ${reason.place}: you can pass work to each other`;
    case 'theySupplyYourBusiness':
      return es
        ? `Ofrece ${concept(reason.concept)}, algo que negocios como el tuyo suelen necesitar`
        : `They offer ${concept(reason.concept)}, which businesses like yours often need`;
    case 'youSupplyTheirBusiness':
      return es
        ? `Su negocio suele necesitar ${concept(reason.concept)}, que tú ofreces`
        : `Businesses like theirs often need ${concept(reason.concept)}, which you offer`;
    case 'bothWantPartners':
      if (reason.city)
        return es
          ? `Busca socios en ${reason.city}, y tú también estás allí`
          : `They want partners in ${reason.city}, and you are there too`;
      return es ? 'Busca socios, como tú' : 'They are looking for partners, like you';
    case 'offersWhatYouSeek':
      return es
        ? `Ofrece ${concept(reason.concept)}, y ${seekingYou.es[reason.goal]}`
        : `They offer ${concept(reason.concept)}, and ${seekingYou.en[reason.goal]}`;
    case 'seeksWhatYouOffer':
      return es
        ? `${seekingThem.es[reason.goal]}, y tú ofreces ${concept(reason.concept)}`
        : `${seekingThem.en[reason.goal]}, and you offer ${concept(reason.concept)}`;
    case 'samePlace':
      return es ? `También está en ${reason.city}` : `Also based in ${reason.city}`;
    case 'sameRegion':
      return es ? `También en ${reason.region}` : `Also in ${reason.region}`;
    case 'remoteWork':
      if (reason.who === 'both') return es ? 'Los dos trabajáis en remoto' : 'You both work remotely';
      if (reason.who === 'you')
        return es ? 'Trabajas en remoto, así que la distancia no importa' : "You work remotely, so distance doesn't matter";
      return es ? 'Trabaja en remoto, así que la distancia no importa' : "They work remotely, so distance doesn't matter";
    case 'sharedCommunity': {
      const community = labels.community?.(reason.community, locale) ?? reason.community;
      if (reason.count > 1)
        return es
          ? `Compartís ${reason.count} comunidades, como ${community}`
          : `You share ${reason.count} communities, including ${community}`;
      return es ? `Los dos sois de ${community}` : `You are both in ${community}`;
    }
    case 'mutualConnections':
      if (reason.count === 1) return es ? '1 contacto en común' : '1 contact in common';
      return es ? `${reason.count} contactos en común` : `${reason.count} contacts in common`;
  }
}

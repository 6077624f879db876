import type { Locale } from '../../i18n/locale.ts';
import type { IdeaDraft } from './draft.ts';
import type { IdeaContext } from './idea-context.ts';
import type { SideView } from './pair-links.ts';
import { en } from './texts/en.ts';
import { es } from './texts/es.ts';
import type { IdeaTexts } from './texts/idea-texts.ts';
import type { CollaborationIdea, SideKey } from './types.ts';

const texts: Readonly<Record<Locale, IdeaTexts>> = { es, en };

/**
 * A label inside a sentence: "Fotografía de bodas" → "fotografía de bodas", while acronyms and names
 * that look proper ("SEO", "Kit Digital") stay as written; an acronym further on ("Digital
 * transformation & IT consulting") does not make the label a name.
 */
function inSentence(label: string): string {
  const [first = '', ...rest] = label.split(' ');
  if (/\p{Lu}/u.test(first.slice(1)) || rest.some((word) => /^\p{Lu}\p{Ll}/u.test(word))) return label;
  return first.charAt(0).toLocaleLowerCase() + label.slice(1);
}

const countryName = (code: string, locale: Locale) => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;

/** Where a side is: its city as written, or its country's name. */
function placeName(side: SideView, city: string | undefined, locale: Locale): string {
  if (city?.trim()) return city.trim();
  return side.country ? countryName(side.country, locale) : '';
}

export interface RenderInput {
  context: IdeaContext;
  sides: Readonly<Record<SideKey, SideView>>;
  /** The cities as the members wrote them. */
  cities: Readonly<Record<SideKey, string | undefined>>;
  locale: Locale;
}

/** A draft in the viewer's language. */
export function renderIdea(draft: IdeaDraft, { context, sides, cities, locale }: RenderInput): CollaborationIdea {
  const t = texts[locale];
  const concept = (id: string) => inSentence(context.labels.concept(id, locale));
  const sphere = draft.sphere ? inSentence(context.labels.sphere(draft.sphere, locale)) : '';
  const [first, second] = draft.named ?? [draft.sides.a, draft.sides.b];
  const audience = draft.customer ? t.forCustomer(concept(draft.customer)) : sphere ? t.onSphere(sphere) : '';
  const market = draft.market ? countryName(draft.market, locale) : '';
  const rationale = t.rationale[draft.text]({
    first: concept(first),
    second: concept(second),
    audience,
    sphere,
    placeA: placeName(sides.a, cities.a, locale),
    placeB: placeName(sides.b, cities.b, locale),
    market,
  });
  const gain = (side: SideKey, other: SideKey) =>
    t.gains[draft.gains[side]](concept(draft.sides[side]), concept(draft.sides[other]));
  return {
    format: draft.format,
    ...(draft.kind && { kind: draft.kind }),
    rationale,
    gains: { a: gain('a', 'b'), b: gain('b', 'a') },
    fit: draft.fit,
    concepts: [...new Set([first, second, draft.sides.a, draft.sides.b, ...(draft.customer ? [draft.customer] : [])])],
  };
}

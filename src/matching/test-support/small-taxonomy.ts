import type { Concept, ConceptKind, Taxonomy } from '../taxonomy/taxonomy.ts';

// A hand-made taxonomy for unit tests, so they do not move when the shipped taxonomy grows.

function concept(
  id: string, kind: ConceptKind, spheres: string[],
  es: [string, ...string[]], en: [string, ...string[]],
): Concept {
  const [esLabel, ...esSynonyms] = es;
  const [enLabel, ...enSynonyms] = en;
  return { id, kind, spheres, label: { es: esLabel, en: enLabel }, synonyms: { es: esSynonyms, en: enSynonyms } };
}

export const smallTaxonomy: Taxonomy = {
  spheres: [
    { id: 'weddings-events', label: { es: 'Bodas y eventos', en: 'Weddings & events' } },
    { id: 'home-real-estate', label: { es: 'Hogar e inmobiliaria', en: 'Home & real estate' } },
    { id: 'business-services', label: { es: 'Servicios a empresas', en: 'Business services' } },
    { id: 'startups-investment', label: { es: 'Startups e inversión', en: 'Startups & investment' } },
    { id: 'agrifood-wine', label: { es: 'Agroalimentación y vino', en: 'Agrifood & wine' } },
  ],
  concepts: [
    {
      ...concept('wedding-photography', 'service', ['weddings-events'],
        ['Fotografía de bodas', 'reportaje de boda'], ['Wedding photography']),
      profession: { es: ['fotógrafo de bodas', 'fotógrafa de bodas'], en: ['wedding photographer'] },
    },
    concept('photography', 'service', ['weddings-events'], ['Fotografía', 'fotógrafo', 'fotógrafa'], ['Photography', 'photographer']),
    concept('floristry', 'service', ['weddings-events'],
      ['Floristería', 'florista', 'decoración floral', 'flores'], ['Floristry', 'florist', 'flowers', 'floral design']),
    concept('wedding-venue', 'service', ['weddings-events'],
      ['Finca para bodas', 'espacio para eventos', 'salón de bodas'], ['Wedding venue', 'event venue']),
    concept('catering', 'service', ['weddings-events'], ['Catering', 'banquetes'], ['Catering', 'caterer', 'banqueting']),
    concept('couples-getting-married', 'customer', ['weddings-events'],
      ['Parejas que se casan', 'novios', 'parejas de novios'], ['Couples getting married', 'engaged couples']),
    concept('estate-agent', 'service', ['home-real-estate'],
      ['Agencia inmobiliaria', 'agente inmobiliario', 'venta de viviendas'], ['Estate agent', 'real estate agent', 'realtor']),
    concept('mortgage-broker', 'service', ['home-real-estate'],
      ['Intermediación hipotecaria', 'bróker hipotecario', 'hipotecas'], ['Mortgage broker', 'mortgages', 'mortgage advice']),
    concept('home-buyers', 'customer', ['home-real-estate'], ['Compradores de vivienda'], ['Home buyers']),
    concept('accounting', 'service', ['business-services'],
      ['Contabilidad', 'asesoría contable', 'contable'], ['Accounting', 'accountant', 'bookkeeping']),
    concept('tax-advice', 'service', ['business-services'], ['Asesoría fiscal', 'asesor fiscal', 'impuestos'], ['Tax advice', 'tax adviser']),
    concept('business-law', 'service', ['business-services'],
      ['Derecho mercantil', 'abogado mercantil', 'abogada mercantil'], ['Business law', 'business lawyer', 'commercial lawyer']),
    concept('small-businesses', 'customer', ['business-services'], ['Pymes', 'pequeñas empresas'], ['Small businesses', 'SMEs']),
    concept('startups', 'customer', ['startups-investment'], ['Startups', 'empresas emergentes'], ['Startups', 'start-ups']),
    concept('angel-investment', 'service', ['startups-investment'],
      ['Inversión business angel', 'inversor ángel'], ['Angel investment', 'business angel', 'angel investor']),
    concept('wine-import', 'service', ['agrifood-wine'], ['Importación de vino', 'importador de vinos'], ['Wine import', 'wine importer']),
    concept('winery', 'product', ['agrifood-wine'], ['Bodega', 'vinos'], ['Winery', 'wine producer']),
  ],
  relations: [
    { from: 'wedding-photography', to: 'floristry', type: 'complements' },
    { from: 'wedding-photography', to: 'wedding-venue', type: 'complements' },
    { from: 'floristry', to: 'wedding-venue', type: 'complements' },
    { from: 'catering', to: 'wedding-venue', type: 'complements' },
    { from: 'photography', to: 'wedding-photography', type: 'competes' },
    { from: 'estate-agent', to: 'mortgage-broker', type: 'complements' },
    { from: 'accounting', to: 'business-law', type: 'complements' },
    { from: 'accounting', to: 'tax-advice', type: 'complements' },
    { from: 'wedding-photography', to: 'couples-getting-married', type: 'supplies' },
    { from: 'floristry', to: 'couples-getting-married', type: 'supplies' },
    { from: 'wedding-venue', to: 'couples-getting-married', type: 'supplies' },
    { from: 'catering', to: 'couples-getting-married', type: 'supplies' },
    { from: 'estate-agent', to: 'home-buyers', type: 'supplies' },
    { from: 'mortgage-broker', to: 'home-buyers', type: 'supplies' },
    { from: 'accounting', to: 'small-businesses', type: 'supplies' },
    { from: 'accounting', to: 'startups', type: 'supplies' },
    { from: 'accounting', to: 'wedding-venue', type: 'supplies' },
    { from: 'business-law', to: 'startups', type: 'supplies' },
    { from: 'winery', to: 'wine-import', type: 'supplies' },
  ],
};

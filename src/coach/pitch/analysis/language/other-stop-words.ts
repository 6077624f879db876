/**
 * Frequent function words of languages the analysis does not support, so that a French, German,
 * Italian or Portuguese text is recognised as "neither Spanish nor English" rather than as whichever
 * of the two shares a few of its words ("de", "la", "a").
 */
export const otherLanguagesStopWords: Record<string, readonly string[]> = {
  fr: [
    'le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'est', 'en', 'que', 'qui', 'dans', 'pour', 'pas',
    'sur', 'au', 'aux', 'avec', 'ce', 'cette', 'ces', 'il', 'elle', 'nous', 'vous', 'je', 'mon', 'ma', 'mes',
    'notre', 'nos', 'votre', 'vos', 'son', 'sa', 'ses', 'ne', 'plus', 'par', 'mais', 'ou', 'sont', 'suis',
    'être', 'avoir', 'à', "j'ai", "c'est", "d'un", "d'une", 'leur', 'leurs', 'aussi', 'très',
  ],
  de: [
    'der', 'die', 'das', 'und', 'ist', 'ich', 'nicht', 'sie', 'es', 'ein', 'eine', 'einen', 'zu', 'den', 'dem',
    'mit', 'sich', 'des', 'auf', 'für', 'im', 'wir', 'ihr', 'uns', 'unsere', 'unser', 'ihre', 'wie', 'auch',
    'werden', 'aus', 'er', 'hat', 'dass', 'kann', 'bei', 'oder', 'nach', 'mein', 'meine', 'von', 'sind', 'bin',
    'habe', 'haben', 'wird', 'noch', 'nur', 'um', 'zum', 'zur', 'ihnen', 'euch', 'dich', 'mich', 'helfe',
  ],
  it: [
    'il', 'di', 'che', 'e', 'la', 'per', 'un', 'una', 'non', 'sono', 'con', 'del', 'della', 'dei', 'delle', 'gli',
    'le', 'lo', 'in', 'si', 'mi', 'ci', 'ti', 'vi', 'ho', 'ha', 'hanno', 'io', 'noi', 'voi', 'nostro', 'nostra',
    'vostro', 'questo', 'questa', 'anche', 'più', 'come', 'ma', 'al', 'alla', 'nel', 'nella', 'da', 'dal', 'sul',
    'è', 'aiuto', 'cerco',
  ],
  pt: [
    'o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'um', 'uma', 'que',
    'e', 'é', 'para', 'com', 'não', 'por', 'se', 'mais', 'eu', 'você', 'vocês', 'nós', 'meu', 'minha', 'nosso',
    'nossa', 'seu', 'sua', 'ao', 'aos', 'pelo', 'pela', 'isso', 'isto', 'mas', 'como', 'também', 'muito', 'ser',
    'tem', 'são', 'sou', 'estou', 'já', 'ajudo', 'procuro',
  ],
};

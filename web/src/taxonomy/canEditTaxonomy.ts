import type { Me } from '../types.ts';

/** Instance administrators and community administrators may add concepts and synonyms (the server checks too). */
export function canEditTaxonomy(me: Me | null): boolean {
  return !!me && (me.isInstanceAdmin || me.communities.some((community) => community.role === 'admin'));
}

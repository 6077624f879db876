import { foldText } from './text/normalize.ts';

export interface Place {
  city: string;
  region: string;
  remote: boolean;
}

function placeKeys({ city, region, remote }: Place): string[] {
  return [...(city ? [`city:${foldText(city)}`] : []), ...(region ? [`region:${foldText(region)}`] : []), ...(remote ? ['anywhere'] : [])];
}

/**
 * What makes two members referral partners — a sphere or a kind of client in common — as index
 * keys, alone and joined with the member's place ("weddings-events@city:malaga", "smes@anywhere"
 * for a remote worker). A sphere alone matches a large share of members; "same sphere, nearby"
 * is one selective GIN lookup.
 */
export function referralPlaces(shared: readonly string[], place: Place): string[] {
  const places = placeKeys(place);
  return shared.flatMap((key) => [key, ...places.map((at) => `${key}@${at}`)]);
}

/**
 * The keys of the members a viewer would refer clients with: nearby or working remotely — or
 * anywhere, when the viewer works remotely.
 */
export function referralPlacesSought(shared: readonly string[], place: Place): string[] {
  if (place.remote) return [...shared];
  const places = placeKeys({ ...place, remote: true });
  return shared.flatMap((key) => places.map((at) => `${key}@${at}`));
}

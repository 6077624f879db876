import type { Option } from '../data/option.ts';

/** IANA time zones known to this browser, always including `current`. */
export function timeZoneOptions(current: string): Option[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  if (current) zones.add(current);
  return [...zones].sort().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}

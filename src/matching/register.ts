import { onProfilesSaved } from '../profiles/profile-events.ts';
import { refreshMatchProfiles } from './store/refresh.ts';

/** Keeps match profiles in step with every profile save, in the same transaction. Idempotent. */
export function registerMatching(): void {
  onProfilesSaved(refreshMatchProfiles);
}

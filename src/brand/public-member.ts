import type { Member } from '../profiles/member-views.ts';

export type { Goal } from '../profiles/profile-input.ts';

/** The public slice of a member profile: only what the member chose to show on `/p/<slug>`. */
export type PublicMember = Omit<Member, 'visibility' | 'publicUrl'>;

export interface PublicPageUrls {
  /** Absolute, canonical URL of `/p/<slug>`. */
  profileUrl: string;
  vcardUrl: string;
  qrUrl: string;
  /** Home of the instance. */
  appUrl: string;
}

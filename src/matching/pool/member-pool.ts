import { profileFeatures, type ProfileFeatures } from '../ranking/profile-features.ts';
import type { RelationIndex } from '../ranking/relation-index.ts';
import type { MatchProfile, SeekingGoal } from '../ranking/types.ts';

/** Whether the viewer speaks a language of the member's: the ranking's first requirement. */
export function speakTogether(viewer: PoolMember, member: PoolMember): boolean {
  const common = viewer.languages & member.languages;
  if (common & ~otherLanguages) return true;
  if (!(common & otherLanguages)) return false;
  for (const language of member.features.languages) if (viewer.features.languages.has(language)) return true;
  return false;
}

/** The profile visibility rule (see profiles/visibility.ts) on what the pool holds. */
export function canSee(viewer: PoolMember, member: PoolMember): boolean {
  if (member.visibility === 'public' || member.profile.id === viewer.profile.id) return true;
  if (member.visibility === 'private') return false;
  if (viewer.inDefaultCommunity && member.inDefaultCommunity) return true;
  for (const community of member.profile.communities) if (viewer.features.communities.has(community)) return true;
  return false;
}

/** Which list of a member a posting key comes from. */
export type PostingList = 'offer' | 'need' | 'business' | 'referral' | 'seeks';

const prefixes: Record<PostingList, string> = { offer: 'o:', need: 'n:', business: 'b:', referral: 'r:', seeks: 'g:' };
const postingKey = (list: PostingList, value: string) => prefixes[list] + value;

const seekingGoals: readonly SeekingGoal[] = ['investors', 'mentors', 'talent', 'learning'];

/** What the pool keeps of one member: the profile, its features, and places as small numbers. */
export interface PoolMember {
  profile: MatchProfile;
  features: ProfileFeatures;
  /** Interned folded city, region and country: 0 when blank. */
  city: number;
  region: number;
  country: number;
  wantsPartners: boolean;
  /** Spoken languages (the locale included) as bits, for "a language in common" in one AND. */
  languages: number;
  visibility: Visibility;
  inDefaultCommunity: boolean;
  /** The transaction that wrote the stored row, to skip rows read again unchanged. */
  version: string;
}

export type Visibility = 'public' | 'members' | 'private';

/** What the pool is given of a member: the profile and who may see it. */
export interface PoolEntry {
  profile: MatchProfile;
  version?: string;
  visibility?: Visibility;
  inDefaultCommunity?: boolean;
}

const accessCodes: Record<Visibility, number> = { public: 1, members: 2, private: 3 };
const inDefault = 4;

// Past 30 distinct languages, the rest share one bit and are compared by name.
const otherLanguages = 1 << 30;

/**
 * Every matchable member held in memory, with inverted lists from each concept (and referral key,
 * and goal sought) to the members listing it: candidate generation reads these instead of asking
 * the database. A changed member gets a new slot and its old one is left dead, so updates never
 * search the lists; the lists are rebuilt once dead slots pile up.
 */
export class MemberPool {
  readonly relations: RelationIndex;
  #members: (PoolMember | undefined)[] = [];
  #slotOf = new Map<string, number>();
  #postings = new Map<string, number[]>();
  #places = new Map<string, number>();
  #languageBits = new Map<string, number>();
  // Per slot, what deciding "could be shown to this viewer" needs, packed so that scanning tens of
  // thousands of candidates does not visit their objects: spoken languages as bits, and visibility
  // (0 dead, then public, members, private, with 4 added when in the default community).
  #languageMasks = new Int32Array(1024);
  #access = new Uint8Array(1024);
  #dead = 0;
  /** Cities as members wrote them, with how many members are there: what search recognises as places. */
  #cities = new Map<string, number>();

  constructor(relations: RelationIndex, profiles: Iterable<PoolEntry> = []) {
    this.relations = relations;
    this.upsert(profiles);
  }

  /** Slots in use or dead: the length of per-slot scratch arrays. */
  get slots(): number {
    return this.#members.length;
  }

  get size(): number {
    return this.#slotOf.size;
  }

  member(slot: number): PoolMember | undefined {
    return this.#members[slot];
  }

  slotOf(id: string): number | undefined {
    return this.#slotOf.get(id);
  }

  version(id: string): string | undefined {
    const slot = this.#slotOf.get(id);
    return slot === undefined ? undefined : this.#members[slot]!.version;
  }

  /** Every member held, as they were given: to build the same pool elsewhere (another thread). */
  entries(): PoolEntry[] {
    return this.#members.flatMap((m) => (m ? [{ profile: m.profile, version: m.version, visibility: m.visibility, inDefaultCommunity: m.inDefaultCommunity }] : []));
  }

  /** The live slots listing `value` in that list (dead ones are skipped by whoever reads). */
  postings(list: PostingList, value: string): readonly number[] {
    return this.#postings.get(postingKey(list, value)) ?? [];
  }

  /** The members listing any of `values` in that list, each once. */
  membersListing(list: PostingList, values: Iterable<string>): PoolMember[] {
    const slots = new Set<number>();
    for (const value of values) for (const slot of this.postings(list, value)) slots.add(slot);
    return [...slots].flatMap((slot) => this.#members[slot] ?? []);
  }

  placeId(folded: string): number {
    if (!folded) return 0;
    let id = this.#places.get(folded);
    if (id === undefined) this.#places.set(folded, (id = this.#places.size + 1));
    return id;
  }

  languageMask(languages: ReadonlySet<string>): number {
    let mask = 0;
    for (const language of languages) {
      let bit = this.#languageBits.get(language);
      if (bit === undefined) this.#languageBits.set(language, (bit = this.#languageBits.size < 30 ? 1 << this.#languageBits.size : otherLanguages));
      mask |= bit;
    }
    return mask;
  }

  /** Every city some member is in, as written. */
  cities(): string[] {
    return [...this.#cities.keys()];
  }

  /** A member as the pool holds them, without adding them: how a viewer is compared with members. */
  poolMember({ profile, version = '', visibility = 'members', inDefaultCommunity = true }: PoolEntry): PoolMember {
    const features = profileFeatures(profile, this.relations);
    return {
      profile, features, version, visibility, inDefaultCommunity,
      city: this.placeId(features.city),
      region: this.placeId(features.region),
      country: this.placeId(features.country),
      wantsPartners: features.goals.has('partners'),
      languages: this.languageMask(features.languages),
    };
  }

  /** Adds or replaces members. */
  upsert(profiles: Iterable<PoolEntry>): void {
    for (const entry of profiles) {
      const { profile } = entry;
      this.#kill(profile.id);
      const slot = this.#members.length;
      const member = this.poolMember(entry);
      this.#members.push(member);
      this.#slotOf.set(profile.id, slot);
      this.#pack(slot, member);
      if (profile.city) this.#cities.set(profile.city, (this.#cities.get(profile.city) ?? 0) + 1);
      for (const key of this.#keysOf(member.features)) {
        const list = this.#postings.get(key);
        if (list) list.push(slot);
        else this.#postings.set(key, [slot]);
      }
    }
    if (this.#dead > 1000 && this.#dead > this.size / 4) this.#compact();
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) this.#kill(id);
  }

  #kill(id: string): void {
    const slot = this.#slotOf.get(id);
    if (slot === undefined) return;
    const { city } = this.#members[slot]!.profile;
    const left = (this.#cities.get(city) ?? 0) - 1;
    if (left > 0) this.#cities.set(city, left);
    else this.#cities.delete(city);
    this.#members[slot] = undefined;
    this.#access[slot] = 0;
    this.#slotOf.delete(id);
    this.#dead++;
  }

  #keysOf({ profile, businessTypes, offerSpheres, customers, goals }: ProfileFeatures): string[] {
    return [
      ...profile.offerConcepts.map((c) => postingKey('offer', c)),
      ...profile.needConcepts.map((c) => postingKey('need', c)),
      ...[...businessTypes].map((c) => postingKey('business', c)),
      // What referral partners share: a sphere of their trades or a kind of client.
      ...[...new Set([...offerSpheres.keys(), ...customers])].map((key) => postingKey('referral', key)),
      ...seekingGoals.filter((goal) => goals.has(goal)).map((goal) => postingKey('seeks', goal)),
    ];
  }

  #pack(slot: number, member: PoolMember): void {
    if (slot >= this.#access.length) {
      const grow = <T extends Int32Array | Uint8Array>(from: T, to: T) => (to.set(from), to);
      this.#languageMasks = grow(this.#languageMasks, new Int32Array(this.#access.length * 2));
      this.#access = grow(this.#access, new Uint8Array(this.#access.length * 2));
    }
    this.#languageMasks[slot] = member.languages;
    this.#access[slot] = accessCodes[member.visibility] + (member.inDefaultCommunity ? inDefault : 0);
  }

  /**
   * Whether the member at this slot is there, may be seen by the viewer and shares a language with
   * them: the packed facts answer, the member's object is read only for a community check.
   */
  visibleSpeaker(slot: number, viewer: PoolMember): boolean {
    const access = this.#access[slot]!;
    const common = this.#languageMasks[slot]! & viewer.languages;
    if (access === 0 || common === 0) return false;
    const visibility = access & 3;
    if (visibility === accessCodes.private) return false;
    if (visibility === accessCodes.members && !(viewer.inDefaultCommunity && access & inDefault) && !canSee(viewer, this.#members[slot]!)) return false;
    return (common & ~otherLanguages) !== 0 || speakTogether(viewer, this.#members[slot]!);
  }

  #compact(): void {
    const live = this.entries();
    this.#members = [];
    this.#slotOf.clear();
    this.#postings.clear();
    this.#cities.clear();
    this.#access.fill(0);
    this.#dead = 0;
    this.upsert(live);
  }
}

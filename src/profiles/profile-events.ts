import type { DbOrTx } from '../db/database.ts';

/** Runs in the saving transaction, after the profiles were written; a failure rolls the save back. */
export type ProfilesSavedHandler = (tx: DbOrTx, userIds: string[]) => Promise<void>;

// Other domains keep data derived from profiles (matching's concept view) without profiles knowing them.
const handlers = new Set<ProfilesSavedHandler>();

/** Registers a handler once (registering the same function again changes nothing); returns its removal. */
export function onProfilesSaved(handler: ProfilesSavedHandler): () => void {
  handlers.add(handler);
  return () => handlers.delete(handler);
}

/** Tells every handler that these members' profiles (or account data they derive from) changed. */
export async function notifyProfilesSaved(tx: DbOrTx, userIds: string[]): Promise<void> {
  if (!userIds.length) return;
  for (const handler of handlers) await handler(tx, userIds);
}

import { createContext } from 'react';
import type { Me } from '../types.ts';

export type SessionStatus = 'loading' | 'anonymous' | 'authenticated';

export interface Session {
  status: SessionStatus;
  me: Me | null;
  /** Stores the account returned by the API (login, signup, profile or settings updates). */
  setMe: (me: Me) => void;
  logOut: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

import { useContext } from 'react';
import type { Me } from '../types.ts';
import { SessionContext, type Session } from './SessionContext.ts';

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** The signed-in account; only for components rendered behind <RequireAuth>. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe requires a signed-in user');
  return me;
}

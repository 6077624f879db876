import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError } from '../api.ts';
import { applyLocale } from '../i18n.ts';
import type { Me } from '../types.ts';
import { SessionContext, type Session, type SessionStatus } from './SessionContext.ts';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [me, setMeState] = useState<Me | null>(null);

  const setMe = useCallback((next: Me) => {
    setMeState(next);
    setStatus('authenticated');
    applyLocale(next.locale);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    api
      .get<Me>('/api/me', controller.signal)
      .then(setMe)
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (!(error instanceof ApiError) || error.status !== 401) console.error(error);
        setStatus('anonymous');
      });
    return () => controller.abort();
  }, [setMe]);

  const logOut = useCallback(async () => {
    await api.post<void>('/api/auth/logout');
    setMeState(null);
    setStatus('anonymous');
  }, []);

  const session = useMemo<Session>(() => ({ status, me, setMe, logOut }), [status, me, setMe, logOut]);
  return <SessionContext value={session}>{children}</SessionContext>;
}

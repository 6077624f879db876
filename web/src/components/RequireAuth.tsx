import { useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../session/useSession.ts';
import { Loading } from './Loading.tsx';

/**
 * Renders its children for signed-in users. Visitors go to the login page (and come back
 * afterwards); someone who logs out here goes to the home page.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status } = useSession();
  const location = useLocation();
  const [wasSignedIn, setWasSignedIn] = useState(false);
  if (status === 'authenticated' && !wasSignedIn) setWasSignedIn(true);
  if (status === 'loading') return <Loading />;
  if (status === 'anonymous') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={wasSignedIn ? '/' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}

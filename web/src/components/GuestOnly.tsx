import { useState, type ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { useSession } from '../session/useSession.ts';
import { Loading } from './Loading.tsx';

/**
 * Pages such as log in and sign up: someone already signed in when arriving is sent home.
 * Someone who signs in *on* the page stays until the page itself navigates onwards.
 */
export function GuestOnly({ children }: { children: ReactNode }) {
  const { status } = useSession();
  const [arrivedAsGuest, setArrivedAsGuest] = useState(false);
  if (status === 'anonymous' && !arrivedAsGuest) setArrivedAsGuest(true);
  if (status === 'anonymous' || arrivedAsGuest) return children;
  if (status === 'loading') return <Loading />;
  return <Navigate to="/" replace />;
}

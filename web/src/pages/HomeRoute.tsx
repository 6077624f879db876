import { Loading } from '../components/Loading.tsx';
import { useSession } from '../session/useSession.ts';
import { HomePage } from './HomePage.tsx';
import { LandingPage } from './LandingPage.tsx';

/** `/`: the landing page for visitors, the personal home once signed in. */
export function HomeRoute() {
  const { status } = useSession();
  if (status === 'loading') return <Loading />;
  return status === 'authenticated' ? <HomePage /> : <LandingPage />;
}

import { Loading } from './Loading.tsx';

/** Where data is as it loads: useApiData's `Loaded`, or a page's own state with the same cases. */
type LoadState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready' };

/** What stands in for data while it loads, or says why it could not be loaded; nothing once it is ready. */
export function LoadStatus({ state }: { state: LoadState }) {
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return (
      <p role="alert" className="notice notice-error">
        {state.message}
      </p>
    );
  return null;
}

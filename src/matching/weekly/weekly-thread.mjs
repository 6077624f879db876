// Entry point of a weekly batch thread: the sources are TypeScript, so the thread loads them
// through tsx, as bin/sinergia.js does for the main thread.
import { register } from 'tsx/esm/api';

register();
await import('./weekly-worker.ts');

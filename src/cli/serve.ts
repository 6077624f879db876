import { startApp } from '../app.ts';
import { warmUpMatching } from '../matching/register.ts';
import { loadConfig } from '../config.ts';

/** Serves until SIGTERM/SIGINT, then shuts down gracefully. */
export async function serve(): Promise<number> {
  const config = loadConfig();
  const app = await startApp(config);
  const address = await app.server.listen({ port: config.port, host: config.host });
  app.ctx.log.info({ address, publicUrl: config.publicUrl, database: app.ctx.database.kind, jobs: config.jobs }, 'Sinergia is running');
  // Load the member pool now rather than on the first Discover request (seconds for a large community).
  warmUpMatching(app.ctx.database.db).catch((error: unknown) => app.ctx.log.warn({ err: error }, 'could not load the member pool ahead'));
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      app.ctx.log.info({ signal }, 'shutting down');
      resolve();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  await app.close();
  app.ctx.log.info('stopped');
  return 0;
}

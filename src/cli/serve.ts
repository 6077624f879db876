import { startApp } from '../app.ts';
import { loadConfig } from '../config.ts';

/** Serves until SIGTERM/SIGINT, then shuts down gracefully. */
export async function serve(): Promise<number> {
  const config = loadConfig();
  const app = await startApp(config);
  const address = await app.server.listen({ port: config.port, host: config.host });
  app.ctx.log.info({ address, publicUrl: config.publicUrl, database: app.ctx.database.kind, jobs: config.jobs }, 'Sinergia is running');
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

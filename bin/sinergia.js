#!/usr/bin/env node
// Entry point for `npm start` and `npx sinergia`: runs the TypeScript sources through tsx,
// so there is no separate compile step on a fresh clone.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

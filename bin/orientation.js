#!/usr/bin/env node
// Entry point of `npx orientation`: runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

// `orientation … | head` closes the pipe early: stop quietly instead of crashing.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

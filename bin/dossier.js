#!/usr/bin/env node
// The installed CLI runs the compiled build (npm install runs `prepare`, which builds it).
import { main } from '../dist/cli/main.js';

// Piping into `head` closes stdout early; that is not an error worth a trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
process.exitCode = await main(process.argv.slice(2), process);

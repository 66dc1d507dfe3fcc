/** The CLI from source, for tests that need it in a child process (the bin runs the build). */
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2), process);

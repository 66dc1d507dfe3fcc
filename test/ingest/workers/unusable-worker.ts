/** A stand-in ingest worker whose set-up fails for the user's reason (a knowledge-base file that does not load). */
import { parentPort } from 'node:worker_threads';
import type { WorkerStatus } from '../../../src/ingest/protocol.js';

parentPort!.postMessage({ status: 'unusable', error: 'knowledge-base file extra.json: not JSON', input: true } satisfies WorkerStatus);
// Tasks posted before the pool heard this are never answered: the pool answers them itself.
parentPort!.on('message', () => {});

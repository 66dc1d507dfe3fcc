/**
 * A stand-in ingest worker that cannot start: its set-up throws before it
 * says it is ready (as a missing data file would make the real one do).
 */
throw new Error('data file missing');

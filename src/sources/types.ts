/** One article found in a source file, before analysis. */
export interface ArticleItem {
  text: string;
  title?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  url?: string;
  source?: string;
  /** Who wrote it, when the page says (not part of the record today). */
  byline?: string;
  /** The source carried only a summary (a feed item without its full text). */
  summaryOnly?: boolean;
}

export type SourceFormat = 'text' | 'html' | 'feed' | 'jsonfeed' | 'jsonl' | 'warc';

/**
 * What one file yields: its articles, and problems with parts of it (a bad
 * JSONL line, a broken WARC record) that did not stop the rest being read.
 * A problem with the whole file is thrown as an InputError instead.
 */
export interface SourceResult {
  format: SourceFormat;
  items: ArticleItem[];
  /** One line each, without the path: "line 7: not valid JSON". */
  problems: string[];
  /** More of the file is to be read from here (a large JSON Lines or WARC file, read in pieces). */
  next?: ReadCursor;
}

export interface ReadOptions {
  /** Largest single article, in bytes (default 10 MB). */
  maxBytes?: number;
  /** A JSON Lines file larger than this is read this many bytes at a time, a WARC file this many characters of article text at a time (default 2 MB). */
  chunkBytes?: number;
}

/** Where the next piece of a JSON Lines file starts: a byte offset, and the number of the line there. */
export interface LinesCursor {
  offset: number;
  line: number;
}

/** Where the next piece of a WARC file starts: after this many of its entries (articles and problems). */
export interface WarcCursor {
  entries: number;
}

/** Where to go on reading a file read in pieces. */
export type ReadCursor = LinesCursor | WarcCursor;

import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { describeFsError } from '../cli/read-input.js';

export interface FileList {
  /** Files to read, each once, in a stable order (the order given, directories sorted). */
  files: string[];
  /** Paths that could not be listed, and why. */
  problems: { path: string; reason: string }[];
}

const GLOB_CHARS = /[*?[]/;

/**
 * Expands files, directories (recursively, skipping hidden entries) and
 * globs (`*`, `?`, `[abc]`, `**`) into a list of files. Node 20 has no
 * fs.glob, and the few patterns people type need only a small matcher.
 */
export async function expandPaths(paths: readonly string[]): Promise<FileList> {
  const files: string[] = [];
  const problems: FileList['problems'] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const path of paths) {
    if (GLOB_CHARS.test(path)) {
      const matches = await expandGlob(path);
      if (matches.length === 0) problems.push({ path, reason: 'no files match' });
      matches.forEach(add);
      continue;
    }
    try {
      const info = await stat(path);
      if (info.isDirectory()) (await walk(path, problems)).forEach(add);
      else add(path);
    } catch (err) {
      problems.push({ path, reason: describeFsError(err) });
    }
  }
  return { files, problems };
}

/** Every regular file under `dir`, sorted, hidden files and folders left out; unreadable folders are problems. */
async function walk(dir: string, problems: FileList['problems']): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    problems.push({ path: dir, reason: describeFsError(err) });
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path, problems)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Files matching the pattern; a base folder that cannot be read matches nothing (and is reported so). */
async function expandGlob(pattern: string): Promise<string[]> {
  const parts = pattern.split(/[/\\]/);
  const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, firstGlob).join(sep) || (pattern.startsWith('/') ? '/' : '.');
  const matcher = globToRegExp(parts.slice(firstGlob).join('/'));
  const candidates = await walk(base, []);
  return candidates.filter((file) => matcher.test(relative(base, file).split(sep).join('/')));
}

/** `**` spans folders, `*` and `?` stay within one, `[…]` is a character class. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

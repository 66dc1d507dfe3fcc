import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DEFAULT_STAGES } from '../../src/pipeline/default-stages.js';

const root = new URL('../..', import.meta.url).pathname;

/**
 * Runs a CLI command from source in a fresh process, then prints how many
 * pipeline stages are registered: none unless the analysis code was loaded
 * (each stage registers itself when its module loads).
 */
function runFresh(args: string[]): { code: number | null; stdout: string; stagesLoaded: number } {
  const module = (path: string) => JSON.stringify(join(root, path));
  const probe = `
    const { main } = await import(${module('src/cli/main.ts')});
    const code = await main(${JSON.stringify(args)}, process);
    const { registeredStages } = await import(${module('src/pipeline/registry.ts')});
    process.stdout.write('STAGES ' + registeredStages().length + '\\n');
    process.exitCode = code;
  `;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], { cwd: root, encoding: 'utf8' });
  const match = /STAGES (\d+)\n$/.exec(r.stdout);
  assert.ok(match, `no stage count in the output: ${r.stdout}${r.stderr}`);
  return { code: r.status, stdout: r.stdout.slice(0, match.index), stagesLoaded: Number(match[1]) };
}

test('help and the store queries start without loading the analysis code', () => {
  const help = runFresh(['help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /usage: dossier COMMAND/);
  assert.equal(help.stagesLoaded, 0);
  const stats = runFresh(['stats', '--db', join(root, 'no-such-store.db')]);
  assert.equal(stats.code, 1);
  assert.equal(stats.stagesLoaded, 0);
});

test('stages loads and lists every stage of the default pipeline, marked as such', () => {
  const r = runFresh(['stages']);
  assert.equal(r.code, 0);
  assert.ok(r.stagesLoaded >= DEFAULT_STAGES.length);
  for (const name of DEFAULT_STAGES) assert.match(r.stdout, new RegExp(`^\\* ${name} `, 'm'));
});

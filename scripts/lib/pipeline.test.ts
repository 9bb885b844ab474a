import { describe, expect, it } from 'vitest';
import { pipelineCommands } from './pipeline';

describe('pipelineCommands', () => {
  it('runs each part of the build script, building into another folder', () => {
    const commands = pipelineCommands('tsx scripts/check-data.ts && astro build && pagefind --site dist', '/tmp/out', (n) => `/bin/${n}`);
    expect(commands).toEqual([
      { label: 'tsx scripts/check-data.ts', command: '/bin/tsx', args: ['scripts/check-data.ts'], astroBuild: false },
      { label: 'astro build', command: '/bin/astro', args: ['build', '--outDir', '/tmp/out'], astroBuild: true },
      { label: 'pagefind --site dist', command: '/bin/pagefind', args: ['--site', '/tmp/out'], astroBuild: false },
    ]);
  });

  it('knows astro build run through node with options, and runs it with this node', () => {
    const [astro, pagefind] = pipelineCommands('node --env-file=build.env node_modules/astro/bin/astro.mjs build && pagefind --site dist', 'o', (n) => `/bin/${n}`);
    expect(astro).toEqual({
      label: 'node --env-file=build.env node_modules/astro/bin/astro.mjs build',
      command: process.execPath,
      args: ['--env-file=build.env', 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'o'],
      astroBuild: true,
    });
    expect(pagefind?.astroBuild).toBe(false);
    expect(pipelineCommands('node scripts/astro.mjs check', 'o')[0]?.astroBuild).toBe(false);
    expect(pipelineCommands('node --env-file=x other.mjs build', 'o')[0]?.astroBuild).toBe(false);
  });

  it('follows the script when it changes', () => {
    expect(pipelineCommands('astro build && pagefind --site dist', 'o').map((c) => [c.command, ...c.args].join(' '))).toEqual(['astro build --outDir o', 'pagefind --site o']);
  });
});

import { describe, expect, it } from 'vitest';
import { pipelineCommands } from './pipeline';

describe('pipelineCommands', () => {
  it('runs each part of the build script, building into another folder', () => {
    const commands = pipelineCommands('tsx scripts/check-data.ts && astro build && pagefind --site dist', '/tmp/out', (n) => `/bin/${n}`);
    expect(commands).toEqual([
      { label: 'tsx scripts/check-data.ts', command: '/bin/tsx', args: ['scripts/check-data.ts'] },
      { label: 'astro build', command: '/bin/astro', args: ['build', '--outDir', '/tmp/out'] },
      { label: 'pagefind --site dist', command: '/bin/pagefind', args: ['--site', '/tmp/out'] },
    ]);
  });

  it('follows the script when it changes', () => {
    expect(pipelineCommands('astro build && pagefind --site dist', 'o').map((c) => [c.command, ...c.args].join(' '))).toEqual(['astro build --outDir o', 'pagefind --site o']);
  });
});

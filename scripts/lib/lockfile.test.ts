import { describe, expect, it } from 'vitest';
import { completeLockfile, platformOf } from './lockfile';

describe('completing the lockfile for other platforms', () => {
  it('reads os, cpu and libc from platform package names', () => {
    expect(platformOf('@astrojs/compiler-binding-darwin-arm64')).toEqual({ os: ['darwin'], cpu: ['arm64'] });
    expect(platformOf('@tailwindcss/oxide-linux-arm64-musl')).toEqual({ os: ['linux'], cpu: ['arm64'], libc: ['musl'] });
    expect(platformOf('@pagefind/windows-x64')).toEqual({ os: ['win32'], cpu: ['x64'] });
    expect(platformOf('@tailwindcss/oxide-wasm32-wasi')).toEqual({ cpu: ['wasm32'] });
    expect(platformOf('chart.js')).toBeUndefined();
  });

  it('adds only the missing platform packages', () => {
    const { lock, added } = completeLockfile({
      packages: {
        '': {},
        'node_modules/x': { optionalDependencies: { 'x-darwin-arm64': '1.2.3', 'x-linux-x64-gnu': '1.2.3', helper: '1.0.0' } },
        'node_modules/x-linux-x64-gnu': { version: '1.2.3' },
      },
    });
    expect(added).toBe(1);
    expect(lock.packages['node_modules/x-darwin-arm64']).toEqual({ version: '1.2.3', optional: true, os: ['darwin'], cpu: ['arm64'] });
    expect(lock.packages['node_modules/helper']).toBeUndefined();
    expect(Object.keys(lock.packages)[0]).toBe('');
  });
});

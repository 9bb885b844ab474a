/**
 * The commands of `npm run build` (the package.json script), rewritten to build
 * into another folder, so the benchmark times exactly what a user runs however
 * that script changes. Pure, tested beside.
 */

export interface Command {
  /** As written in package.json, for the report. */
  label: string;
  command: string;
  args: string[];
  /** Whether this is `astro build` (run as `astro build` or as `node [options] …/astro.mjs build`). */
  astroBuild: boolean;
}

/** The words after the command that make it `astro build`, or -1: `astro build` or `node [--flags] …/astro.mjs build`. */
function astroBuildAt(words: readonly string[]): number {
  if (words[0] === 'astro') return words[1] === 'build' ? 1 : -1;
  if (words[0] !== 'node') return -1;
  const script = words.findIndex((w, i) => i > 0 && !w.startsWith('-'));
  return script > 0 && /(^|\/)astro\.m?js$/.test(words[script]!) && words[script + 1] === 'build' ? script + 1 : -1;
}

/**
 * `tsx scripts/check-data.ts && astro build && pagefind --site dist` with `dist`
 * replaced by `outDir` (and `--outDir` given to `astro build`). `bin` finds a
 * command's executable (e.g. in node_modules/.bin); `node` is run as it is.
 */
export function pipelineCommands(script: string, outDir: string, bin: (name: string) => string = (name) => name): Command[] {
  return script.split('&&').map((part) => {
    const words = part.trim().split(/\s+/);
    const args = words.slice(1).map((w) => (w === 'dist' || w === './dist' ? outDir : w));
    const astroBuild = astroBuildAt(words) > 0;
    if (astroBuild && !args.includes('--outDir')) args.push('--outDir', outDir);
    return { label: part.trim(), command: words[0] === 'node' ? process.execPath : bin(words[0]!), args, astroBuild };
  });
}

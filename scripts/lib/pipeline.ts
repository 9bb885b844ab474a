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
}

/**
 * `tsx scripts/check-data.ts && astro build && pagefind --site dist` with `dist`
 * replaced by `outDir` (and `--outDir` given to `astro build`). `bin` finds a
 * command's executable (e.g. in node_modules/.bin).
 */
export function pipelineCommands(script: string, outDir: string, bin: (name: string) => string = (name) => name): Command[] {
  return script.split('&&').map((part) => {
    const words = part.trim().split(/\s+/);
    const args = words.slice(1).map((w) => (w === 'dist' || w === './dist' ? outDir : w));
    if (words[0] === 'astro' && args[0] === 'build' && !args.includes('--outDir')) args.push('--outDir', outDir);
    return { label: part.trim(), command: bin(words[0]!), args };
  });
}

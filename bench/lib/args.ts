/** Tiny `--name value` / `--flag` parser for the bench scripts (no dependency for two scripts). */

/** Parses argv into a map; a flag without a value is `'true'`. */
export function parseArgs(argv: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const [key, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) out.set(key, inline);
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) out.set(key, argv[++i]!);
    else out.set(key, 'true');
  }
  return out;
}

/** A positive integer flag, or the fallback. Throws on anything else so a typo never runs a wrong-sized bench. */
export function intArg(args: Map<string, string>, name: string, fallback: number): number {
  const v = args.get(name);
  if (v === undefined) return fallback;
  const n = Number(v.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} expects a whole number, got "${v}"`);
  return n;
}

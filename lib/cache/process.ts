/**
 * One instance per process, on globalThis under `Symbol.for("newsline.<name>")`: dev-mode module
 * reloads and Next's separate route bundles then share one cache instead of each filling its own.
 */
export function processWide<T>(name: string, make: () => T): T {
  const g = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(`newsline.${name}`);
  return (g[key] ??= make()) as T;
}

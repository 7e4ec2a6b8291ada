/** Runs once when a Next server starts (next dev, and server/index.mjs through app.prepare()). */
export async function register(): Promise<void> {
  // The seam for dev-only sources: synthetic ids are registered into the store from here, so the production store never imports the generator.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEWSLINE_SYNTHETIC === "1") {
    const { registerSyntheticSource } = await import("./tools/synthetic");
    await registerSyntheticSource();
  }
}

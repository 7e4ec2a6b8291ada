import path from "node:path";

/** The folder of article files: `seeds/` under the working directory, or `NEWSLINE_ARTICLES_DIR`. */
export function articlesDir(): string {
  const override = process.env.NEWSLINE_ARTICLES_DIR?.trim();
  // The folder is chosen at run time; next.config.js traces seeds/ into the build explicitly.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), override || "seeds");
}

/**
 * The pipeline's version: stored analyses are keyed by it, so changing what the pipeline yields for
 * the same article (a new stage, a fixed rule) should bump it; stored articles are then re-analysed
 * lazily, on their next view. Deep links keep working: ids the new analysis lacks get the usual
 * "ignored" notice.
 */
export const PIPELINE_VERSION = "2026.12.10-m10";

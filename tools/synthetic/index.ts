export { generateAnalysis, type SyntheticSize } from "./generate";
export { registerSyntheticSource, syntheticEnabled } from "./source";

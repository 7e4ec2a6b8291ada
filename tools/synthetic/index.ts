export { generateAnalysis, type SyntheticSize } from "./generate";
export { registerSyntheticSource, syntheticAnalysis, syntheticEnabled } from "./source";

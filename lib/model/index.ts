export * from "./vocabulary";
export * from "./analysis";
export * from "./article";
export { analysisJsonSchema } from "./json-schema";
export * from "./submission";
export * from "./ids";
export { checkIntegrity } from "./integrity";

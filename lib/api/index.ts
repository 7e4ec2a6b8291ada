export { cachedJson } from "./cached-json";
export { guardedWriteToken } from "./session";
export { guardedWrite, ingestFailure, jsonError } from "./write-route";

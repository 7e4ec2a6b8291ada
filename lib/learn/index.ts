export { LinearModel, decide, probability } from "./linear";

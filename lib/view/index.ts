/**
 * The URL view state. Client code imports the modules it needs directly (codecs, serialize,
 * validate, order), not this index, which also carries the zod schema.
 */
export {
  View,
  Lanes,
  ViewParam,
  defaultViewState,
  isUrlId,
  isIsoDate,
  MAX_ID_LENGTH,
  MAX_LIST_ITEMS,
  MAX_Q_LENGTH,
  MAX_QUERY_LENGTH,
} from "./state";
export { ViewStateSchema, IdSchema, IsoDateSchema, type ViewState } from "./schema";
export { codecs, displayValue, type Codec, type Codecs } from "./codecs";
export { parseViewState, type ParsedView, type QueryInput } from "./parse";
export { serializeViewState, urlLength } from "./serialize";
export { encodeQueryValue } from "./encode";
export { fitViewState } from "./budget";
export { validateViewState } from "./validate";
export { filtersOf } from "./filters";
export { canonicalParams } from "./order";

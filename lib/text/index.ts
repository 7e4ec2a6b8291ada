export { type Framing, cueSpans, framingOf } from "./cues";
export { formatIsoDate } from "./dates";
export { describeEventTime, eventsInTimeOrder } from "./event-time";
export { normalizeName, normalizeText } from "./normalize";
export { type Row, paragraphRows } from "./rows";
export { type Layer, groupByMention, paragraphSpans, segment } from "./segments";
export { textWindow } from "./window";
export { escapeHtml, jsonForScript } from "./html";
export { agreeWith, isPluralName, relationSentence } from "./agree";

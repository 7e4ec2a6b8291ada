export { h, fmt, escapeXml, toSvgString, toDom, type SvgNode } from "./node";

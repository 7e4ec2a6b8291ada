export { h, fmt, escapeXml, toSvgString, toDom, type SvgNode } from "./node";
export { type ThemeValues, darkSchemeCss, themeValueMap } from "./theme-css";
export { imageHeading, headingLines, HEADING_SIZE, HEADING_LINE, HEADING_BASELINE, type ImageHeading } from "./heading";

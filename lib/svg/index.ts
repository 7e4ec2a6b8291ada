export { h, fmt, escapeXml, toSvgString, toDom, type SvgNode } from "./node";
export { type ThemeValues, darkSchemeCss, themeValueMap } from "./theme-css";

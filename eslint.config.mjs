import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const htmlSinks = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Article text is untrusted: render it as text, never as HTML." },
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: "Article text is untrusted: use textContent." },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: "Article text is untrusted: use textContent." },
  { selector: "CallExpression[callee.property.name='html']", message: "Article text is untrusted: use d3's .text()." },
];

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", "artifacts/**", "next-env.d.ts", "coverage/**"] },
  { rules: { "no-restricted-syntax": ["error", ...htmlSinks] } },
];
export default config;

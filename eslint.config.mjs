import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const htmlSinks = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Article text is untrusted: render it as text, never as HTML." },
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML|srcdoc)$/]", message: "Article text is untrusted: use textContent." },
  { selector: "AssignmentExpression[left.property.value=/^(innerHTML|outerHTML|srcdoc)$/]", message: "Article text is untrusted: use textContent." },
  { selector: "Property[key.name=/^(innerHTML|outerHTML|srcdoc)$/]", message: "Article text is untrusted: no HTML properties, even through Object.assign." },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: "Article text is untrusted: no document.write." },
  { selector: "CallExpression[callee.property.name='createContextualFragment']", message: "Article text is untrusted: no HTML fragments." },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: "Article text is untrusted: use textContent." },
  { selector: "CallExpression[callee.property.name='html']", message: "Article text is untrusted: use d3's .text()." },
];

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", "artifacts/**", "next-env.d.ts", "coverage/**", "public/embed/timeline.js", "public/embed/graph.js"] },
  { rules: { "no-restricted-syntax": ["error", ...htmlSinks] } },
  // CommonJS configuration files.
  { files: ["*.config.js", "jest.*.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
];
export default config;

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

// What each folder may import (README, "Layout"): lib/ is pure TypeScript, and developer tooling
// stays out of what ships.
const noTools = { group: ["@/tools", "@/tools/*", "**/tools", "**/tools/*"], message: "tools/ is developer tooling: runtime code must not import it." };
const libImports = [
  { group: ["react", "react/*", "react-dom", "react-dom/*"], message: "lib/ is pure TypeScript: no React (components/ holds it)." },
  { group: ["next", "next/*"], message: "lib/ is pure TypeScript: no Next.js (app/ holds it)." },
  { group: ["@/components", "@/components/*", "**/components", "**/components/*"], message: "lib/ must not import components/." },
  { group: ["@/app", "@/app/*", "**/app/*"], message: "lib/ must not import app/." },
  noTools,
];

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", "artifacts/**", "next-env.d.ts", "coverage/**", "public/embed/timeline.js", "public/embed/graph.js", "public/embed/height.js"] },
  { rules: { "no-restricted-syntax": ["error", ...htmlSinks] } },
  { files: ["lib/**"], rules: { "no-restricted-imports": ["error", { patterns: libImports }] } },
  { files: ["app/**", "components/**", "server/**", "proxy.ts"], rules: { "no-restricted-imports": ["error", { patterns: [noTools] }] } },
  // One concept per file, each step a named function: files stay readable in one sitting.
  { rules: { "max-lines": ["error", { max: 400 }] } },
  { ignores: ["__tests__/**"], rules: { "max-lines-per-function": ["error", { max: 120 }] } },
  // CommonJS configuration files.
  { files: ["*.config.js", "jest.*.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
];
export default config;

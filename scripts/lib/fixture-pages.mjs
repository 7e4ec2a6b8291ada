// A loopback web server playing the pages users link to, for the browser tests of "add from a link":
// the real-article pages in __tests__/fixtures/pasted/pages/, and the bad cases (a login wall, a slow
// page, an oversized page, a redirect to cloud metadata, a PDF). The app reaches it only because the
// test server is started with NEWSLINE_FETCH_TEST_HOSTS naming its exact address.
// It also serves /cross-site-form?target=…: a page of another origin posting a form to the app.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { root } from "./server.mjs";

const pagesDir = path.join(root, "__tests__", "fixtures", "pasted", "pages");
const escape = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startFixturePages() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fixture");
    const page = /^\/pages\/([\w-]+\.html)$/.exec(url.pathname);
    if (page) {
      try {
        return res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(readFileSync(path.join(pagesDir, page[1])));
      } catch {
        return res.writeHead(404).end();
      }
    }
    switch (url.pathname) {
      case "/login":
        return res.writeHead(403, { "Content-Type": "text/html" }).end("<html><body><form><input name=user><input type=password></form></body></html>");
      case "/slow":
        res.writeHead(200, { "Content-Type": "text/html" });
        res.write("<html><body><p>");
        return void setTimeout(() => res.end("</p></body></html>"), 30_000).unref();
      case "/huge":
        res.writeHead(200, { "Content-Type": "text/html" });
        for (let i = 0; i < 3 * 1024; i++) res.write(`<p>${"x".repeat(1017)}</p>`);
        return res.end();
      case "/to-metadata":
        return res.writeHead(302, { Location: "http://169.254.169.254/latest/meta-data/" }).end();
      case "/pdf":
        return res.writeHead(200, { "Content-Type": "application/pdf" }).end("%PDF-1.4");
      case "/empty":
        return res.writeHead(200, { "Content-Type": "text/html" }).end("<html><body><nav>Home · World · Sport</nav></body></html>");
      case "/cross-site-form": {
        const target = escape(url.searchParams.get("target") ?? "");
        return res
          .writeHead(200, { "Content-Type": "text/html" })
          .end(
            `<html><body><form id="f" method="post" enctype="multipart/form-data" action="${target}/api/articles"><input type="hidden" name="title" value="Planted"><textarea name="text">Planted text from another site.</textarea><button>go</button></form></body></html>`,
          );
      }
      default:
        return res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, host: `127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

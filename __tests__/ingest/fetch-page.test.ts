import http from "node:http";
import type { AddressInfo } from "node:net";
import { fetchPage } from "@/lib/ingest";

const ARTICLE = `<html><head><title>T</title></head><body><article>${"<p>Officials said the bridge would reopen on Friday after repairs to its deck were finished by the crews.</p>".repeat(4)}</article></body></html>`;

// A loopback server playing the pages a user might link to; the tests allow only its own address.
let server: http.Server;
let base: string;
let allow: Set<string>;
const hits: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    const url = new URL(req.url ?? "/", "http://x");
    switch (url.pathname) {
      case "/article":
        return res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(ARTICLE);
      case "/latin1":
        return res.writeHead(200, { "Content-Type": "text/html; charset=iso-8859-1" }).end(Buffer.from("<p>Caf\xe9 opens</p>", "latin1"));
      case "/hop": {
        const n = Number(url.searchParams.get("n"));
        return res.writeHead(302, { Location: n > 0 ? `/hop?n=${n - 1}` : "/article" }).end();
      }
      case "/to-private":
        return res.writeHead(301, { Location: "http://169.254.169.254/latest/meta-data/" }).end();
      case "/to-other-loopback":
        return res.writeHead(302, { Location: `http://127.0.0.2:${(server.address() as AddressInfo).port}/article` }).end();
      case "/huge":
        res.writeHead(200, { "Content-Type": "text/html" });
        for (let i = 0; i < 3 * 1024; i++) res.write("x".repeat(1024));
        return res.end();
      case "/huge-declared":
        return res.writeHead(200, { "Content-Type": "text/html", "Content-Length": String(50 * 1024 * 1024) }).end("x");
      case "/slow":
        res.writeHead(200, { "Content-Type": "text/html" });
        res.write("<p>");
        return void setTimeout(() => res.end("late</p>"), 3000).unref();
      case "/login":
        return res.writeHead(403, { "Content-Type": "text/html" }).end("<form>Sign in</form>");
      case "/pdf":
        return res.writeHead(200, { "Content-Type": "application/pdf" }).end("%PDF");
      default:
        return res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  allow = new Set([`127.0.0.1:${port}`]);
});
afterAll(() => new Promise((r) => server.close(r)));

describe("fetching a user's link", () => {
  it("reads an HTML page from an allowed address", async () => {
    const page = await fetchPage(`${base}/article`, { allowHosts: allow });
    expect(page).toMatchObject({ ok: true, html: expect.stringContaining("bridge would reopen") });
  });

  it("decodes the page's declared charset", async () => {
    expect(await fetchPage(`${base}/latin1`, { allowHosts: allow })).toMatchObject({ ok: true, html: expect.stringContaining("Café") });
  });

  it("never reaches this machine without the test-only allowance: loopback by IP, by name, or another port", async () => {
    const before = hits.length;
    for (const url of [`${base}/article`, `http://localhost:${new URL(base).port}/article`, `http://[::1]:${new URL(base).port}/`])
      expect(await fetchPage(url)).toMatchObject({ ok: false, status: 422, error: expect.stringMatching(/private or local/) });
    expect(await fetchPage("http://127.0.0.1:1/", { allowHosts: allow })).toMatchObject({ ok: false, error: expect.stringMatching(/private or local/) });
    expect(hits.length).toBe(before);
  });

  it.each([
    ["a private address", "10.0.0.7"],
    ["link-local cloud metadata", "169.254.169.254"],
    ["the carrier-grade NAT metadata address", "100.100.100.200"],
    ["unique-local IPv6 metadata", "fd00:ec2::254"],
    ["IPv4-mapped loopback", "::ffff:127.0.0.1"],
  ])("refuses a host name that resolves to %s", async (_what, address) => {
    const resolve = async () => [{ address, family: address.includes(":") ? 6 : 4 }];
    expect(await fetchPage("http://news.example/a", { resolve })).toMatchObject({ ok: false, status: 422, field: "url" });
  });

  it("refuses a name with any private address among its answers (no rebinding through a second record)", async () => {
    const resolve = async () => [
      { address: "93.184.215.14", family: 4 },
      { address: "127.0.0.1", family: 4 },
    ];
    expect(await fetchPage("http://news.example/a", { resolve })).toMatchObject({ ok: false, error: expect.stringMatching(/private or local/) });
  });

  it("refuses metadata and private addresses written as IP literals", async () => {
    for (const url of ["http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/", "http://0.0.0.0/", "http://10.1.1.1:8080/"])
      expect(await fetchPage(url)).toMatchObject({ ok: false, error: expect.stringMatching(/private or local/) });
  });

  it("checks every redirect: one to a metadata address, or to a loopback address not allowed, is refused", async () => {
    expect(await fetchPage(`${base}/to-private`, { allowHosts: allow })).toMatchObject({ ok: false, error: expect.stringMatching(/private or local/) });
    expect(await fetchPage(`${base}/to-other-loopback`, { allowHosts: allow })).toMatchObject({ ok: false, error: expect.stringMatching(/private or local/) });
  });

  it("follows at most 3 redirects", async () => {
    expect(await fetchPage(`${base}/hop?n=2`, { allowHosts: allow })).toMatchObject({ ok: true });
    expect(await fetchPage(`${base}/hop?n=3`, { allowHosts: allow })).toMatchObject({ ok: false, error: "redirects more than 3 times" });
  });

  it("stops reading past 2 MB, declared or not", async () => {
    expect(await fetchPage(`${base}/huge`, { allowHosts: allow })).toMatchObject({ ok: false, status: 413 });
    expect(await fetchPage(`${base}/huge-declared`, { allowHosts: allow })).toMatchObject({ ok: false, status: 413 });
  });

  it("gives up on a slow page at its deadline", async () => {
    const started = Date.now();
    expect(await fetchPage(`${base}/slow`, { allowHosts: allow, timeoutMs: 300 })).toMatchObject({ ok: false, error: "did not answer within 0.3 s" });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("says when a page is behind a login, is not HTML, or is missing", async () => {
    expect(await fetchPage(`${base}/login`, { allowHosts: allow })).toMatchObject({ ok: false, error: expect.stringMatching(/behind a login/) });
    expect(await fetchPage(`${base}/pdf`, { allowHosts: allow })).toMatchObject({ ok: false, status: 415 });
    expect(await fetchPage(`${base}/nothing`, { allowHosts: allow })).toMatchObject({ ok: false, error: "answered HTTP 404, not a page" });
  });

  it("takes http(s) only, with no credentials in the address", async () => {
    expect(await fetchPage("ftp://example.org/a")).toMatchObject({ ok: false, status: 400 });
    expect(await fetchPage("file:///etc/passwd")).toMatchObject({ ok: false, status: 400 });
    expect(await fetchPage(`http://user:pw@127.0.0.1:${new URL(base).port}/article`, { allowHosts: allow })).toMatchObject({ ok: false, status: 400 });
  });
});

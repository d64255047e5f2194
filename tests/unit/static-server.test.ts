// `npm start`'s server, tested from outside its process as a colleague's browser (or an attacker) would
// reach it: raw HTTP requests with path traversal, odd methods, oversized headers and bodies.
import {spawn, type ChildProcess} from "node:child_process";
import {createHash} from "node:crypto";
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {connect} from "node:net";
import {tmpdir} from "node:os";
import {gunzipSync} from "node:zlib";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";

const SECRET = "warehouse-secret-7f3a";
const PAGE_SCRIPT = 'import {x} from "./_npm/x.js";\nconsole.log(x);\n';
const base = mkdtempSync(join(tmpdir(), "osh-serve-"));
const site = join(base, "site");

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  bytes: Buffer;
}

/** One raw HTTP/1.1 exchange: exactly the bytes given are sent, whatever a client library would allow. */
function raw(port: number, request: string, host = "127.0.0.1"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, host);
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    // The server may reset the connection after answering a request it refused before reading it all.
    socket.on("error", (error) => (chunks.length === 0 ? reject(error) : undefined));
    socket.on("close", () => {
      const bytes = Buffer.concat(chunks);
      const split = bytes.indexOf("\r\n\r\n");
      const text = bytes.toString("utf8");
      const [head = "", ...rest] = text.split("\r\n\r\n");
      const [statusLine = "", ...lines] = head.split("\r\n");
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(":")).toLowerCase(), l.slice(l.indexOf(":") + 1).trim()])
      );
      resolve({
        status: Number(statusLine.split(" ")[1]),
        headers,
        body: rest.join("\r\n\r\n"),
        bytes: split < 0 ? Buffer.alloc(0) : bytes.subarray(split + 4)
      });
    });
    socket.write(request);
  });
}
const get = (port: number, path: string, extra = "", method = "GET") =>
  raw(port, `${method} ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${extra}\r\n`);

/** Starts `scripts/serve.ts` as `npm start` does and waits for the address it prints. */
async function start(args: string[]): Promise<{child: ChildProcess; port: number}> {
  const child = spawn("node_modules/.bin/tsx", ["scripts/serve.ts", "--dir", site, "--port", "0", ...args]);
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += d;
      const match = /:(\d+)\/ /.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on("exit", (code) => reject(new Error(`server exited ${code}`)));
  });
  return {child, port};
}

let server: {child: ChildProcess; port: number};
beforeAll(async () => {
  mkdirSync(join(site, "data"), {recursive: true});
  mkdirSync(join(base, "site-other"));
  writeFileSync(join(base, "secret.txt"), SECRET);
  writeFileSync(join(base, "site-other", "secret.txt"), SECRET);
  writeFileSync(join(site, "index.html"), `<!doctype html><script type="module">${PAGE_SCRIPT}</script><p>home</p>`);
  writeFileSync(join(site, "embed.html"), "<!doctype html><p>chart</p>");
  writeFileSync(join(site, "trends.html"), "<!doctype html><p>trends</p>");
  writeFileSync(join(site, "404.html"), "<!doctype html><p>không tìm thấy</p>");
  writeFileSync(join(site, "data", "a.json"), '{"a":1}');
  symlinkSync(join(base, "secret.txt"), join(site, "link.txt"));
  server = await start([]);
});
afterAll(() => {
  server?.child.kill();
  rmSync(base, {recursive: true, force: true});
});

describe("what a browser gets", () => {
  test("a page, with a policy that allows its own inline script by hash and forbids framing", async () => {
    const answer = await get(server.port, "/");
    expect(answer.status).toBe(200);
    expect(answer.body).toContain("<p>home</p>");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["x-frame-options"]).toBe("DENY");
    const csp = answer.headers["content-security-policy"]!;
    const hash = createHash("sha256").update(PAGE_SCRIPT).digest("base64");
    expect(csp).toContain(`'sha256-${hash}'`);
    expect(csp).not.toContain("unsafe-inline' 'wasm"); // inline scripts in general stay forbidden
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
  });

  test("the embed page may be framed by another site; nothing else may", async () => {
    const embed = await get(server.port, "/embed.html");
    expect(embed.headers["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed.headers["x-frame-options"]).toBeUndefined();
    const data = await get(server.port, "/data/a.json");
    expect(data.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(data.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  test("a page asked for without .html is that page, with its query and its own framing rule", async () => {
    for (const path of ["/trends", "/trends?unit=62%7Cpre2025&lang=en"]) {
      const answer = await get(server.port, path);
      expect(answer.status).toBe(200);
      expect(answer.body).toContain("<p>trends</p>");
      expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
    }
    const embed = await get(server.port, "/embed?chart=trend");
    expect(embed.body).toContain("<p>chart</p>");
    expect(embed.headers["content-security-policy"]).toContain("frame-ancestors *");
    // only a page: a data file or a missing page still needs its own name
    for (const path of ["/data/a", "/nothing", "/link"]) expect((await get(server.port, path)).status).toBe(404);
  });

  test("a page asked for with a trailing slash is sent to its own address, where its assets resolve", async () => {
    for (const [path, location] of [
      ["/trends/", "/trends"],
      ["/trends/?unit=62%7Cpre2025&lang=en", "/trends?unit=62%7Cpre2025&lang=en"],
      ["/index.html/", "/index.html"],
      ["/.//evil.example/", "/evil.example"]
    ]) {
      const answer = await get(server.port, path!);
      expect(answer.status).toBe(308);
      expect(answer.headers.location).toBe(location);
    }
  });

  test("HEAD gives the headers and length without a body", async () => {
    const answer = await get(server.port, "/data/a.json", "", "HEAD");
    expect(answer.status).toBe(200);
    expect(answer.headers["content-length"]).toBe("7");
    expect(answer.body).toBe("");
  });

  test("a folder is never listed: without index.html it is the 404 page", async () => {
    const answer = await get(server.port, "/data/");
    expect(answer.status).toBe(404);
    expect(answer.body).toContain("không tìm thấy");
    expect(answer.body).not.toContain("a.json");
  });
});

test("a rebuilt page is served new at once, compressed or not, with its new script's hash", async () => {
  const page = join(site, "rebuilt.html");
  const write = (script: string) =>
    writeFileSync(page, `<!doctype html><script type="module">${script}</script><p>${script}</p>`);
  const hash = (script: string) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`;
  write("console.log(1)");
  const first = await get(server.port, "/rebuilt.html", "Accept-Encoding: gzip\r\n");
  expect(gunzipSync(first.bytes).toString()).toContain("<p>console.log(1)</p>");
  expect(first.headers["content-security-policy"]).toContain(hash("console.log(1)"));
  write("console.log(22)");
  const second = await get(server.port, "/rebuilt.html", "Accept-Encoding: gzip\r\n");
  expect(gunzipSync(second.bytes).toString()).toContain("<p>console.log(22)</p>");
  expect(second.headers["content-security-policy"]).toContain(hash("console.log(22)"));
  expect(second.headers["content-security-policy"]).not.toContain(hash("console.log(1)"));
});

describe("what an attacker gets", () => {
  test.each([
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/..%2fsecret.txt",
    "/%2e%2e%2f%2e%2e%2fsecret.txt",
    "/..%5csecret.txt",
    "/..%2fsite-other/secret.txt",
    "/../site-other/secret.txt",
    "/%2e%2e/site-other/secret.txt",
    "/data/../../secret.txt",
    "/link.txt",
    "/secret.txt%00.html",
    "http://x/../secret.txt",
    "//../secret.txt"
  ])("%s is not served", async (path) => {
    const answer = await get(server.port, path);
    expect([400, 404]).toContain(answer.status);
    expect(answer.body).not.toContain(SECRET);
  });

  test.each(["/..", "/%2e%2e/", "/%2E%2E", "/data/..", "/data/%2e%2e/index.html", "/..?x=1"])(
    "%s is a bad request, not the home page",
    async (path) => {
      const answer = await get(server.port, path);
      expect(answer.status).toBe(400);
      expect(answer.body).not.toContain("home");
    }
  );

  test("a malformed escape is a bad request, not a crash", async () => {
    expect((await get(server.port, "/%E0%A4%A")).status).toBe(400);
  });

  test.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"])("%s is refused", async (method) => {
    const answer = await get(server.port, "/index.html", "", method);
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe("GET, HEAD");
  });

  test("oversized headers, URLs and bodies are refused", async () => {
    expect((await get(server.port, "/", `X-Big: ${"a".repeat(64 * 1024)}\r\n`)).status).toBe(431);
    expect((await get(server.port, `/${"a".repeat(8000)}`)).status).toBe(414);
    const upload = await raw(
      server.port,
      "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 5\r\n\r\nhello"
    );
    expect(upload.status).toBe(413);
  });

  test("after all that it still serves", async () => {
    expect((await get(server.port, "/data/a.json")).body).toBe('{"a":1}');
  });
});

describe("--host", () => {
  test("by default only this computer can connect; with --host 0.0.0.0 the network can", async () => {
    // 127.0.0.2 stands for another address of the machine: the default server is bound to 127.0.0.1 only.
    await expect(
      get(server.port, "/", "").then(() => raw(server.port, "GET / HTTP/1.1\r\n\r\n", "127.0.0.2"))
    ).rejects.toThrow(/ECONNREFUSED/);
    const open = await start(["--host", "0.0.0.0"]);
    try {
      const answer = await raw(open.port, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "127.0.0.2");
      expect(answer.status).toBe(200);
    } finally {
      open.child.kill();
    }
  });

  test("a port in use is said plainly, in both languages", async () => {
    const child = spawn("node_modules/.bin/tsx", ["scripts/serve.ts", "--dir", site, "--port", String(server.port)]);
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(err).toContain(`Cổng ${server.port} đang được dùng`);
    expect(err).toContain(`port ${server.port} is in use`);
    expect(err).not.toMatch(/\n\s+at /);
  });
});

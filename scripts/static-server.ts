// The static file server for the built site (dist/): `npm start` (on 127.0.0.1, or the office network with
// --host) and the browser tests, so both see the site exactly as it was built — with the same headers.
// Read-only and hardened: GET and HEAD only, no directory listing, nothing outside the directory (symbolic
// links included), bounded headers, URL and time per request, and security headers on every answer.
import {createHash} from "node:crypto";
import {createReadStream} from "node:fs";
import {readFile, realpath, stat} from "node:fs/promises";
import {createServer, type IncomingMessage, type Server, type ServerResponse} from "node:http";
import {extname, join, resolve, sep} from "node:path";
import {gzipSync} from "node:zlib";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
  ".arrow": "application/vnd.apache.arrow.stream",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".pdf": "application/pdf"
};

/** Limits on what one request may cost the server. */
export const LIMITS = {headerBytes: 16 * 1024, urlBytes: 4096, headersMs: 10_000, requestMs: 30_000, connections: 256};

/** Pages meant to be shown inside another site's <iframe> (an intranet report); every other page refuses framing. */
const FRAMEABLE = new Set(["embed.html"]);

const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg)/;

/**
 * What is derived from a file (its gzip, its scripts' hashes), kept while the file is unchanged: a rebuild
 * (e.g. by the inbox) rewrites pages under the same names, and the next request must see the new ones.
 */
function perFileCache<T>(derive: (file: string) => Promise<T>) {
  const cache = new Map<string, {stamp: string; value: Promise<T>}>();
  return async (file: string): Promise<T> => {
    const {mtimeMs, size} = await stat(file);
    const stamp = `${mtimeMs}:${size}`;
    let entry = cache.get(file);
    if (entry?.stamp !== stamp) cache.set(file, (entry = {stamp, value: derive(file)}));
    return entry.value;
  };
}

const compressed = perFileCache(async (file) => gzipSync(await readFile(file)));

// Framework writes each page's code as an inline module script: the policy allows exactly those scripts
// (by hash), not inline scripts in general.
const INLINE_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/g;
const inlineScriptHashes = perFileCache(async (file) =>
  [...(await readFile(file, "utf8")).matchAll(INLINE_SCRIPT)]
    .filter(([tag, body]) => body!.trim() !== "" && !/\bsrc\s*=/.test(tag.slice(0, tag.indexOf(">"))))
    .map(([, body]) => `'sha256-${createHash("sha256").update(body!).digest("base64")}'`)
);

/**
 * The Content-Security-Policy of a page. Styles may be inline (Plot and the charts set style attributes);
 * DuckDB-wasm needs 'wasm-unsafe-eval' and a same-origin module worker; fonts are inlined as data: URLs;
 * PNG export draws through data:/blob: images. Nothing may be fetched from another host.
 */
export function contentSecurityPolicy(scriptSources: string[], frameable: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptSources.join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' data: blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameable ? "*" : "'none'"}`
  ].join("; ");
}

function securityHeaders(csp: string): Record<string, string> {
  return {
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cache-control": "no-cache"
  };
}

function refuse(response: ServerResponse, status: number, extra: Record<string, string> = {}) {
  const text = `${status}\n`;
  response.writeHead(status, {
    ...securityHeaders(contentSecurityPolicy([], false)),
    "content-type": "text/plain; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
    ...extra
  });
  response.end(text);
}

/**
 * The file a URL path names inside root, with the path as asked (still escaped), or null when it is malformed
 * or points outside. A `..` segment, escaped or not, is refused before the URL parser would quietly resolve it
 * (`/%2e%2e/` would otherwise be the home page).
 */
function resolveInside(root: string, rawUrl: string): {file: string; pathname: string} | null {
  let pathname: string;
  let decoded: string;
  try {
    if (decodeURIComponent(rawUrl.split(/[?#]/)[0]!).split(/[/\\]/).includes("..")) return null;
    pathname = new URL(rawUrl, "http://localhost").pathname;
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const file = resolve(root, `.${decoded}`);
  return file === root || file.startsWith(root + sep) ? {file, pathname} : null;
}

/**
 * The file a path names: a folder's index.html, or — for a path without an extension that names no file —
 * the page of that name (`/trends` → trends.html), as Framework's preview serves it and as a link copied
 * without ".html" is typed.
 */
async function pageFile(file: string): Promise<string> {
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) return join(file, "index.html");
  return !info && extname(file) === "" ? `${file}.html` : file;
}

const isDirectory = (file: string) =>
  stat(file).then(
    (info) => info.isDirectory(),
    () => false
  );

async function handle(root: string, request: IncomingMessage, response: ServerResponse) {
  if (request.method !== "GET" && request.method !== "HEAD") return refuse(response, 405, {allow: "GET, HEAD"});
  const url = request.url ?? "/";
  if (Buffer.byteLength(url) > LIMITS.urlBytes) return refuse(response, 414);
  // A read-only site takes no request body.
  if (Number(request.headers["content-length"] ?? 0) > 0 || request.headers["transfer-encoding"])
    return refuse(response, 413);
  const inside = resolveInside(root, url);
  if (inside === null) return refuse(response, 400);
  // `/trends/` would load as a page whose assets all resolve under /trends/ (a blank page): send the browser to
  // the page's own address. Only a folder keeps its slash; leading slashes are collapsed so that the answer never
  // names another host.
  if (inside.pathname.length > 1 && inside.pathname.endsWith("/") && !(await isDirectory(inside.file))) {
    const location = `/${inside.pathname.replace(/^\/+|\/+$/g, "")}${new URL(url, "http://localhost").search}`;
    return refuse(response, 308, {location});
  }
  let file: string;
  let size: number;
  try {
    file = await pageFile(inside.file);
    // Symbolic links are followed only when they stay inside the directory.
    const real = await realpath(file);
    if (!real.startsWith(root + sep)) throw new Error("outside");
    const info = await stat(real);
    if (!info.isFile()) throw new Error("not a file");
    size = info.size;
  } catch {
    return notFound(root, request, response);
  }
  const type = CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
  const relative = file.slice(root.length + 1);
  const csp = contentSecurityPolicy(
    type === CONTENT_TYPES[".html"] ? await inlineScriptHashes(file) : [],
    FRAMEABLE.has(relative)
  );
  const headers: Record<string, string | number> = {...securityHeaders(csp), "content-type": type};
  if (!FRAMEABLE.has(relative)) headers["x-frame-options"] = "DENY";
  // Text is sent compressed when the browser accepts it, as any web server would (JSON, JS, CSS…).
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
    const body = await compressed(file);
    response.writeHead(200, {
      ...headers,
      "content-length": body.length,
      "content-encoding": "gzip",
      vary: "accept-encoding"
    });
    return void response.end(request.method === "HEAD" ? undefined : body);
  }
  response.writeHead(200, {...headers, "content-length": size});
  if (request.method === "HEAD") return void response.end();
  createReadStream(file)
    .on("error", () => response.destroy())
    .pipe(response);
}

async function notFound(root: string, request: IncomingMessage, response: ServerResponse) {
  const page = join(root, "404.html");
  let body: Buffer;
  try {
    body = await readFile(page);
  } catch {
    return refuse(response, 404);
  }
  response.writeHead(404, {
    ...securityHeaders(contentSecurityPolicy(await inlineScriptHashes(page), false)),
    "x-frame-options": "DENY",
    "content-type": CONTENT_TYPES[".html"]!,
    "content-length": body.length
  });
  response.end(request.method === "HEAD" ? undefined : body);
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  port?: number;
  /** 127.0.0.1 (this computer only, the default) or an address of the office network, 0.0.0.0 for all. */
  host?: string;
}

export async function serveDirectory(directory: string, {port = 0, host = "127.0.0.1"}: ServeOptions = {}) {
  const root = await realpath(resolve(directory));
  const server: Server = createServer(
    {maxHeaderSize: LIMITS.headerBytes, headersTimeout: LIMITS.headersMs, requestTimeout: LIMITS.requestMs},
    (request, response) => {
      handle(root, request, response).catch(() => {
        if (response.headersSent) response.destroy();
        else refuse(response, 500);
      });
    }
  );
  server.maxConnections = LIMITS.connections;
  return new Promise<RunningServer>((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      const shown = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
      resolvePromise({
        url: `http://${shown}:${actualPort}`,
        host,
        port: actualPort,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          })
      });
    });
  });
}

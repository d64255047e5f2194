// A minimal static file server for the built site (dist/), bound to 127.0.0.1 only. Used by `npm start`
// and by the browser tests, so both see the site exactly as it was built.
import {createReadStream} from "node:fs";
import {readFile, stat} from "node:fs/promises";
import {createServer, type Server} from "node:http";
import {extname, join, normalize, resolve} from "node:path";
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

const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg)/;
const gzipped = new Map<string, Buffer>();
async function compressed(file: string): Promise<Buffer> {
  let body = gzipped.get(file);
  if (!body) gzipped.set(file, (body = gzipSync(await readFile(file))));
  return body;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function serveDirectory(directory: string, port = 0): Promise<RunningServer> {
  const root = resolve(directory);
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    let size: number;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      size = (await stat(file)).size;
    } catch {
      const notFound = join(root, "404.html");
      response.writeHead(404, {"content-type": CONTENT_TYPES[".html"]});
      return void createReadStream(notFound)
        .on("error", () => response.end())
        .pipe(response);
    }
    const type = CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
    // Text is sent compressed when the browser accepts it, as any web server would (JSON, JS, CSS…).
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
      const body = await compressed(file);
      response.writeHead(200, {
        "content-type": type,
        "content-length": body.length,
        "content-encoding": "gzip",
        vary: "accept-encoding"
      });
      return void response.end(body);
    }
    response.writeHead(200, {"content-type": type, "content-length": size});
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${actualPort}`,
        close: () => new Promise((done) => server.close(() => done()))
      });
    });
  });
}

// `npm start` ends here: serve dist/ read-only on http://127.0.0.1:3000, or to the office network with
// `-- --host 0.0.0.0` (every address of this computer) or one address; `--port N` to change the port.
import {networkInterfaces} from "node:os";
import {parseArgs} from "node:util";
import {serveDirectory} from "./static-server.js";

const usage = "Cách dùng / usage: npm start -- [--host ADDRESS] [--port N]";
let values: {port: string; host: string; dir: string};
try {
  ({values} = parseArgs({
    options: {
      port: {type: "string", default: "3000"},
      host: {type: "string", default: "127.0.0.1"},
      dir: {type: "string", default: "dist"}
    }
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Cổng không hợp lệ / invalid port: ${values.port}\n${usage}`);
  process.exit(2);
}
try {
  const server = await serveDirectory(values.dir, {port, host: values.host});
  const everywhere = values.host === "0.0.0.0" || values.host === "::";
  // Colleagues need this computer's network address, not 0.0.0.0.
  const addresses = everywhere
    ? Object.values(networkInterfaces())
        .flat()
        .filter((a) => a && a.family === "IPv4" && !a.internal)
        .map((a) => `http://${a!.address}:${server.port}/`)
    : [];
  console.log(`Giám sát kế hoạch ATVSLĐ: ${server.url}/  (Ctrl+C để dừng / to stop)`);
  for (const address of addresses) console.log(`  trong mạng nội bộ / on the office network: ${address}`);
} catch (error) {
  const {code} = error as NodeJS.ErrnoException;
  console.error(
    code === "EADDRINUSE"
      ? `Cổng ${port} đang được dùng: chọn cổng khác bằng --port / port ${port} is in use: choose another with --port`
      : code === "EADDRNOTAVAIL" || code === "ENOTFOUND"
        ? `Máy này không có địa chỉ ${values.host} / this computer has no address ${values.host}`
        : code === "ENOENT"
          ? `Chưa có trang web trong ${values.dir}: chạy npm run build / no site in ${values.dir}: run npm run build`
          : `Không mở được máy chủ / cannot start the server: ${(error as Error).message}`
  );
  process.exit(1);
}

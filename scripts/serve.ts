// `npm start` ends here: serve dist/ on http://127.0.0.1:3000 (or --port N).
import {parseArgs} from "node:util";
import {serveDirectory} from "./static-server.js";

const {values} = parseArgs({
  options: {port: {type: "string", default: "3000"}, dir: {type: "string", default: "dist"}}
});
const server = await serveDirectory(values.dir, Number(values.port));
console.log(`Giám sát kế hoạch ATVSLĐ: ${server.url}/  (Ctrl+C để dừng / to stop)`);

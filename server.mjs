// The production server: Next.js in this process, behind a plain HTTP listener that tells
// the app which address the connection came from. Next.js itself offers the app no socket
// address (it only fills X-Forwarded-For when the client sent none, so a client can write
// it), and throttling needs an address a client cannot choose. It also answers the
// prerendered pages from memory, compressed once. Run as `npm start`, with
// the same -p/-H options as `next start`.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { prerenderedCache, prerenderedPages } from "./app/lib/net/prerendered.mjs";

// The header app/lib/net/client-address.ts reads; whatever a client sends under this name
// is replaced.
const PEER_HEADER = "x-odjava-peer";

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";

// As `next start` does: React and Next.js pick their production builds by it.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
// The public guides, prerendered, are answered from memory, compressed once (app/lib/net/prerendered.mjs).
const prerendered = prerenderedCache(prerenderedPages(".next"), () => server.address());
const server = createServer((req, res) => {
  if (prerendered(req, res)) return;
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  void handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`odjava: ready on http://${hostname}:${port}`);
});

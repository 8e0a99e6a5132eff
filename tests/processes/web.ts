// A web process of the app for the multi-process tests: the app's own webhook
// route, served over HTTP on the port given, against DATABASE_URL. Prints
// "listening <port>" once it answers.
import { createServer } from "node:http";
import { applyTestEnvironment } from "../setup/test-environment";

applyTestEnvironment();
const { receiveWebhook } = await import("../../app/http/webhooks.server");
const port = Number(process.argv[2]);

const server = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const request = new Request(`http://127.0.0.1:${port}${req.url}`, { method: req.method, headers, body: Buffer.concat(chunks) });
  try {
    const response = await receiveWebhook(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(await response.text());
  } catch (error) {
    console.error(`web: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    res.writeHead(500);
    res.end(error instanceof Error ? error.message : "error");
  }
});
server.listen(port, "127.0.0.1", () => console.log(`listening ${port}`));
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => server.close(() => process.exit(0)));

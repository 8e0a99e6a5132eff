import { RemixServer } from "@remix-run/react";
import type { EntryContext } from "@remix-run/node";
import { isbot } from "isbot";
import { addDocumentResponseHeaders } from "./shopify.server";
import { renderHtmlResponse } from "./http/html-response.server";
import { startDevWorkerOnce } from "./worker-runtime.server";

// The production server starts the worker from the build (scripts/start.mjs).
export { startBackgroundWorker } from "./worker-runtime.server";

if (process.env.NODE_ENV === "development") startDevWorkerOnce();

export const streamTimeout = 5000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  addDocumentResponseHeaders(request, responseHeaders);
  return renderHtmlResponse(<RemixServer context={remixContext} url={request.url} />, {
    status: responseStatusCode,
    headers: responseHeaders,
    waitForAll: isbot(request.headers.get("user-agent") ?? ""),
    timeoutMs: streamTimeout + 1000,
  });
}

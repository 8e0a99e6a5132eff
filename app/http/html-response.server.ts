// Every admin page's HTML: React renders it into a Node stream that Remix
// sends as the Response's body.
//
// React 18.3's renderToPipeableStream has a bug that corrupts Arabic and French
// pages (any character of two bytes or more): it encodes text into a 2,048-byte
// buffer, and when the next character needs more bytes than the buffer has left,
// it sends the whole buffer, unwritten bytes included, as NUL bytes
// (ReactServerStreamConfigNode's writeStringChunk; upstream React sends
// `subarray(0, writtenBytes)` since). A browser drops a NUL in text but reads
// one in an attribute or a script as U+FFFD: an Arabic button's accessible name
// came out as "تحديد كمعالَجة" with a U+FFFD inside "تحديد", and the same can
// land in an input's value or in the loader data the page hydrates from. Which
// character is hit depends on the byte count before it, so a page broke or not
// with the length of a name or a token. The stream is cleaned of NUL bytes on
// its way out: in UTF-8 the byte 0 is only ever the NUL character, which HTML
// never means (the spec makes it a parse error everywhere), and React's own
// escaping and Remix's JSON never write one. Decision 051.
import { Transform } from "node:stream";
import type { ReactElement } from "react";
import { renderToPipeableStream } from "react-dom/server";
import { createReadableStreamFromReadable } from "@remix-run/node";

export interface HtmlRenderOptions {
  status: number;
  headers: Headers;
  /** Crawlers get the whole page at once; browsers get the shell first and the rest as it resolves. */
  waitForAll: boolean;
  /** How long the rest may take before React stops and leaves it to the browser. */
  timeoutMs: number;
}

/** A byte stream without the NUL bytes React 18.3 pads its buffer with. */
export function withoutNulBytes(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!chunk.includes(0)) return done(null, chunk);
      const kept = Buffer.allocUnsafe(chunk.length);
      let length = 0;
      for (const byte of chunk) if (byte !== 0) kept[length++] = byte;
      done(null, kept.subarray(0, length));
    },
  });
}

/** Renders a page as a streamed HTML Response (its status the one given, or 500 if the shell itself fails). */
export function renderHtmlResponse(element: ReactElement, options: HtmlRenderOptions): Promise<Response> {
  let status = options.status;
  return new Promise((resolve, reject) => {
    const ready = () => {
      const body = withoutNulBytes();
      options.headers.set("Content-Type", "text/html; charset=utf-8");
      resolve(new Response(createReadableStreamFromReadable(body), { headers: options.headers, status }));
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(element, {
      ...(options.waitForAll ? { onAllReady: ready } : { onShellReady: ready }),
      onShellError(error) {
        reject(error);
      },
      onError(error) {
        status = 500;
        console.error(error);
      },
    });
    setTimeout(abort, options.timeoutMs);
  });
}

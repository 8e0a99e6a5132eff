// The demo's mail catcher: a local SMTP server (the smtp-server package) that
// accepts every message the app sends and keeps the latest ones in memory,
// and the mailbox pages the local Shopify serves over them:
//   GET /mailbox             the messages, newest first
//   GET /mailbox/:id         one message: its headers, and its HTML in a sandboxed frame
//   GET /mailbox/:id/html    the HTML itself (sandboxed by its CSP header too), links opened through /mailbox/follow
//   GET /mailbox/:id/raw     the message as received (RFC 5322)
//   GET /mailbox/follow?to=  opens a link of an email: follows its redirects and, when they end on a
//                            shop's domain (https://<shop>.myshopify.com, which does not exist on this
//                            machine), sends the browser to the local storefront instead
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { IncomingMessage, ServerResponse } from "node:http";
import { SMTPServer } from "smtp-server";
import { headerOf, htmlOf, partsOf } from "./mail";

export interface CaughtMail {
  id: string;
  receivedAt: Date;
  /** The envelope's sender and recipients. */
  from: string;
  to: string[];
  raw: string;
}

export interface MailCatcher {
  host: string;
  port: number;
  /** Newest last. */
  messages: CaughtMail[];
  /** Where links to a shop's domain lead in the demo: the local storefront's URL (set once it runs). */
  storefrontUrl: string | null;
  close(): Promise<void>;
}

/** The messages kept: the oldest are dropped beyond this. */
const KEPT = 500;
/** The largest message accepted (the app's emails are a few kilobytes). */
const MAX_BYTES = 2 * 1024 * 1024;

export async function startMailCatcher(options: { port?: number; host?: string } = {}): Promise<MailCatcher> {
  const catcher: MailCatcher = { host: options.host ?? "127.0.0.1", port: 0, messages: [], storefrontUrl: null, close: async () => {} };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    size: MAX_BYTES,
    // Any user name and password: the demo's merchant logs in with made-up ones.
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        catcher.messages.push({
          id: randomUUID(),
          receivedAt: new Date(),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        if (catcher.messages.length > KEPT) catcher.messages.shift();
        callback();
      });
    },
  });
  // A client that drops the conversation (a worker killed mid-send) is an
  // "error" event of the server's: unheard, it would crash the demo.
  server.on("error", () => {});
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(options.port ?? 0, catcher.host, resolve);
  });
  catcher.port = (server.server.address() as AddressInfo).port;
  catcher.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return catcher;
}

const escape = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)}</title>` +
  `<style>body{font-family:system-ui,sans-serif;margin:24px;color:#202223}table{border-collapse:collapse;width:100%}th,td{text-align:start;padding:6px 8px;border-bottom:1px solid #e1e3e5;vertical-align:top}` +
  `dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}iframe{width:100%;height:640px;border:1px solid #c9cccf;border-radius:8px}</style></head>` +
  `<body>${body}</body></html>`;

const HEADERS = ["From", "To", "Reply-To", "Subject", "Date", "List-Unsubscribe", "List-Unsubscribe-Post"] as const;

function listPage(catcher: MailCatcher): string {
  const rows = [...catcher.messages]
    .reverse()
    .map(
      (mail) =>
        `<tr><td>${escape(mail.receivedAt.toISOString().replace("T", " ").slice(0, 19))} UTC</td><td>${escape(mail.to.join(", "))}</td>` +
        `<td><a href="/mailbox/${mail.id}">${escape(headerOf(mail.raw, "Subject") ?? "(no subject)")}</a></td></tr>`,
    )
    .join("");
  return page(
    "Mailbox",
    `<h1>Mailbox</h1><p>Every email the app sent through the demo's SMTP server (${escape(catcher.host)}:${catcher.port}), newest first.</p>` +
      (rows
        ? `<table><thead><tr><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`
        : `<p>No email yet.</p>`),
  );
}

function messagePage(mail: CaughtMail): string {
  const subject = headerOf(mail.raw, "Subject") ?? "(no subject)";
  const headers = HEADERS.map((name) => [name, headerOf(mail.raw, name)] as const)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `<dt>${name}</dt><dd>${escape(value!)}</dd>`)
    .join("");
  const html = htmlOf(mail.raw);
  const text = partsOf(mail.raw).find((part) => part.contentType === "text/plain")?.body;
  return page(
    subject,
    `<p><a href="/mailbox">← Mailbox</a></p><h1>${escape(subject)}</h1><dl>${headers}</dl>` +
      (html
        ? `<iframe title="The email" sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation" src="/mailbox/${mail.id}/html"></iframe>`
        : "") +
      (text ? `<details><summary>Plain text</summary><pre style="white-space:pre-wrap">${escape(text)}</pre></details>` : "") +
      `<p><a href="/mailbox/${mail.id}/raw">The message as received</a></p>`,
  );
}

/** The email's HTML, its links opened at the top of the window through /mailbox/follow. */
function messageHtml(mail: CaughtMail): string | null {
  const html = htmlOf(mail.raw);
  if (html === null) return null;
  return html.replace(/<a href="([^"]*)"/g, (_, href: string) => {
    const target = href.replace(/&amp;/g, "&");
    if (!/^https?:\/\//.test(target)) return `<a href="${href}"`;
    return `<a target="_top" href="/mailbox/follow?to=${encodeURIComponent(target)}"`;
  });
}

/** Follows a link's redirects (the app's click link) to where it ends; a shop's domain becomes the local storefront. */
async function follow(catcher: MailCatcher, link: string): Promise<string> {
  let url = link;
  for (let hop = 0; hop < 5; hop++) {
    const target = new URL(url);
    if (/\.myshopify\.com$/.test(target.hostname)) {
      return catcher.storefrontUrl ? `${catcher.storefrontUrl}${target.pathname}${target.search}` : url;
    }
    const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
    const location = response.headers.get("location");
    if (response.status < 300 || response.status >= 400 || !location) return url;
    url = new URL(location, url).toString();
  }
  return url;
}

/** Answers a /mailbox request; false when the path is not the mailbox's. */
export async function handleMailbox(catcher: MailCatcher, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  if (url.pathname !== "/mailbox" && !url.pathname.startsWith("/mailbox/")) return false;
  const html = (status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers });
    res.end(body);
  };
  if (req.method !== "GET") {
    html(405, page("Mailbox", "<p>Only GET.</p>"));
    return true;
  }
  if (url.pathname === "/mailbox" || url.pathname === "/mailbox/") {
    html(200, listPage(catcher));
    return true;
  }
  if (url.pathname === "/mailbox/follow") {
    const to = url.searchParams.get("to") ?? "";
    // Only a link of an email the catcher holds: the mailbox opens nothing else.
    const inAnEmail = catcher.messages.some((mail) => (htmlOf(mail.raw) ?? "").includes(`href="${to.replace(/&/g, "&amp;")}"`));
    if (!/^https?:\/\//.test(to) || !inAnEmail) {
      html(400, page("Mailbox", "<p>Not a link of an email in this mailbox.</p>"));
      return true;
    }
    res.writeHead(302, { Location: await follow(catcher, to), "Cache-Control": "no-store" });
    res.end();
    return true;
  }
  const match = /^\/mailbox\/([\w-]+)(\/html|\/raw)?$/.exec(url.pathname);
  const mail = match ? catcher.messages.find((candidate) => candidate.id === match[1]) : undefined;
  if (!match || !mail) {
    html(404, page("Mailbox", `<p>No such email. <a href="/mailbox">Mailbox</a></p>`));
    return true;
  }
  if (match[2] === "/raw") {
    res.writeHead(200, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    res.end(mail.raw);
    return true;
  }
  if (match[2] === "/html") {
    const body = messageHtml(mail);
    // Opened on its own, the email is still sandboxed: no script, no form, links only to open a new page.
    if (body === null) html(404, page("Mailbox", "<p>This email has no HTML.</p>"));
    else
      html(200, body, {
        "Content-Security-Policy":
          "sandbox allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation; script-src 'none'",
      });
    return true;
  }
  html(200, messagePage(mail));
  return true;
}

// A local SMTP server (the smtp-server package) that keeps every message it
// accepts, for the tests and the benchmarks: what the merchant's server would
// have received. Free of Vitest, so a benchmark run by tsx can start one;
// tests take it through withLocalSmtp (smtp.ts).
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface CaughtMessage {
  from: string;
  to: string[];
  raw: string;
}

export interface LocalSmtp {
  port: number;
  messages: CaughtMessage[];
  /** The credentials each connection logged in with. */
  logins: { username: string; password: string }[];
  /** While set, every message is refused with this temporary error (451). */
  refuseWith: string | null;
  /** Addresses the server refuses for good at RCPT TO (550, no such mailbox): a bounce at send time. */
  bounce: Set<string>;
  /** Asked before each message is kept, with how many were kept so far: a text refuses this one (451). */
  refuseWhen: ((kept: number) => string | null) | null;
  close(): Promise<void>;
}

export async function startLocalSmtp(): Promise<LocalSmtp> {
  const state: LocalSmtp = {
    port: 0,
    messages: [],
    logins: [],
    bounce: new Set(),
    refuseWith: null,
    refuseWhen: null,
    close: async () => {},
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, callback) {
      state.logins.push({ username: auth.username ?? "", password: auth.password ?? "" });
      callback(null, { user: auth.username });
    },
    onRcptTo(address, _session, callback) {
      if (state.bounce.has(address.address.toLowerCase())) {
        callback(Object.assign(new Error("5.1.1 No such mailbox here"), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const refusal = state.refuseWith ?? state.refuseWhen?.(state.messages.length) ?? null;
        if (refusal) {
          const error = Object.assign(new Error(refusal), { responseCode: 451 });
          callback(error);
          return;
        }
        state.messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  // A client that drops the conversation (the tests kill workers mid-send) is
  // an "error" event of the server's: unheard, it is an uncaught exception.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.port = (server.server.address() as AddressInfo).port;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

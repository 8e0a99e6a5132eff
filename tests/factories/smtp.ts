// The local SMTP server (local-smtp.ts) for a test file, and what the tests
// read from the messages it keeps.
import { beforeEach } from "vitest";
import { startedForFile } from "./lifecycle";
import { startLocalSmtp, type LocalSmtp } from "./local-smtp";

export { startLocalSmtp, type CaughtMessage, type LocalSmtp } from "./local-smtp";

// Reading what it caught: the same reading as the demo's mailbox.
export { decodedBody, headerOf } from "../../local-shopify/mail";

/** The link of the email's button (the tracking page, through its click link), as the shopper's mail client opens it. */
export function buttonLink(body: string): string {
  const match = /<a href="([^"]*\/links\/[^"]*\/click\/[^"]*)"/.exec(body);
  if (!match) throw new Error("The email has no click link");
  return match[1]!.replace(/&amp;/g, "&");
}

/** For a test file: a local SMTP server started once, and emptied before each test (messages, logins, refusals, bounces). */
export function withLocalSmtp(): () => LocalSmtp {
  const smtp = startedForFile(startLocalSmtp);
  beforeEach(() => {
    smtp().messages.length = 0;
    smtp().logins.length = 0;
    smtp().refuseWith = null;
    smtp().refuseWhen = null;
    smtp().bounce.clear();
  });
  return smtp;
}

// Reading the emails the local SMTP catcher keeps (nodemailer's MIME: text
// and HTML parts, quoted-printable or base64, RFC 2047 headers), for the
// demo's mailbox and the tests. Only what nodemailer writes is read; it is no
// general MIME parser.

/** A header's value, with RFC 2047 encoded words decoded. */
export function headerOf(raw: string, name: string): string | null {
  const head = raw.slice(0, raw.search(/\r?\n\r?\n/));
  const match = new RegExp(`^${name}:([^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*)`, "im").exec(head);
  if (!match) return null;
  return match[1]!
    .replace(/\r?\n[ \t]/g, " ")
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toLowerCase() === "b"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            "latin1",
          ).toString("utf8"),
    )
    .trim();
}

export interface MailPart {
  contentType: string;
  body: string;
}

/** Every part of the message, its body decoded (quoted-printable or base64). */
export function partsOf(raw: string): MailPart[] {
  return raw.split(/\r?\n--[^\r\n]+\r?\n/).flatMap((part) => {
    const split = part.search(/\r?\n\r?\n/);
    if (split < 0) return [];
    const headers = part.slice(0, split);
    const encoded = part.slice(split).trim();
    const contentType = /Content-Type:\s*([^;\r\n]+)/i.exec(headers)?.[1]?.trim().toLowerCase() ?? "text/plain";
    let body = encoded;
    if (/Content-Transfer-Encoding:\s*base64/i.test(headers)) body = Buffer.from(encoded.replace(/\s+/g, ""), "base64").toString("utf8");
    else if (/Content-Transfer-Encoding:\s*quoted-printable/i.test(headers)) {
      const bytes = encoded.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      body = Buffer.from(bytes, "latin1").toString("utf8");
    }
    return [{ contentType, body }];
  });
}

/** Every text part of a MIME message, decoded, joined: what the tests search. */
export function decodedBody(raw: string): string {
  return partsOf(raw)
    .map((part) => part.body)
    .join("\n");
}

/** The HTML part, if the message has one. */
export function htmlOf(raw: string): string | null {
  return partsOf(raw).find((part) => part.contentType === "text/html")?.body ?? null;
}

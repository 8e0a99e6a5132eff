// What an SMTP failure means, in words a merchant can act on (the Email
// page's test send and the message log), from nodemailer's error: its code
// (EAUTH, ECONNECTION, ETIMEDOUT, ETLS, EENVELOPE…), the server's reply code
// and the server's own words.

export interface SmtpFailure {
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
  message?: unknown;
}

const serverSaid = (failure: SmtpFailure) =>
  typeof failure.response === "string" && failure.response.trim() ? ` The server said: "${failure.response.trim().slice(0, 200)}".` : "";

/**
 * Whether the server refused this message for good (a bounce at send time): a
 * 5xx reply to the recipient or the message itself. Sending it again would be
 * refused again, so it is recorded as bounced, never retried. A 5xx to the
 * login (EAUTH) is the merchant's settings, not the shopper's address: not a bounce.
 */
export function isPermanentRefusal(error: unknown): boolean {
  const failure: SmtpFailure = typeof error === "object" && error !== null ? (error as SmtpFailure) : {};
  const code = typeof failure.code === "string" ? failure.code : "";
  const reply = typeof failure.responseCode === "number" ? failure.responseCode : 0;
  return (code === "EENVELOPE" || code === "EMESSAGE") && reply >= 500 && reply < 600;
}

export function describeSmtpError(error: unknown, server: { host: string; port: number }): string {
  const failure: SmtpFailure = typeof error === "object" && error !== null ? (error as SmtpFailure) : {};
  const code = typeof failure.code === "string" ? failure.code : "";
  const message = typeof failure.message === "string" ? failure.message : String(error);
  const where = `${server.host}:${server.port}`;
  if (code === "EAUTH" || code === "ENOAUTH")
    return `The server refused the user name or password: check them with your email provider.${serverSaid(failure)}`;
  if (/ECONNREFUSED/.test(message)) return `Nothing answers at ${where}: check the server's host name and port.`;
  if (/ENOTFOUND|EAI_AGAIN/.test(message) || code === "EDNS") return `The server ${server.host} cannot be found: check its host name.`;
  if (code === "ETIMEDOUT" || /timed? ?out/i.test(message))
    return `The server at ${where} did not answer in time: check the host name and port, or try again later.`;
  if (code === "ETLS" || code === "EREQUIRETLS" || /TLS|SSL|certificate/i.test(message))
    return `The secure connection to ${where} failed: check the Security setting (TLS is usually port 465, STARTTLS port 587).`;
  if (code === "EENVELOPE")
    return `The server refused the sender or the recipient: check that your sender email may send through this server.${serverSaid(failure)}`;
  if (typeof failure.responseCode === "number" && failure.responseCode >= 400 && failure.responseCode < 500)
    return `The server turned the email away for now (a temporary refusal).${serverSaid(failure)}`;
  if (typeof failure.responseCode === "number" && failure.responseCode >= 500) return `The server refused the email.${serverSaid(failure)}`;
  if (code === "ECONNECTION" || code === "ESOCKET")
    return `The connection to ${where} failed (${message.slice(0, 120)}): check the host name, port and Security setting.`;
  return `Sending failed: ${message.slice(0, 200)}`;
}

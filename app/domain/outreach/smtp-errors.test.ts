import { describe, expect, it } from "vitest";
import { describeSmtpError, isPermanentRefusal } from "./smtp-errors";

const server = { host: "smtp.example.com", port: 587 };
const failure = (fields: Record<string, unknown>) => Object.assign(new Error(String(fields.message ?? "")), fields);

describe("SMTP errors in words", () => {
  it("names what the merchant should check", () => {
    expect(describeSmtpError(failure({ code: "EAUTH", response: "535 5.7.8 Authentication failed" }), server)).toBe(
      'The server refused the user name or password: check them with your email provider. The server said: "535 5.7.8 Authentication failed".',
    );
    expect(describeSmtpError(failure({ code: "ESOCKET", message: "connect ECONNREFUSED 10.0.0.1:587" }), server)).toBe(
      "Nothing answers at smtp.example.com:587: check the server's host name and port.",
    );
    expect(describeSmtpError(failure({ code: "EDNS", message: "getaddrinfo ENOTFOUND smtp.example.com" }), server)).toBe(
      "The server smtp.example.com cannot be found: check its host name.",
    );
    expect(describeSmtpError(failure({ code: "ETIMEDOUT", message: "Connection timeout" }), server)).toMatch(/did not answer in time/);
    expect(describeSmtpError(failure({ code: "ETLS", message: "wrong version number" }), server)).toMatch(/Security setting/);
    expect(describeSmtpError(failure({ code: "EENVELOPE", response: "550 5.7.1 Sender not allowed" }), server)).toMatch(
      /refused the sender or the recipient.*Sender not allowed/,
    );
    expect(describeSmtpError(failure({ code: "EMESSAGE", responseCode: 451, response: "451 Try again later" }), server)).toBe(
      'The server turned the email away for now (a temporary refusal). The server said: "451 Try again later".',
    );
    expect(describeSmtpError("boom", server)).toBe("Sending failed: boom");
  });
});

describe("a refusal for good (a bounce at send time)", () => {
  it("is a 5xx to the recipient or the message, never a temporary refusal, a login or a connection", () => {
    expect(isPermanentRefusal(failure({ code: "EENVELOPE", responseCode: 550, response: "550 5.1.1 No such mailbox" }))).toBe(true);
    expect(isPermanentRefusal(failure({ code: "EMESSAGE", responseCode: 554, response: "554 Rejected" }))).toBe(true);
    expect(isPermanentRefusal(failure({ code: "EMESSAGE", responseCode: 451, response: "451 Try again later" }))).toBe(false);
    expect(isPermanentRefusal(failure({ code: "EAUTH", responseCode: 535, response: "535 Bad credentials" }))).toBe(false);
    expect(isPermanentRefusal(failure({ code: "ECONNECTION", message: "connect ECONNREFUSED" }))).toBe(false);
    expect(isPermanentRefusal("boom")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box.server";

describe("sealed secrets", () => {
  it("come back as they went in, and differ each time they are sealed", () => {
    const sealed = sealSecret("pässwörd-🔑");
    expect(sealed).not.toContain("pässwörd");
    expect(sealed).not.toBe(sealSecret("pässwörd-🔑"));
    expect(openSecret(sealed)).toBe("pässwörd-🔑");
  });

  it("refuse to open once altered", () => {
    const [version, iv, tag, ciphertext] = sealSecret("secret").split(".");
    const altered = [version, iv, tag, Buffer.from("SECRET").toString("base64url") + ciphertext!.slice(8)].join(".");
    expect(() => openSecret(altered)).toThrow();
    expect(() => openSecret("plain text")).toThrow(/Not a sealed secret/);
  });
});

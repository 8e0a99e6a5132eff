// Secrets a merchant gives Concierge (an SMTP password) are stored encrypted
// with AES-256-GCM under SETTINGS_ENCRYPTION_KEY, so a copy of the database
// alone does not reveal them. The stored form is "v1.<iv>.<tag>.<ciphertext>"
// in base64url; the version lets the key be rotated later.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env } from "./env.server";

/** Development and tests only: production never seals with it. */
export const DEVELOPMENT_SETTINGS_KEY = Buffer.from("concierge-development-only-key!!", "utf8").toString("base64");

export class SettingsKeyMissingError extends Error {
  constructor() {
    super("SETTINGS_ENCRYPTION_KEY is not set: secrets cannot be stored (32 bytes in base64: openssl rand -base64 32)");
    this.name = "SettingsKeyMissingError";
  }
}

function key(): Buffer {
  if (env.SETTINGS_ENCRYPTION_KEY) return Buffer.from(env.SETTINGS_ENCRYPTION_KEY, "base64");
  if (env.NODE_ENV === "production") throw new SettingsKeyMissingError();
  return Buffer.from(DEVELOPMENT_SETTINGS_KEY, "base64");
}

export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ciphertext.toString("base64url")].join(".");
}

/** The secret, or an error if it was sealed under another key or altered. */
export function openSecret(sealed: string): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || ciphertext === undefined) throw new Error("Not a sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

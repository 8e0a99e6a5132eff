// Checks a DATABASE_URL: Concierge runs on PostgreSQL only
// (docs/decisions/009-postgresql-only.md). Shared by the app's environment
// check and the scripts so that they can never disagree.

/** @param {string | undefined} url */
export function isPostgresUrl(url) {
  return typeof url === "string" && /^postgres(ql)?:\/\/./.test(url.trim());
}

/** @param {string | undefined} url */
export function requirePostgresUrl(url) {
  if (!isPostgresUrl(url)) {
    const scheme = url ? `"${url.split(":")[0]}:..."` : "nothing";
    throw new Error(`DATABASE_URL must be a postgresql:// URL; got ${scheme}`);
  }
  return /** @type {string} */ (url).trim();
}

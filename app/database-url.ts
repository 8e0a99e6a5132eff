// Checks a DATABASE_URL: Concierge runs on PostgreSQL only
// (docs/decisions/009-postgresql-only.md). Used by the environment check at
// boot and by the database client, so that the two can never disagree.

export function isPostgresUrl(url: string | undefined): boolean {
  return typeof url === "string" && /^postgres(ql)?:\/\/./.test(url.trim());
}

export function requirePostgresUrl(url: string | undefined): string {
  if (!isPostgresUrl(url)) {
    const scheme = url ? `"${url.split(":")[0]}:..."` : "nothing";
    throw new Error(`DATABASE_URL must be a postgresql:// URL; got ${scheme}`);
  }
  return (url as string).trim();
}

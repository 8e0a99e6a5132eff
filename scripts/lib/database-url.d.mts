export declare const DEFAULT_SQLITE_URL: string;
export declare function describeDatabaseUrl(
  url: string | undefined,
):
  | { provider: "sqlite"; url: string; filePath: string }
  | { provider: "postgresql"; url: string; filePath: null };

export interface EmbeddedPostgresServer {
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}
export declare function freePort(): Promise<number>;
export declare function startEmbeddedPostgres(options?: {
  dataDir?: string;
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedPostgresServer>;
export declare function ensureDatabase(adminUrl: string, database: string): Promise<void>;
export declare function dropDatabase(adminUrl: string, database: string): Promise<void>;
export declare function createScratchDatabase(options: {
  prefix: string;
  serverUrl?: string;
}): Promise<{ url: string; drop(): Promise<void> }>;
export declare function withDatabase(url: string, database: string): string;
export declare function resolveDatabase(options?: {
  dataDir?: string;
  database?: string;
  log?: (line: string) => void;
}): Promise<{ url: string; embedded: boolean; stop(): Promise<void> }>;

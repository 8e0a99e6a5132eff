export declare function migrationsDirectory(provider: "sqlite" | "postgresql"): string;
export declare function listMigrations(
  provider: "sqlite" | "postgresql",
): { name: string; sql: string; checksum: string }[];
export declare function applyMigrations(options?: {
  url?: string;
  log?: (line: string) => void;
}): Promise<string[]>;

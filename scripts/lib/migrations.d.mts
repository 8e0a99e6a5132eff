export declare const migrationsDirectory: string;
export declare function listMigrations(directory?: string): { name: string; sql: string; checksum: string }[];
export declare function applyMigrations(options?: { url?: string; log?: (line: string) => void }): Promise<string[]>;
export declare function describeSchema(url: string): Promise<string[]>;

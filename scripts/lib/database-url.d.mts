export declare function isPostgresUrl(url: string | undefined): boolean;
export declare function requirePostgresUrl(url: string | undefined): string;

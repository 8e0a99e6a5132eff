export declare function storefrontScripts(): { source: string; asset: string }[];
export declare function buildStorefrontScript(source: string): Promise<string>;
export declare function buildStorefrontAssets(): Promise<{ asset: string; rebuilt: boolean; bytes: number; gzippedBytes: number }[]>;

export type DatabaseConfig = { provider: "postgresql"; url: string } | { provider: "sqlite"; url: string; file: string };

export declare const DEFAULT_SQLITE_URL: "file:./prisma/odjava.db";

export declare function databaseConfig(raw: string | undefined): DatabaseConfig;

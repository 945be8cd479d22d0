import type pg from "pg";

export declare const MigrateClient: typeof pg.Client;

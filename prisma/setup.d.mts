export declare function ensureAuthSecret(envFile?: string, env?: Record<string, string | undefined>): void;

export declare function migrate(env?: Record<string, string | undefined>): void;

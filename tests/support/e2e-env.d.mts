export declare const E2E_SQLITE_URL: string;
export declare function e2eEnvironment(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;

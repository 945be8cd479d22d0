// Types of scripts.mjs, for the unit test that imports it.
export function scriptSources(html: string): string[];
export function scriptBytes(origin: string, path: string, cookie?: string): Promise<{ bytes: number; scripts: number; uncompressed: number }>;

import type { IncomingMessage, ServerResponse } from "node:http";

export declare function prerenderedPages(distDir: string): Set<string>;
export declare function accepts(accept: string | undefined, encoding: string): boolean;
export declare function prerenderedCache(
  pages: Set<string>,
  address: () => { address: string; port: number },
): (req: IncomingMessage, res: ServerResponse) => boolean;

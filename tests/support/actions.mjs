// The server actions of the production build (.next), read from Next's manifest: the
// e2e tests and the benchmark call them over HTTP by their ids.
import { readFileSync } from "node:fs";

/** Every server action in the build: id -> "file#exportedName". @returns {Map<string, string>} */
export function actionsInBuild() {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8"));
  return new Map(Object.entries(manifest.node).map(([id, a]) => [id, `${a.filename}#${a.exportedName}`]));
}

/** @type {Map<string, string> | null} */
let cached = null;

/** The id of the action exported as `name`; throws when the build has none. @param {string} name */
export function actionId(name) {
  cached ??= actionsInBuild();
  for (const [id, full] of cached) if (full.endsWith(`#${name}`)) return id;
  throw new Error(`no server action ${name} in the build`);
}

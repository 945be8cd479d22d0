// The server actions of a production build (.next, or another app's build directory), read
// from Next's manifest: the e2e tests and the benchmark call them over HTTP by their ids.
import { readFileSync } from "node:fs";
import path from "node:path";

/** Every server action in the build: id -> "file#exportedName". @param {string} [buildDir] @returns {Map<string, string>} */
export function actionsInBuild(buildDir = ".next") {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, "server/server-reference-manifest.json"), "utf8"));
  return new Map(Object.entries(manifest.node).map(([id, a]) => [id, `${a.filename}#${a.exportedName}`]));
}

/** @type {Map<string, Map<string, string>>} */
const cached = new Map();

/** The id of the action exported as `name`; throws when the build has none. @param {string} name @param {string} [buildDir] */
export function actionId(name, buildDir = ".next") {
  if (!cached.has(buildDir)) cached.set(buildDir, actionsInBuild(buildDir));
  for (const [id, full] of /** @type {Map<string, string>} */ (cached.get(buildDir))) if (full.endsWith(`#${name}`)) return id;
  throw new Error(`no server action ${name} in the build in ${buildDir}`);
}

// The pg client Prisma Migrate uses on PostgreSQL (prisma.config.ts). The schema engine
// reads the catalog, whose columns are of PostgreSQL's `name` type (OID 19), and
// @prisma/adapter-pg 6.19 knows no column type for it, so every migrate command stops
// with "Column type 'name' could not be deserialized" (prisma/orm#27403). A `name` is
// text on the wire, so this client reports those columns as `text` (OID 25); the values
// themselves are untouched. The app's own client (app/lib/db/client.ts) never reads the
// catalog and uses plain pg.
import pg from "pg";

const NAME = 19;
const TEXT = 25;

function nameAsText(result) {
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of one?.fields ?? []) if (field.dataTypeID === NAME) field.dataTypeID = TEXT;
  }
  return result;
}

export class MigrateClient extends pg.Client {
  // Called with a callback by pg's pool and for a promise by the adapter's transactions.
  query(...args) {
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last];
      args[last] = (error, result) => callback(error, error ? result : nameAsText(result));
      return super.query(...args);
    }
    const answer = super.query(...args);
    return typeof answer?.then === "function" ? answer.then(nameAsText) : answer;
  }
}

// Prisma CLI configuration. The provider follows DATABASE_URL: a postgres:// or
// postgresql:// URL selects PostgreSQL (prisma/postgres), anything else SQLite (prisma/).
// Prisma 6.19's JavaScript schema engine is used because the native one cannot be
// downloaded on offline machines (see README, "Decisions").
import { defineConfig } from "prisma/config";
import { databaseConfig } from "./prisma/database-url.mjs";

const db = databaseConfig(process.env.DATABASE_URL);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: db.provider === "postgresql" ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: db.provider === "postgresql" ? "prisma/postgres/migrations" : "prisma/migrations" },
  adapter: async () => {
    if (db.provider === "postgresql") {
      const [{ PrismaPg }, { MigrateClient }] = await Promise.all([import("@prisma/adapter-pg"), import("./prisma/pg-migrate-client.mjs")]);
      return new PrismaPg({ connectionString: db.url, Client: MigrateClient });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: db.url });
  },
});

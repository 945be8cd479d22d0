-- AlterTable
ALTER TABLE "Case" ADD COLUMN "portCommitment" TEXT;
ALTER TABLE "Case" ADD COLUMN "portDebts" TEXT;
ALTER TABLE "Case" ADD COLUMN "portRecent" TEXT;
ALTER TABLE "Case" ADD COLUMN "portRegistered" TEXT;
ALTER TABLE "Case" ADD COLUMN "portStolen" TEXT;

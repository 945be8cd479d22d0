-- AlterTable
ALTER TABLE "Case" ADD COLUMN "lastTopUp" TEXT;

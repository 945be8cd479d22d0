-- AlterTable
ALTER TABLE "Case" ADD COLUMN "representative" TEXT;

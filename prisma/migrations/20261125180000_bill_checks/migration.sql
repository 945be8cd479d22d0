-- AlterTable
ALTER TABLE "Case" ADD COLUMN "billCheck1" TEXT;
ALTER TABLE "Case" ADD COLUMN "billCheck2" TEXT;

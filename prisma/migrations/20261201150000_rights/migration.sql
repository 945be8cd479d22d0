-- AlterTable
ALTER TABLE "Case" ADD COLUMN "billDueOn" TEXT;
ALTER TABLE "Case" ADD COLUMN "priceNoticeOn" TEXT;


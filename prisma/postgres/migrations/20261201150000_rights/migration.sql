-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "billDueOn" TEXT,
ADD COLUMN     "priceNoticeOn" TEXT;


-- AlterTable
ALTER TABLE "Case" ADD COLUMN "postReceiptNo" TEXT;
ALTER TABLE "Case" ADD COLUMN "receivedOn" TEXT;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN "deviceInstalments" TEXT;
ALTER TABLE "Case" ADD COLUMN "instalmentAmount" TEXT;
ALTER TABLE "Case" ADD COLUMN "instalmentsLeft" TEXT;
ALTER TABLE "Case" ADD COLUMN "termDiscount" TEXT;
ALTER TABLE "Case" ADD COLUMN "termMonthsUsed" TEXT;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "deviceInstalments" TEXT,
ADD COLUMN     "instalmentAmount" TEXT,
ADD COLUMN     "instalmentsLeft" TEXT,
ADD COLUMN     "termDiscount" TEXT,
ADD COLUMN     "termMonthsUsed" TEXT;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "refundIban" TEXT;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "keepNumber" TEXT;

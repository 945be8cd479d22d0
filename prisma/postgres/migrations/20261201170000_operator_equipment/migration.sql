-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "operatorEquipment" TEXT;

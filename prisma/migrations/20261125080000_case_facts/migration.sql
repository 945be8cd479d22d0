-- AlterTable
ALTER TABLE "Case" ADD COLUMN "accountProblems" TEXT;
ALTER TABLE "Case" ADD COLUMN "answerNote" TEXT;
ALTER TABLE "Case" ADD COLUMN "answerOn" TEXT;
ALTER TABLE "Case" ADD COLUMN "channel" TEXT;
ALTER TABLE "Case" ADD COLUMN "closedOn" TEXT;
ALTER TABLE "Case" ADD COLUMN "holderName" TEXT;
ALTER TABLE "Case" ADD COLUMN "idDocument" TEXT;
ALTER TABLE "Case" ADD COLUMN "letterPlace" TEXT;
ALTER TABLE "Case" ADD COLUMN "operatorReference" TEXT;
ALTER TABLE "Case" ADD COLUMN "reason" TEXT;
ALTER TABLE "Case" ADD COLUMN "submittedOn" TEXT;
ALTER TABLE "Case" ADD COLUMN "unpaidBills" TEXT;


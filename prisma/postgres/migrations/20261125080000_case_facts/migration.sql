-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "accountProblems" TEXT,
ADD COLUMN     "answerNote" TEXT,
ADD COLUMN     "answerOn" TEXT,
ADD COLUMN     "channel" TEXT,
ADD COLUMN     "closedOn" TEXT,
ADD COLUMN     "holderName" TEXT,
ADD COLUMN     "idDocument" TEXT,
ADD COLUMN     "letterPlace" TEXT,
ADD COLUMN     "operatorReference" TEXT,
ADD COLUMN     "reason" TEXT,
ADD COLUMN     "submittedOn" TEXT,
ADD COLUMN     "unpaidBills" TEXT;


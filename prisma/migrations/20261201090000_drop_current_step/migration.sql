-- Nothing read the stored current step: the next step is derived from the checklist on every read.
ALTER TABLE "Case" DROP COLUMN "currentStep";

-- The prepaid registration answer replaces the porting pre-check's portRegistered: "no"
-- becomes "none" and "unknown" stays "unknown". A "yes" named no document, so it is not
-- carried over and the question (now with the document) is asked again.
-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "abroad" TEXT,
ADD COLUMN     "foreignAddress" TEXT,
ADD COLUMN     "prepaidRegistration" TEXT;

UPDATE "Case" SET "prepaidRegistration" = CASE "portRegistered" WHEN 'no' THEN 'none' WHEN 'unknown' THEN 'unknown' END
WHERE "planType" = 'prepaid' AND "portRegistered" IN ('no', 'unknown');

-- AlterTable
ALTER TABLE "Case" DROP COLUMN "portRegistered";

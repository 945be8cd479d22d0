-- The prepaid registration answer replaces the porting pre-check's portRegistered: "no"
-- becomes "none" and "unknown" stays "unknown". A "yes" named no document, so it is not
-- carried over and the question (now with the document) is asked again.
-- Columns are added and dropped in place (SQLite 3.35+), not by redefining the table, so
-- columns that other migrations add around this one are kept.

-- AlterTable
ALTER TABLE "Case" ADD COLUMN "prepaidRegistration" TEXT;
ALTER TABLE "Case" ADD COLUMN "abroad" TEXT;
ALTER TABLE "Case" ADD COLUMN "foreignAddress" TEXT;

UPDATE "Case" SET "prepaidRegistration" = CASE "portRegistered" WHEN 'no' THEN 'none' WHEN 'unknown' THEN 'unknown' END
WHERE "planType" = 'prepaid' AND "portRegistered" IN ('no', 'unknown');

-- AlterTable
ALTER TABLE "Case" DROP COLUMN "portRegistered";

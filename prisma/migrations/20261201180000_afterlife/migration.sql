-- The number's afterlife (app/lib/playbook/afterlife.ts) splits the prepare step's
-- "Move WhatsApp and Viber" item into one item per app. A tick on the old item said both
-- were moved, so it becomes a tick on each (the bank and eUprava items keep their keys).
INSERT INTO "ChecklistItem" ("id", "caseId", "key", "done", "doneAt", "updatedAt")
SELECT "id" || 'viber', "caseId", 'number-viber', "done", "doneAt", "updatedAt" FROM "ChecklistItem" WHERE "key" = 'messengers-moved';

UPDATE "ChecklistItem" SET "key" = 'number-whatsapp' WHERE "key" = 'messengers-moved';

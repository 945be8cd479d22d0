-- CreateTable
CREATE TABLE "LoginFailure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "emailKey" TEXT NOT NULL,
    "ipKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "LoginFailure_emailKey_createdAt_idx" ON "LoginFailure"("emailKey", "createdAt");

-- CreateIndex
CREATE INDEX "LoginFailure_ipKey_createdAt_idx" ON "LoginFailure"("ipKey", "createdAt");

-- CreateIndex
CREATE INDEX "LoginFailure_createdAt_idx" ON "LoginFailure"("createdAt");


-- AlterTable
ALTER TABLE "User" DROP COLUMN "sessionVersion";

-- DropTable
DROP TABLE "LoginFailure";

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "device" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Throttle" (
    "key" TEXT NOT NULL,
    "accountKey" TEXT,
    "count" INTEGER NOT NULL,
    "windowStart" BIGINT NOT NULL,
    "notBefore" BIGINT NOT NULL,

    CONSTRAINT "Throttle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Throttle_accountKey_idx" ON "Throttle"("accountKey");

-- CreateIndex
CREATE INDEX "Throttle_windowStart_idx" ON "Throttle"("windowStart");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


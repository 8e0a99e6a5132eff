-- AlterTable
ALTER TABLE "Shop" ADD COLUMN "ianaTimezone" TEXT;

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "shop" TEXT NOT NULL,
    "bucketKey" TEXT NOT NULL,
    "windowStart" DATETIME NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("shop", "bucketKey", "windowStart")
);

-- CreateIndex
CREATE INDEX "RateLimitBucket_windowStart_idx" ON "RateLimitBucket"("windowStart");


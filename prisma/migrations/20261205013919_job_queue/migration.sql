-- CreateTable
CREATE TABLE "FailedJob" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "queue" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "summary" TEXT NOT NULL,
    "error" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "failedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retriedAt" TIMESTAMPTZ(3),

    CONSTRAINT "FailedJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FailedJob_shop_retriedAt_failedAt_idx" ON "FailedJob"("shop", "retriedAt", "failedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FailedJob_jobId_key" ON "FailedJob"("jobId");


-- CreateTable
CREATE TABLE "EmailSettings" (
    "shop" TEXT NOT NULL,
    "fromName" TEXT NOT NULL,
    "fromEmail" TEXT NOT NULL,
    "replyTo" TEXT,
    "host" TEXT NOT NULL,
    "port" INTEGER NOT NULL,
    "security" TEXT NOT NULL,
    "username" TEXT,
    "passwordSealed" TEXT,
    "sendDelayAlerts" BOOLEAN NOT NULL DEFAULT true,
    "ratePerMinute" INTEGER NOT NULL DEFAULT 60,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EmailSettings_pkey" PRIMARY KEY ("shop")
);

-- CreateTable
CREATE TABLE "OutreachMessage" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "fulfillmentId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "toEmail" TEXT,
    "locale" TEXT,
    "subject" TEXT,
    "smtpMessageId" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sendingAt" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "OutreachMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutreachMessage_shop_createdAt_idx" ON "OutreachMessage"("shop", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutreachMessage_shop_dedupeKey_key" ON "OutreachMessage"("shop", "dedupeKey");


-- AlterEnum
ALTER TYPE "AgentCodeKind" ADD VALUE 'campaign';

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "emailMarketingState" TEXT;

-- AlterTable
ALTER TABLE "OutreachMessage" ADD COLUMN     "campaignId" TEXT,
ADD COLUMN     "codeAddedAt" TIMESTAMPTZ(3),
ADD COLUMN     "discountCode" TEXT;

-- CreateTable
CREATE TABLE "WelcomeCampaign" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "segment" TEXT NOT NULL,
    "segmentDays" INTEGER,
    "tierName" TEXT,
    "agentId" TEXT NOT NULL,
    "percentOff" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "sendAt" TIMESTAMPTZ(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "discountNodeId" TEXT,
    "baseCode" TEXT NOT NULL,
    "recipients" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WelcomeCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WelcomeCampaign_shop_createdAt_idx" ON "WelcomeCampaign"("shop", "createdAt");

-- CreateIndex
CREATE INDEX "OutreachMessage_campaignId_status_idx" ON "OutreachMessage"("campaignId", "status");

-- AlterTable
ALTER TABLE "OutreachMessage" ADD COLUMN     "clickCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "customerId" TEXT,
ADD COLUMN     "firstClickedAt" TIMESTAMPTZ(3),
ADD COLUMN     "lastClickedAt" TIMESTAMPTZ(3),
ADD COLUMN     "unsubscribedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "OutreachClick" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "customerId" TEXT,
    "email" TEXT,
    "clickedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OutreachClick_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutreachClick_shop_customerId_clickedAt_idx" ON "OutreachClick"("shop", "customerId", "clickedAt");

-- CreateIndex
CREATE INDEX "OutreachClick_shop_email_clickedAt_idx" ON "OutreachClick"("shop", "email", "clickedAt");

-- CreateIndex
CREATE INDEX "OutreachClick_messageId_idx" ON "OutreachClick"("messageId");

-- AddForeignKey
ALTER TABLE "OutreachClick" ADD CONSTRAINT "OutreachClick_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "OutreachMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

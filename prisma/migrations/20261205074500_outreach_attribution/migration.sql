-- AlterEnum
ALTER TYPE "AttributionSource" ADD VALUE 'outreach';

-- AlterTable
ALTER TABLE "Attribution" ADD COLUMN     "messageId" TEXT;

-- AlterTable
ALTER TABLE "OutreachMessage" ADD COLUMN     "agentId" TEXT;

-- AlterTable
ALTER TABLE "OutreachMessage" ALTER COLUMN "orderId" DROP NOT NULL;

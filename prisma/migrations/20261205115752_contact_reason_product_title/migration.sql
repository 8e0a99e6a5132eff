-- AlterTable
ALTER TABLE "ContactReason" ADD COLUMN     "productTitle" TEXT;


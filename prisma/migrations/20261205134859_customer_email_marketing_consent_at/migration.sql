-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "emailMarketingConsentAt" TIMESTAMPTZ(3);


-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "setupGuideDismissedAt" TIMESTAMPTZ(3);

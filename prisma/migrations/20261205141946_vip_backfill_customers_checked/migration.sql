-- AlterTable
ALTER TABLE "VipBackfill" ADD COLUMN     "customersChecked" INTEGER NOT NULL DEFAULT 0;


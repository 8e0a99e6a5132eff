-- CreateEnum
CREATE TYPE "StoreImportPhase" AS ENUM ('orders', 'customers');

-- AlterTable
ALTER TABLE "StoreImport" ADD COLUMN     "customersTotal" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "heartbeatAt" TIMESTAMPTZ(3),
ADD COLUMN     "linesRead" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "ordersTotal" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "phase" "StoreImportPhase" NOT NULL DEFAULT 'orders';


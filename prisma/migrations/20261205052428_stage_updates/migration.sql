-- AlterTable
ALTER TABLE "EmailSettings" ADD COLUMN     "stageUpdates" TEXT[] DEFAULT ARRAY[]::TEXT[];


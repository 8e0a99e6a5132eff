-- AlterTable
ALTER TABLE "Agent" ADD COLUMN     "languages" TEXT[] DEFAULT ARRAY[]::TEXT[];


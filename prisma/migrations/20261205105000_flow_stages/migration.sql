-- AlterTable
ALTER TABLE "EmailSettings" ADD COLUMN     "flowStages" TEXT[] DEFAULT ARRAY['delayed', 'delivered']::TEXT[];

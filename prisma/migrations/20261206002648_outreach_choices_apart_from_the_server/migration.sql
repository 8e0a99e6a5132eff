-- The choices of what to send leave EmailSettings (the SMTP server), so a
-- merchant who only uses Shopify Flow can keep them without a server. Every
-- shop's saved choices are copied before the columns go.

-- CreateTable
CREATE TABLE "OutreachChoices" (
    "shop" TEXT NOT NULL,
    "sendDelayAlerts" BOOLEAN NOT NULL DEFAULT true,
    "stageUpdates" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "flowStages" TEXT[] DEFAULT ARRAY['delayed', 'delivered']::TEXT[],
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OutreachChoices_pkey" PRIMARY KEY ("shop")
);

-- CopyData
INSERT INTO "OutreachChoices" ("shop", "sendDelayAlerts", "stageUpdates", "flowStages", "updatedAt")
SELECT "shop", "sendDelayAlerts", "stageUpdates", "flowStages", "updatedAt" FROM "EmailSettings";

-- AlterTable
ALTER TABLE "EmailSettings" DROP COLUMN "flowStages",
DROP COLUMN "sendDelayAlerts",
DROP COLUMN "stageUpdates";

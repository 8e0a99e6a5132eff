-- CreateTable
CREATE TABLE "AdminApiBucket" (
    "shop" TEXT NOT NULL,
    "maximumAvailable" INTEGER NOT NULL,
    "currentlyAvailable" INTEGER NOT NULL,
    "restoreRate" INTEGER NOT NULL,
    "observedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AdminApiBucket_pkey" PRIMARY KEY ("shop")
);

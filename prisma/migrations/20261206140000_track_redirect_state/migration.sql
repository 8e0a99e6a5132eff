-- Where the storefront's /track leads, as the install's setup last found it:
-- the Tracking page tells the merchant which link to print (decision 055).
ALTER TABLE "Shop" ADD COLUMN "trackRedirectTarget" TEXT;
ALTER TABLE "Shop" ADD COLUMN "trackRedirectCheckedAt" TIMESTAMPTZ(3);

// The instant-refund settings form: the pause switch and the SKUs kept out
// of instant refunds (one list, comma or line separated, stored upper-cased).
import { z } from "zod";
import { checkboxValue } from "../forms";
import { formMessage } from "../form-message";

export const MAX_EXCLUDED_SKUS = 200;
const SKU_MAX_LENGTH = 255;

export interface InstantRefundSettingsValues {
  paused: boolean;
  excludedSkus: string;
}

export const instantRefundSettingsSchema = z.preprocess(
  (payload) =>
    payload && typeof payload === "object" ? { ...payload, paused: checkboxValue((payload as Record<string, unknown>).paused) } : payload,
  z.object({
    paused: z.boolean(),
    excludedSkus: z
      .string()
      .default("")
      .transform((text) => [
        ...new Set(
          text
            .split(/[\n,]/)
            .map((sku) => sku.trim().toUpperCase())
            .filter(Boolean),
        ),
      ])
      .refine((skus) => skus.length <= MAX_EXCLUDED_SKUS, formMessage("vip:refusals.skuCount", { max: MAX_EXCLUDED_SKUS }))
      .refine((skus) => skus.every((sku) => sku.length <= SKU_MAX_LENGTH), formMessage("vip:refusals.skuLength", { max: SKU_MAX_LENGTH })),
  }),
);

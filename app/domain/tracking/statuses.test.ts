import { isEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import { loadAdminSchema } from "../../../local-shopify/admin-schema";
import {
  cancelReasonMessage,
  deliveryMethodFlow,
  displayFulfillmentStatusOverall,
  financialStatusRefund,
  fulfillmentDisplayStatusStep,
  fulfillmentEventStatusStep,
  fulfillmentOrderStatusPending,
  fulfillmentStatusStep,
  lookupStatus,
} from "./statuses";

/** Every value of an enum in Shopify's official Admin schema, deprecated ones included. */
function schemaEnumValues(name: string): { all: string[]; deprecated: string[] } {
  const type = loadAdminSchema().getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum in the Admin schema`);
  const values = type.getValues();
  return {
    all: values.map((value) => value.name).sort(),
    deprecated: values
      .filter((value) => value.deprecationReason != null)
      .map((value) => value.name)
      .sort(),
  };
}

describe("status tables against Shopify's Admin schema", () => {
  // A schema upgrade that adds a value fails here, naming the enum and the value.
  it.each([
    ["FulfillmentEventStatus", fulfillmentEventStatusStep],
    ["FulfillmentDisplayStatus", fulfillmentDisplayStatusStep],
    ["FulfillmentStatus", fulfillmentStatusStep],
    ["OrderDisplayFulfillmentStatus", displayFulfillmentStatusOverall],
    ["FulfillmentOrderStatus", fulfillmentOrderStatusPending],
    ["DeliveryMethodType", deliveryMethodFlow],
    ["OrderDisplayFinancialStatus", financialStatusRefund],
    ["OrderCancelReason", cancelReasonMessage],
  ] as const)("%s: the table maps exactly the schema's values", (name, table) => {
    expect(Object.keys(table).sort()).toEqual(schemaEnumValues(name).all);
  });

  it("includes the deprecated values, which orders created years ago still carry", () => {
    expect(schemaEnumValues("FulfillmentStatus").deprecated).toEqual(["OPEN", "PENDING"]);
    expect(fulfillmentStatusStep.OPEN.step).toBe("preparing");
    expect(fulfillmentStatusStep.PENDING.step).toBe("preparing");
  });
});

describe("lookupStatus", () => {
  it("finds known values", () => {
    expect(lookupStatus(fulfillmentEventStatusStep, "IN_TRANSIT")).toEqual({
      known: true,
      meaning: { step: "in_transit", problem: null },
    });
  });

  it("reports values from a newer API version as unknown instead of throwing", () => {
    // PICKED_UP already exists in Shopify's unstable Admin API.
    expect(lookupStatus(fulfillmentEventStatusStep, "PICKED_UP")).toEqual({ known: false });
  });

  it("never mistakes a prototype property for a status", () => {
    expect(lookupStatus(fulfillmentEventStatusStep, "constructor")).toEqual({ known: false });
    expect(lookupStatus(fulfillmentEventStatusStep, "__proto__")).toEqual({ known: false });
  });
});

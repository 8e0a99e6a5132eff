import { describe, expect, it } from "vitest";
import { parseFields } from "../../../tests/factories/forms";
import { offersListSchema } from "./offers-list";

const ID = "clx0k8v2f000108l4a1b2c3d4";

describe("the Exchange offers list's buttons", () => {
  it("reads an offer's move or deletion, and a request's answer, by their ids", () => {
    expect(parseFields({ intent: "up", offerId: ID }, offersListSchema)).toEqual({ ok: true, value: { intent: "up", offerId: ID } });
    expect(parseFields({ intent: "delete", offerId: ` ${ID} ` }, offersListSchema)).toEqual({
      ok: true,
      value: { intent: "delete", offerId: ID },
    });
    expect(parseFields({ intent: "refuse_outcome", outcomeId: ID }, offersListSchema)).toEqual({
      ok: true,
      value: { intent: "refuse_outcome", outcomeId: ID },
    });
  });

  it.each(["", "not an id", "x".repeat(41), "CLX0K8V2F000108L4A1B2C3D4"])("refuses an offer id of %j", (offerId) => {
    expect(parseFields({ intent: "down", offerId }, offersListSchema)).toEqual({
      ok: false,
      fieldErrors: { offerId: "This offer is not in the list" },
    });
  });

  it("refuses a request's id that is missing or malformed, and an offer's id given for a request", () => {
    expect(parseFields({ intent: "accept_outcome", offerId: ID }, offersListSchema, "fr")).toEqual({
      ok: false,
      fieldErrors: { outcomeId: "Cette demande n’est pas dans la liste" },
    });
    expect(parseFields({ intent: "accept_outcome", outcomeId: "1; drop" }, offersListSchema, "ar")).toEqual({
      ok: false,
      fieldErrors: { outcomeId: "هذا الطلب ليس في القائمة" },
    });
  });

  it.each(["", "publish", "accept"])("refuses the intent %j", (intent) => {
    expect(parseFields({ intent, offerId: ID }, offersListSchema)).toEqual({ ok: false, fieldErrors: { intent: "Unknown action" } });
  });
});

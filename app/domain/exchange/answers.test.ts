import { describe, expect, it } from "vitest";
import { parseFields } from "../../../tests/factories/forms";
import { agentAnswerSchema, type ProposalAnswerValues } from "./answers";

const VARIANT = "gid://shopify/ProductVariant/4410";

/** A proposal's answer as the exchange desk's form sends it: the offer's variant, a reason chosen. */
const proposalAnswer = (overrides: Partial<ProposalAnswerValues> = {}): ProposalAnswerValues => ({
  intent: "accept",
  lineItemId: "9001",
  offerId: "clx0k8v2f000108l4a1b2c3d4",
  reason: "SIZE_TOO_SMALL",
  exchangeVariantId: VARIANT,
  ...overrides,
});

describe("the agent's answer on the exchange desk", () => {
  it("reads a proposal's answer with its reason and variant, whichever button sent it", () => {
    for (const intent of ["accept", "refuse", "offer"] as const) {
      expect(parseFields(proposalAnswer({ intent }), agentAnswerSchema)).toEqual({ ok: true, value: proposalAnswer({ intent }) });
    }
    expect(parseFields(proposalAnswer({ exchangeVariantId: "" }), agentAnswerSchema)).toEqual({
      ok: true,
      value: { ...proposalAnswer(), exchangeVariantId: undefined },
    });
  });

  it("refuses a proposal's answer without a reason, next to the reason, in the staff member's language", () => {
    const noReason = proposalAnswer({ reason: "" });
    expect(parseFields(noReason, agentAnswerSchema)).toEqual({ ok: false, fieldErrors: { reason: "Choose the return reason" } });
    expect(parseFields(noReason, agentAnswerSchema, "fr")).toEqual({ ok: false, fieldErrors: { reason: "Choisissez le motif de retour" } });
    expect(parseFields(noReason, agentAnswerSchema, "ar")).toEqual({ ok: false, fieldErrors: { reason: "اختر سبب الإرجاع" } });
    expect(parseFields(proposalAnswer({ reason: "NOT_A_REASON" }), agentAnswerSchema)).toEqual({
      ok: false,
      fieldErrors: { reason: "Choose the return reason" },
    });
  });

  it("refuses a variant that is not a Shopify variant's id", () => {
    expect(parseFields(proposalAnswer({ exchangeVariantId: "4410" }), agentAnswerSchema)).toEqual({
      ok: false,
      fieldErrors: { exchangeVariantId: "Choose a variant" },
    });
  });

  it("reads the answer to an offer already made by its outcome, and refuses an unknown button", () => {
    expect(parseFields({ intent: "refuse_outcome", outcomeId: "outcome-1" }, agentAnswerSchema)).toEqual({
      ok: true,
      value: { intent: "refuse_outcome", outcomeId: "outcome-1", exchangeVariantId: undefined },
    });
    expect(parseFields({ intent: "accept_outcome", outcomeId: "" }, agentAnswerSchema)).toEqual({
      ok: false,
      fieldErrors: { outcomeId: "Choose an outcome" },
    });
    expect(parseFields({ intent: "publish", outcomeId: "outcome-1" }, agentAnswerSchema)).toEqual({
      ok: false,
      fieldErrors: { intent: "Choose accept or refuse" },
    });
  });
});

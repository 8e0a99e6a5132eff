import { describe, expect, it } from "vitest";
import { parseFields } from "../../../tests/factories/forms";
import { agentMappingSchema, helpdeskOptionsSchema, helpdeskTestSchema, isHelpdeskFormIntent } from "./forms";

describe("the attribution options form", () => {
  it("reads the window as whole days, and a blank secret as none given (the stored one stays)", () => {
    expect(parseFields({ windowDays: " 7 ", zendeskSigningSecret: "" }, helpdeskOptionsSchema)).toEqual({
      ok: true,
      value: { windowDays: 7, zendeskSigningSecret: undefined },
    });
    expect(parseFields({ windowDays: "30", zendeskSigningSecret: "  zendesk-signing-secret " }, helpdeskOptionsSchema)).toEqual({
      ok: true,
      value: { windowDays: 30, zendeskSigningSecret: "zendesk-signing-secret" },
    });
    expect(parseFields({ windowDays: "1" }, helpdeskOptionsSchema)).toEqual({ ok: true, value: { windowDays: 1 } });
  });

  it.each(["0", "31", "2.5", "3.0", "-1", "seven", ""])("refuses a window of %j next to its field", (windowDays) => {
    expect(parseFields({ windowDays }, helpdeskOptionsSchema)).toEqual({
      ok: false,
      fieldErrors: { windowDays: "The window is a whole number of days from 1 to 30" },
    });
  });

  it("refuses a secret too short or too long, in the staff member's language", () => {
    expect(parseFields({ windowDays: "3", zendeskSigningSecret: "short" }, helpdeskOptionsSchema, "fr")).toEqual({
      ok: false,
      fieldErrors: { zendeskSigningSecret: "Le secret de signature de Zendesk est plus long que cela" },
    });
    expect(parseFields({ windowDays: "3", zendeskSigningSecret: "x".repeat(201) }, helpdeskOptionsSchema)).toEqual({
      ok: false,
      fieldErrors: { zendeskSigningSecret: "Zendesk's signing secret is at most 200 characters" },
    });
    expect(parseFields({ windowDays: "45", zendeskSigningSecret: "x".repeat(201) }, helpdeskOptionsSchema, "ar")).toEqual({
      ok: false,
      fieldErrors: {
        windowDays: "الفترة عدد صحيح من الأيام من 1 إلى 30",
        zendeskSigningSecret: "لا يتجاوز سر التوقيع الخاص بـ Zendesk 200 حرفًا",
      },
    });
  });
});

describe("an agent mapping's form", () => {
  it("reads the helpdesk's email in lower case and the chosen agent", () => {
    expect(parseFields({ agentEmail: " Sam@Helpdesk.Example ", agentId: "agent-1" }, agentMappingSchema)).toEqual({
      ok: true,
      value: { agentEmail: "sam@helpdesk.example", agentId: "agent-1" },
    });
  });

  it("asks for an agent, and refuses what can't be one or an email that isn't one", () => {
    expect(parseFields({ agentEmail: "sam@helpdesk.example", agentId: "" }, agentMappingSchema)).toEqual({
      ok: false,
      fieldErrors: { agentId: "Choose the agent" },
    });
    expect(parseFields({ agentEmail: "sam@helpdesk.example" }, agentMappingSchema, "fr")).toEqual({
      ok: false,
      fieldErrors: { agentId: "Choisissez l'agent" },
    });
    expect(parseFields({ agentEmail: "sam@", agentId: "x".repeat(61) }, agentMappingSchema)).toEqual({
      ok: false,
      fieldErrors: { agentEmail: "The helpdesk agent's email is not valid", agentId: "Choose an agent of this shop" },
    });
  });
});

describe("a setup's test button", () => {
  it("names one of the setups, and the page's intents are the four it has", () => {
    expect(parseFields({ helpdesk: "zendesk" }, helpdeskTestSchema)).toEqual({ ok: true, value: { helpdesk: "zendesk" } });
    expect(parseFields({ helpdesk: "freshdesk" }, helpdeskTestSchema).ok).toBe(false);
    expect(["options", "map", "rotate", "test", "delete", null].map(isHelpdeskFormIntent)).toEqual([true, true, true, true, false, false]);
  });
});

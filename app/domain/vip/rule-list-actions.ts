// The buttons of the VIP rules list: move a rule up or down, delete it, or
// re-evaluate every customer. Each posts its intent (and the rule's id),
// parsed with this schema like any form (decision 015).
import { z } from "zod";
import { formMessage } from "../form-message";
import { recordIdField } from "../forms";

export const ruleListActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.enum(["move-up", "move-down", "delete"]), id: recordIdField(formMessage("vip:rules.changed")) }),
    z.object({ intent: z.literal("reevaluate") }),
  ],
  { error: formMessage("vip:rules.changed") },
);

export type RuleListAction = z.output<typeof ruleListActionSchema>;

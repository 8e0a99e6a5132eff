// The buttons of the Exchange offers list, one small form each: move an
// offer up or down, delete it (offerId), and accept or refuse a shopper's
// request (outcomeId; the answer itself is parsed again by agentAnswerSchema).
import { z } from "zod";
import { formMessage } from "../form-message";
import { recordIdField } from "../forms";

export const offersListSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.enum(["up", "down", "delete"]),
      offerId: recordIdField(formMessage("offers:messages.offerNotInList")),
    }),
    z.object({
      intent: z.enum(["accept_outcome", "refuse_outcome"]),
      outcomeId: recordIdField(formMessage("offers:messages.requestNotInList")),
    }),
  ],
  { error: formMessage("offers:messages.unknown") },
);

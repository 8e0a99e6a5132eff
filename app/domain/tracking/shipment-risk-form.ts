// The "mark handled" button of a shipment at risk: one hidden field, parsed
// with parseForm in the staff member's language.
import { z } from "zod";
import { formMessage } from "../form-message";
import { recordIdField } from "../forms";

export const markHandledSchema = z.object({
  riskId: recordIdField(formMessage("forms:tracking.notInList")),
});

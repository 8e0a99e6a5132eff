// The "mark handled" button of a shipment at risk: one hidden field.
import { z } from "zod";
import { formMessage } from "../form-message";
import { fieldErrorsOf, fieldValues, type FieldErrors, type FormSubmission } from "../forms";

export const markHandledSchema = z.object({
  riskId: z
    .string()
    .trim()
    .regex(/^[a-z0-9]{20,40}$/, formMessage("forms:tracking.notInList")),
});

export function parseMarkHandledForm(form: FormSubmission): { ok: true; riskId: string } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = markHandledSchema.safeParse({ riskId: fieldValues(form).get("riskId")?.at(-1) });
  return parsed.success ? { ok: true, riskId: parsed.data.riskId } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}

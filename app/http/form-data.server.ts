// How an action reads the form it was sent: every name and value made
// storable (U+0000 dropped: PostgreSQL's text cannot hold it, and a form
// field with one failed its save with a 500; domain/storable-text.ts).
// Files are passed on as they came.
import { storableText } from "../domain/storable-text";

export async function readForm(request: Request): Promise<FormData> {
  const sent = await request.formData();
  const form = new FormData();
  for (const [name, value] of sent) form.append(storableText(name), typeof value === "string" ? storableText(value) : value);
  return form;
}

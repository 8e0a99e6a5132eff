// A form's validation message in any language: a schema (app/domain/…) says
// which message with formMessage(key, values), and zod carries it as the
// issue's text until the form is parsed for a staff member (parseForm in
// app/components/form/parse.ts), who reads it in their language. A message
// written as plain text is shown as it is.
import type englishForms from "../locales/admin/en/forms.json";
import { isPhrase, phrase, phraseText, type Phrase, type PhraseKey, type PhraseValue, type Translate } from "./phrase";

const PREFIX = "phrase:";

/** A message of the admin's translations ("forms:percent.range") with its values, as zod carries a message: text. */
export function formMessage(key: PhraseKey, values?: Readonly<Record<string, PhraseValue>>): string {
  return phraseAsText(phrase(key, values));
}

/** A phrase as text, to carry or store where a text goes (a message, a String column); messageText reads it back. */
export function phraseAsText(value: Phrase): string {
  return PREFIX + JSON.stringify(value);
}

/** A field's name in its messages: a key of forms.json's "labels". */
export type FieldLabelKey = keyof (typeof englishForms)["labels"];

/** A field's label in a form message (forms.json, under "labels"). */
export function fieldLabel(key: FieldLabelKey): Phrase {
  return phrase(`forms:labels.${key}`);
}

/** The message in the language `t` speaks; plain text as it is. */
export function messageText(message: string, t: Translate): string {
  if (!message.startsWith(PREFIX)) return message;
  try {
    const parsed: unknown = JSON.parse(message.slice(PREFIX.length));
    return isPhrase(parsed) ? phraseText(parsed, t) : message;
  } catch {
    return message;
  }
}

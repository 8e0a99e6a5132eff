// Discount codes as Concierge writes and reads them. Shopify matches codes
// case-insensitively, so Concierge stores them upper-case and upper-cases
// whatever it compares; a code built from a person's name keeps only A–Z, so
// it can be read aloud in a chat and typed at checkout on any keyboard.

/** Letters NFKD can't take apart into a base letter and an accent. */
const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  ß: "SS",
  ẞ: "SS",
  æ: "AE",
  Æ: "AE",
  œ: "OE",
  Œ: "OE",
  ø: "O",
  Ø: "O",
  ł: "L",
  Ł: "L",
  đ: "D",
  Đ: "D",
  ð: "D",
  Ð: "D",
  þ: "TH",
  Þ: "TH",
  ı: "I",
  ħ: "H",
  Ħ: "H",
};

/** "Chloé" -> "CHLOE", "Łukasz" -> "LUKASZ", "Jean-Luc" -> "JEANLUC", "李" -> "". */
export function asciiLettersUpperCase(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/\P{ASCII}/gu, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? "")
    .toUpperCase()
    .replace(/[^A-Z]/g, "");
}

function nameParts(personName: string): string[] {
  return personName
    .trim()
    .split(/\s+/)
    .filter((part) => asciiLettersUpperCase(part) !== "");
}

/**
 * The first name of "Chloé Martin" as it goes into a code: "CHLOE". Empty when
 * the name has no Latin letters at all, so the caller chooses a fallback.
 */
export function codeFirstName(personName: string, maxLength: number): string {
  const [first = ""] = nameParts(personName);
  return asciiLettersUpperCase(first).slice(0, maxLength);
}

/** The initial of the last name ("M" for "Chloé Martin"), or "" for a single name. */
export function codeLastInitial(personName: string): string {
  const parts = nameParts(personName);
  return parts.length > 1 ? asciiLettersUpperCase(parts[parts.length - 1]).slice(0, 1) : "";
}

/** How Concierge compares a code: "  chloe10 " and "CHLOE10" are the same code at checkout. */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

export const PERSONAL_CODE_MIN_LENGTH = 3;
export const PERSONAL_CODE_MAX_LENGTH = 30;
/** Checked after normalizeCode. */
export const PERSONAL_CODE_PATTERN = /^[A-Z0-9_-]+$/;

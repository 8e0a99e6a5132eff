// Shopify compares tags without regard to case: "VIP" and "vip" are one tag.

/** The tags without their case-insensitive repeats; the first spelling is kept. */
export function withoutCaseInsensitiveDuplicates(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

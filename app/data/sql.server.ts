// Raw SQL for the few reads where preparing a Prisma model query costs more
// than the database spends answering it (the dashboard's sums, decision 008).
import type { DatabaseClient } from "../db.server";

/**
 * A query with its values bound as parameters (each driver adapter writes a
 * Date in its engine's own DateTime form), passed to $queryRaw as a template
 * would be: Prisma.sql fragments would need the Prisma namespace of the
 * client the URL picked, and there are two (db.server.ts).
 */
export class Sql {
  private readonly strings: string[] = [""];
  private readonly values: unknown[] = [];

  constructor(text = "") {
    this.strings[0] = text;
  }

  text(text: string) {
    this.strings[this.strings.length - 1] += text;
    return this;
  }

  value(value: unknown) {
    this.values.push(value);
    this.strings.push("");
    return this;
  }

  /** value, value, value: for IN (…). */
  list(values: readonly unknown[]) {
    values.forEach((value, index) => (index === 0 ? this.value(value) : this.text(", ").value(value)));
    return this;
  }

  run<T>(db: DatabaseClient): Promise<T[]> {
    const strings = Object.assign([...this.strings], { raw: [...this.strings] }) as unknown as TemplateStringsArray;
    return db.$queryRaw<T[]>(strings, ...this.values);
  }
}

/** SUM and COUNT come back as a bigint, a number, a numeric string or a Decimal, depending on the engine. */
export const integer = (value: unknown): bigint => (value === null || value === undefined ? 0n : BigInt(String(value)));
export const count = (value: unknown): number => Number(integer(value));

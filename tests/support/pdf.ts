// What poppler reads out of a PDF: its text (pdftotext) and its page count (pdfinfo).
import { execFileSync } from "node:child_process";

// `layout: false` lets pdftotext place spaces and line breaks by reading order only.
export function pdfText(pdf: Buffer, { layout = true } = {}): string {
  return execFileSync("pdftotext", [...(layout ? ["-layout"] : []), "-", "-"], { input: pdf, encoding: "utf8" });
}

export function pdfPages(pdf: Buffer): string | undefined {
  return execFileSync("pdfinfo", ["-"], { input: pdf, encoding: "utf8" }).match(/Pages:\s+(\d+)/)?.[1];
}

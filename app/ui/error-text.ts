// What the error boundary (app/(app)/error.tsx) says, in each language: it renders on the
// client, without the server's translations. Serbian Cyrillic is written out rather than
// transliterated there, which would put the transliterator (app/lib/i18n/cyrillic.ts,
// 1.2 KB gzip) into every page's JavaScript; cyrillic.test checks it is the transliteration.
const SR_LATN = ["Nešto nije u redu", "Ništa što ste ranije sačuvali nije izgubljeno. Pokušajte ponovo.", "Pokušajte ponovo"] as const;

// Heading, text, the retry button.
export const ERROR_TEXT: Record<string, readonly [string, string, string]> = {
  en: ["Something went wrong", "Nothing you saved before this was lost. Please try again.", "Try again"],
  "zh-Hans": ["出了点问题", "此前保存的内容都没有丢失。请重试。", "重试"],
  "sr-Latn": SR_LATN,
  "sr-Cyrl": ["Нешто није у реду", "Ништа што сте раније сачували није изгубљено. Покушајте поново.", "Покушајте поново"],
};

import type en from "@/app/lib/i18n/messages/en";

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

// Every language has the shape of the English messages, with strings of its own.
export type Messages = DeepStrings<typeof en>;

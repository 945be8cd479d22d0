// What a data function answers when it may refuse: the value, or the reason it refused
// (with what the caller needs to explain it). One shape for every refusal, so an action
// maps reasons to messages in one switch.
export type Result<T extends object = object, R extends string = string> = ({ ok: true } & T) | Refusal<R>;
export type Refusal<R extends string = string> = { ok: false; reason: R; fields?: string[] };

export const refusal = <R extends string>(reason: R, fields?: string[]): Refusal<R> => (fields ? { ok: false, reason, fields } : { ok: false, reason });

// Thrown inside a transaction to roll it back and answer with the refusal instead.
export class Refused<R extends string = string> extends Error {
  constructor(readonly refusal: Refusal<R>) {
    super(refusal.reason);
  }
}
export const refuse = <R extends string>(reason: R, fields?: string[]): never => {
  throw new Refused(refusal(reason, fields));
};

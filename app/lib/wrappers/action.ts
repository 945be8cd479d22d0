import "server-only";
import type { z } from "zod";
import { redirect } from "next/navigation";
import { currentUser, type SignedInUser } from "@/app/lib/auth/session";
import { safeReturnPath } from "@/app/lib/validation";
import { getLocale, getT } from "@/app/lib/i18n/server";
import type { T } from "@/app/lib/i18n/translator";
import type { Locale } from "@/app/lib/i18n/locales";
import { todayInBelgrade } from "@/app/lib/calendar";
import { formInput, formValues, type FormState } from "@/app/lib/wrappers/form-state";
import { fieldErrorsOf } from "@/app/lib/wrappers/form-errors";

// The wrappers every server action is built with, so each action says only what is its
// own: which input it takes and which data function it calls. A wrapper answers a visitor
// (signed out) and malformed input the same way for every action, with translated
// messages, and keeps what was typed (passwords excepted) so a failed submit empties
// nothing.

export type Visitor = { t: T; locale: Locale };
export type Signed = Visitor & { user: SignedInUser; clock: { now: Date; today: string } };

async function visitor(): Promise<Visitor> {
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return { t, locale };
}

async function signedIn(): Promise<Signed | null> {
  const user = await currentUser();
  if (!user) return null;
  return { ...(await visitor()), user, clock: { now: new Date(), today: todayInBelgrade() } };
}

type Parsed<S extends z.ZodType> = { ok: true; data: z.output<S>; values: Record<string, string> } | { ok: false; state: FormState };

// Validates a form's fields by `schema`; the failure is the form's answer.
function parseForm<S extends z.ZodObject>(schema: S, formData: FormData, t: T): Parsed<S> {
  const names = Object.keys(schema.shape);
  const values = formValues(
    formData,
    names.filter((n) => !/password/i.test(n)),
  );
  const parsed = schema.safeParse(formInput(formData, names));
  if (!parsed.success) return { ok: false, state: { ok: false, fieldErrors: fieldErrorsOf(parsed.error, t), values } };
  return { ok: true, data: parsed.data, values };
}

type FormRun<S extends z.ZodObject, C> = (input: z.output<S>, ctx: C & { formData: FormData; values: Record<string, string> }) => Promise<FormState>;

// A form action anyone may send (sign-up, sign-in).
export function visitorForm<S extends z.ZodObject>(schema: S, run: FormRun<S, Visitor>) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const ctx = await visitor();
    const parsed = parseForm(schema, formData, ctx.t);
    if (!parsed.ok) return parsed.state;
    return run(parsed.data, { ...ctx, formData, values: parsed.values });
  };
}

// A form action for the signed-in person. A visitor is told to sign in again, or, with
// `visitorTo`, sent to sign in and come back there.
export function userForm<S extends z.ZodObject>(schema: S, run: FormRun<S, Signed>, options: { visitorTo?: string } = {}) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const ctx = await signedIn();
    if (!ctx) {
      if (options.visitorTo) redirect(`/sign-in?next=${encodeURIComponent(safeReturnPath(options.visitorTo))}`);
      return { ok: false, formError: (await getT())("errors.signedOut") };
    }
    const parsed = parseForm(schema, formData, ctx.t);
    if (!parsed.ok) return parsed.state;
    return run(parsed.data, { ...ctx, formData, values: parsed.values });
  };
}

// A form action bound to what it acts on (`action.bind(null, target)` on the page, e.g.
// which case and which form): the target is validated like any input, and may choose the
// schema of the fields.
export function userTargetForm<G extends z.ZodType, S extends z.ZodObject>(
  target: G,
  schema: S | ((target: z.output<G>, ctx: Signed) => S),
  run: (target: z.output<G>, input: z.output<S>, ctx: Signed & { formData: FormData; values: Record<string, string> }) => Promise<FormState>,
) {
  return async (rawTarget: unknown, _prev: FormState, formData: FormData): Promise<FormState> => {
    const ctx = await signedIn();
    if (!ctx) return { ok: false, formError: (await getT())("errors.signedOut") };
    const on = target.safeParse(rawTarget);
    if (!on.success) return { ok: false, formError: ctx.t("errors.formNotSaved") };
    const parsed = parseForm(typeof schema === "function" ? schema(on.data, ctx) : schema, formData, ctx.t);
    if (!parsed.ok) return parsed.state;
    return run(on.data, parsed.data, { ...ctx, formData, values: parsed.values });
  };
}

export type CallResult<V extends object> = ({ ok: true } & V) | { ok: false; error: string };

// An action the page calls with arguments rather than a form (a tick, removing a file).
// `invalid` is the message for input that does not parse.
export function userCall<S extends z.ZodType, V extends object>(
  schema: S,
  invalid: Parameters<T>[0],
  run: (input: z.output<S>, ctx: Signed) => Promise<CallResult<V>>,
) {
  return async (input: unknown): Promise<CallResult<V>> => {
    const ctx = await signedIn();
    if (!ctx) return { ok: false, error: (await getT())("errors.signedOut") };
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, error: ctx.t(invalid) };
    return run(parsed.data, ctx);
  };
}

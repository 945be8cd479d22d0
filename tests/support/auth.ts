// The signed-in person the setup project (tests/e2e/auth.setup.ts) makes once per run:
// specs that only need "someone signed in, with cases of their own" open their pages
// with this storage state instead of signing up again. It stays in English and its
// password is never changed; a spec that changes the account takes a fresh person
// (tests/support/fixtures.ts).
export const PERSON_STATE = ".tmp/auth/person.json";

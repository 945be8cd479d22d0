// Empty on purpose. Turbopack, whose root here is the repository's, would otherwise build
// Odjava's instrumentation.ts into the floor, and `next start` would run it (Odjava's
// settings checks and its reminder sweeps) in the floor's process.
export function register() {}

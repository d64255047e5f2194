// `npm:` imports are resolved by Framework from its package cache, which scripts/prepare-offline.ts fills
// from node_modules with a browser bundle (Arquero's own browser build: its Node entry reads files with
// node:fs, which a page cannot load). Type checking and the unit tests read the installed package.
declare module "npm:arquero" {
  export * from "arquero";
}

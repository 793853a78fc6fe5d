/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by every page before it renders (src/lib/page-context.ts). */
    page?: import('./lib/page-context.ts').PageContext;
  }
}

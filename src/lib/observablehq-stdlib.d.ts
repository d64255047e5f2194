// The part of Framework's client library that TypeScript modules under src/ import.
declare module "observablehq:stdlib" {
  export interface FileAttachmentHandle {
    json(): Promise<unknown>;
    url(): Promise<string>;
  }
  export function FileAttachment(name: string): FileAttachmentHandle;
}

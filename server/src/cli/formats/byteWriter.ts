// UTF-8 written straight into one growing buffer: formatting a few hundred thousand lines as
// one string first cost a string piece per `+`, then a flat two-byte copy, then the encoding.

export class ByteWriter {
  private buffer = Buffer.allocUnsafe(1 << 16);
  private length = 0;

  /** Appends a string as UTF-8 (lone surrogates become U+FFFD, as Buffer.from does). */
  write(text: string): void {
    const room = text.length * 3; // UTF-8 bytes per UTF-16 code unit, at most
    if (this.buffer.length - this.length < room) this.grow(room);
    this.length += this.buffer.write(text, this.length);
  }

  /** A copy of what was written (a buffer of its own), and the writer emptied for reuse. */
  take(): Uint8Array {
    const bytes = this.buffer.subarray(0, this.length);
    this.length = 0;
    return new Uint8Array(bytes);
  }

  private grow(room: number): void {
    const bigger = Buffer.allocUnsafe(Math.max(2 * this.buffer.length, this.length + room));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }
}

const decoder = new TextDecoder('utf-16le');

/**
 * A string from UTF-16 code units, same length: the decoder turns an unpaired surrogate into U+FFFD,
 * one unit for one, so offsets into the result are offsets into the units.
 */
export function fromCodeUnits(units: Uint16Array): string {
  return decoder.decode(units);
}
